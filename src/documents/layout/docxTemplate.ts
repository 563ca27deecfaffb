/**
 * The DOCX package of our documents, built by docx once per process. docx builds its default styles, theme,
 * numbering and notes for every `Document`, then formats every part to XML and deflates them all: about 80% of the
 * CPU of a registration form. Every part but word/document.xml (the body) and docProps/core.xml (title, dates) is
 * the same for every document, so those are formatted and deflated here once; per document only the body is
 * formatted, by docx's own formatter within the template's package, and written as docx writes it.
 */
import { Packer, type Document, type Paragraph, type Table } from 'docx';
import { deflateEntry, zipArchive, type ZipArchiveEntry } from '../files/zipArchive';

/** The title the template is built with, replaced by each document's. */
export const TITLE_MARK = 'TITLE-OF-THE-DOCUMENT';

// docx's internals this relies on (docx 9.15): its compiler (the parts by path, in the order it zips them), its
// formatter, and the body's children. checkedTemplate below proves they still behave as assumed.
type XmlObject = Record<string, unknown>;
type DocxInternals = {
  compiler: { formatter: { format(input: unknown, context: unknown): XmlObject }; compile(file: Document): Map<string, string | Uint8Array> };
};
type FileInternals = { Document: { View: { Body: { root: unknown[] } } } };

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

// The XML writer of docx (src/util/xml/stringify.ts, not exported), without indentation: the same bytes.
const ESCAPES = new Map([
  ['&', '&amp;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
]);
// eslint-disable-next-line no-control-regex
const escapeAll = (value: string) => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES.get(c) ?? '');
const escapeValue = (value: unknown) => (typeof value === 'string' ? escapeAll(value) : value);

type Resolved = { name: string | undefined; attributes: string[]; content: (Resolved | unknown)[] };

function resolve(data: XmlObject): Resolved {
  const name = Object.keys(data)[0] as string | undefined;
  const values = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: unknown[] = [];
  const addAttributes = (attr: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(attr)) attributes.push(`${key}="${String(escapeValue(value))}"`);
  };
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push('');
        for (const value of values as unknown[]) {
          if (typeof value === 'object') {
            const v = value as XmlObject;
            if (Object.keys(v)[0] === '_attr') addAttributes(v._attr as Record<string, unknown>);
            else content.push(resolve(v));
          } else {
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push('');
      }
    }
  } else content.push(escapeValue(values));
  return { name, attributes, content };
}

function format(element: unknown): string {
  if (typeof element !== 'object' || element === null) return String(element);
  const { name, attributes, content } = element as Resolved;
  const open = (name ? `<${name}` : '') + (attributes.length > 0 ? ` ${attributes.join(' ')}` : '') + (content.length > 0 ? (name ? '>' : '') : '/>');
  if (content.length === 0) return open;
  let inner = '';
  for (const child of content) inner += child === undefined ? '' : format(child);
  return open + inner + (name ? `</${name}>` : '');
}

export type DocxTemplate = { render(title: string, body: (Paragraph | Table)[], now?: Date): Buffer };

const DATES = /(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<)/g;

function buildTemplate(file: Document): DocxTemplate | null {
  const { compiler } = Packer as unknown as DocxInternals;
  const parts = compiler.compile(file);
  const body = (file as unknown as FileInternals).Document.View.Body;
  const view = (file as unknown as FileInternals).Document.View;
  const context = { viewWrapper: (file as unknown as FileInternals).Document, file, stack: [] };
  const documentXml = () => DECLARATION + format(resolve(compiler.formatter.format(view, context)));
  const core = parts.get('docProps/core.xml');
  const titleElement = `<dc:title>${TITLE_MARK}</dc:title>`;
  // What this relies on, checked once: the body holds only its section properties after compiling, our writer
  // gives docx's bytes, and core.xml has the title and the two dates where expected.
  if (body.root.length !== 1 || documentXml() !== parts.get('word/document.xml') || typeof core !== 'string' || core.split(titleElement).length !== 2 || core.match(DATES)?.length !== 2)
    return null;
  const entries: (ZipArchiveEntry | 'document' | 'core')[] = [...parts].map(([path, data]) =>
    path === 'word/document.xml' ? 'document' : path === 'docProps/core.xml' ? 'core' : deflateEntry(path, data, 9),
  );
  return {
    render(title, children, now = new Date()) {
      body.root.splice(0, 0, ...children);
      let xml: string;
      try {
        xml = documentXml();
      } finally {
        body.root.splice(0, children.length);
      }
      const iso = now.toISOString();
      const coreXml = core.replace(titleElement, title ? `<dc:title>${escapeAll(title)}</dc:title>` : '').replace(DATES, `$1${iso}$2`);
      return zipArchive(
        entries.map((e) => (e === 'document' ? deflateEntry('word/document.xml', xml) : e === 'core' ? deflateEntry('docProps/core.xml', coreXml) : e)),
        now,
      );
    },
  };
}

let template: DocxTemplate | null | undefined;

/**
 * The template, built on first use from `build` (a document with TITLE_MARK as its title and no body); null when
 * docx no longer behaves as this module assumes (said once in the log), and documents are then built whole.
 */
export function docxTemplate(build: () => Document): DocxTemplate | null {
  if (template === undefined) {
    template = buildTemplate(build());
    if (!template) console.warn('docx: không dùng được mẫu gói DOCX dựng sẵn — mỗi văn bản được dựng toàn bộ.');
  }
  return template;
}
