/**
 * The one way documents print a PDF with pdfmake: fonts read and parsed once per process, no file or network access.
 *
 * Why: pdfkit opens every font again for every document (read from disk, then fontkit decodes its tables), which was
 * most of the 150–230 ms a one-page PDF took. Here the four font files are read once into pdfmake's virtual file
 * system, and fontkit decodes each of their tables once; each document still embeds its own subset of the glyphs it
 * uses.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';

/** Debian's fonts-croscore: Tinos is metric-compatible with Times New Roman (NĐ 30's font) and has Vietnamese. */
export const TINOS_DIR = '/usr/share/fonts/truetype/croscore';
type FontStyles<T> = { normal: T; bold: T; italics: T; bolditalics: T };
const TINOS: FontStyles<string> = { normal: 'Tinos-Regular.ttf', bold: 'Tinos-Bold.ttf', italics: 'Tinos-Italic.ttf', bolditalics: 'Tinos-BoldItalic.ttf' };
// pdfmake's own vfs_fonts: Roboto, which also covers Vietnamese, so a fresh machine without the Debian fonts works.
const ROBOTO: FontStyles<string> = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' };

export type PdfFontName = 'Tinos' | 'Roboto';

/** The font in use: Tinos from `fontDir` when all four styles are there, else the bundled Roboto. */
export function pdfFont(fontDir: string = TINOS_DIR): { name: PdfFontName; dir: string | null } {
  const complete = Object.values(TINOS).every((f) => fs.existsSync(path.join(fontDir, f)));
  return complete ? { name: 'Tinos', dir: path.resolve(fontDir) } : { name: 'Roboto', dir: null };
}

type Fontkit = { create(buffer: Uint8Array): object };
type FontTables = { stream: { buffer: Uint8Array }; _decodeTable(table: { tag: string }): unknown };
/** The font bytes this module loaded, and the tables fontkit decoded from them (by tag). */
const decodedTables = new WeakMap<Uint8Array, Map<string, unknown>>();

/**
 * Makes fontkit decode each table of the bytes this module loaded once: pdfkit creates a new fontkit font per
 * document, which then shares these tables (read-only) instead of decoding them again. Other bytes as before.
 */
function shareDecodedTables(sample: Uint8Array) {
  const require = createRequire(import.meta.url);
  const pdfkitPath = createRequire(require.resolve('pdfmake')).resolve('pdfkit');
  const fontkit = createRequire(pdfkitPath)('fontkit') as Fontkit;
  const font = Object.getPrototypeOf(fontkit.create(sample)) as FontTables;
  const decode = font._decodeTable;
  font._decodeTable = function (this: FontTables, table) {
    const tables = decodedTables.get(this.stream.buffer);
    if (!tables) return decode.call(this, table);
    if (!tables.has(table.tag)) tables.set(table.tag, decode.call(this, table));
    return tables.get(table.tag);
  };
}

/** Fonts registered in pdfmake's virtual file system, by font folder ('' for the bundled Roboto). */
const registered = new Map<string, { name: PdfFontName; files: FontStyles<string> }>();

function register(fontDir: string | undefined): { name: PdfFontName; files: FontStyles<string> } {
  const font = pdfFont(fontDir);
  const key = font.dir ?? '';
  const known = registered.get(key);
  if (known) return known;
  const bytes: Record<string, Buffer> =
    font.dir === null
      ? (() => {
          const vfs = createRequire(import.meta.url)('pdfmake/build/vfs_fonts.js') as Record<string, string>;
          return Object.fromEntries(Object.values(ROBOTO).map((f) => [f, Buffer.from(vfs[f], 'base64')]));
        })()
      : Object.fromEntries(Object.values(TINOS).map((f) => [f, fs.readFileSync(path.join(font.dir!, f))]));
  const files = {} as FontStyles<string>;
  for (const [style, file] of Object.entries(font.name === 'Tinos' ? TINOS : ROBOTO) as [keyof FontStyles<string>, string][]) {
    // A name of its own per folder, so a test's other folder never reads these bytes.
    const name = `fonts-${registered.size}/${file}`;
    pdfmake.virtualfs.writeFileSync(name, bytes[file]);
    decodedTables.set(bytes[file], new Map());
    files[style] = name;
  }
  if (registered.size === 0) shareDecodedTables(bytes[files.normal.slice(files.normal.indexOf('/') + 1)]);
  const entry = { name: font.name, files };
  registered.set(key, entry);
  return entry;
}

/**
 * Prints a pdfmake document definition (made for the font `build` is given) to a PDF, with Tinos from `fontDir`
 * or the bundled Roboto. pdfmake reads nothing from disk or the network: its fonts are in its virtual file system.
 */
export function printPdf(build: (font: PdfFontName) => Record<string, unknown>, options: { fontDir?: string } = {}): Promise<Buffer> {
  const font = register(options.fontDir);
  // pdfmake is one shared instance: fonts and policies are set and read synchronously within createPdf.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  // A fresh copy: pdfmake's printer rewrites the font entries it is given.
  pdfmake.setFonts({ [font.name]: { ...font.files } });
  return pdfmake.createPdf(build(font.name)).getBuffer();
}
