/** The file types a signed scan may be (SPEC §3 step 2: the signed registration form, scanned). */
export type ScanFileType = { mimeType: 'application/pdf' | 'image/jpeg' | 'image/png'; extension: 'pdf' | 'jpg' | 'png'; label: string };

const SIGNATURES: { magic: number[]; type: ScanFileType }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], type: { mimeType: 'application/pdf', extension: 'pdf', label: 'PDF' } }, // "%PDF-"
  { magic: [0xff, 0xd8, 0xff], type: { mimeType: 'image/jpeg', extension: 'jpg', label: 'JPEG' } },
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: { mimeType: 'image/png', extension: 'png', label: 'PNG' } },
];

/**
 * The type of a file judged from its first bytes (magic numbers), never from its name or the declared
 * Content-Type, which the sender controls: a text file named "scan.png" is not a PNG.
 * @returns the detected type, or null for anything that is not PDF, JPEG or PNG
 */
export function detectFileType(bytes: Uint8Array): ScanFileType | null {
  for (const { magic, type } of SIGNATURES) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return type;
  }
  return null;
}
