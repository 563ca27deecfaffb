// Minimal types for pdfmake 0.3's server build (the package ships none); only what renderPdf uses.
declare module 'pdfmake' {
  type FontFiles = { normal: string; bold: string; italics: string; bolditalics: string };
  type OutputDocument = { getBuffer(): Promise<Buffer> };
  const pdfmake: {
    virtualfs: { existsSync(name: string): boolean; writeFileSync(name: string, content: Buffer): void };
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(doc: Record<string, unknown>): OutputDocument;
  };
  export default pdfmake;
}
