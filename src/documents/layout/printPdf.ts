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
type Position = Record<string, number>;
type GlyphRun = { glyphs: unknown[]; positions: Position[] };
type FontkitFont = {
  stream: { buffer: Uint8Array };
  _glyphs: Record<number, unknown>;
  _decodeTable(table: { tag: string }): unknown;
  layout(text: string, features?: unknown, ...rest: unknown[]): GlyphRun;
  getGlyph(id: number, characters?: number[]): unknown;
};
/** What fontkit worked out once for the bytes this module loaded, shared by every document's font of those bytes. */
type SharedFontWork = {
  tables: Map<string, unknown>;
  /** Glyphs by id and characters (outlines and metrics decoded once); they refer to the first font of these bytes. */
  glyphs: Map<string, unknown>;
  /** The layout engine (GSUB/GPOS processors) of the first font of these bytes. */
  engine: unknown;
  /** Shaped words, as fontkit answered them, before pdfkit scales the positions in place. */
  runs: Map<string, GlyphRun>;
};
const sharedWork = new WeakMap<Uint8Array, SharedFontWork>();
/** A cap on the shaped words kept per font: names and places repeat, free text need not. */
const MAX_SHAPED_WORDS = 20_000;

/** A copy of a shaped word that pdfkit may scale in place. */
function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as Position, p));
  return copy;
}

/**
 * pdfkit creates a new fontkit font per document. For the bytes this module loaded, these make every such font share
 * what fontkit worked out before: the decoded tables, the glyphs, the layout engine and the shaped words (pdfkit
 * shapes word by word, and caches them only per document). Each document still embeds its own subset. Other bytes
 * as before.
 */
function shareFontWork(sample: Uint8Array) {
  const require = createRequire(import.meta.url);
  const pdfkitPath = createRequire(require.resolve('pdfmake')).resolve('pdfkit');
  const fontkit = createRequire(pdfkitPath)('fontkit') as Fontkit;
  const font = Object.getPrototypeOf(fontkit.create(sample)) as FontkitFont;
  const decode = font._decodeTable;
  font._decodeTable = function (this: FontkitFont, table) {
    const shared = sharedWork.get(this.stream.buffer);
    if (!shared) return decode.call(this, table);
    if (!shared.tables.has(table.tag)) shared.tables.set(table.tag, decode.call(this, table));
    return shared.tables.get(table.tag);
  };
  const getGlyph = font.getGlyph;
  font.getGlyph = function (this: FontkitFont, glyph, characters = []) {
    const shared = sharedWork.get(this.stream.buffer);
    if (!shared) return getGlyph.call(this, glyph, characters);
    // By id and characters: fontkit keeps the first glyph of an id, whose characters (the PDF's text layer) may be
    // none when a subset asked for it as a part of a composite glyph.
    const key = characters.length ? `${glyph}:${characters.join(',')}` : String(glyph);
    let found = shared.glyphs.get(key);
    if (!found) {
      const own = this._glyphs;
      this._glyphs = {};
      found = getGlyph.call(this, glyph, characters);
      this._glyphs = own;
      shared.glyphs.set(key, found);
    }
    return found;
  };
  const engine = Object.getOwnPropertyDescriptor(font, '_layoutEngine')!.get!;
  Object.defineProperty(font, '_layoutEngine', {
    configurable: true,
    get(this: FontkitFont) {
      const shared = sharedWork.get(this.stream.buffer);
      if (!shared) return engine.call(this);
      shared.engine ??= engine.call(this);
      return shared.engine;
    },
  });
  // A shared glyph's outline record, decoded once (the subset of every document reads it); fonts with variations
  // rewrite it, so theirs are left alone.
  type Glyph = { _font: FontkitFont & { _variationProcessor?: unknown }; _decode(): unknown; _decodedOnce?: { value: unknown } };
  const glyph = Object.getPrototypeOf(font.getGlyph.call(fontkit.create(sample), 0)) as Glyph;
  const decodeGlyph = glyph._decode;
  glyph._decode = function (this: Glyph) {
    if (this._font._variationProcessor || !sharedWork.has(this._font.stream.buffer)) return decodeGlyph.call(this);
    this._decodedOnce ??= { value: decodeGlyph.call(this) };
    return this._decodedOnce.value;
  };
  const layout = font.layout;
  font.layout = function (this: FontkitFont, text, features, ...rest) {
    const shared = sharedWork.get(this.stream.buffer);
    if (!shared || features !== undefined || rest.some((r) => r !== undefined)) return layout.call(this, text, features, ...rest);
    let run = shared.runs.get(text);
    if (!run) {
      run = layout.call(this, text);
      if (shared.runs.size >= MAX_SHAPED_WORDS) shared.runs.clear();
      shared.runs.set(text, run);
    }
    return copyRun(run);
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
    sharedWork.set(bytes[file], { tables: new Map(), glyphs: new Map(), engine: undefined, runs: new Map() });
    files[style] = name;
  }
  if (registered.size === 0) shareFontWork(bytes[files.normal.slice(files.normal.indexOf('/') + 1)]);
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
