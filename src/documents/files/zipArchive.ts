/**
 * A zip archive written from entries deflated beforehand with node:zlib, so that a part the same in every file
 * (a DOCX's styles, theme, numbering…) is deflated once per process and only copied afterwards.
 */
import zlib from 'node:zlib';

export type ZipArchiveEntry = { name: Buffer; crc: number; size: number; deflated: Buffer };

/** One entry: its bytes deflated (level 6 as docx's fflate; 9 for parts deflated once and kept). */
export function deflateEntry(name: string, data: string | Uint8Array, level = 6): ZipArchiveEntry {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { name: Buffer.from(name, 'utf8'), crc: zlib.crc32(bytes), size: bytes.length, deflated: zlib.deflateRawSync(bytes, { level }) };
}

/** MS-DOS time and date of the entries (local time, as zip tools read it). */
function dosDateTime(d: Date): [time: number, date: number] {
  return [(d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1), ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate()];
}

/** The archive of the entries in their order: UTF-8 names, deflated, no data descriptors, no zip64 (< 4 GB). */
export function zipArchive(entries: readonly ZipArchiveEntry[], modified = new Date()): Buffer {
  const [time, date] = dosDateTime(modified);
  let localSize = 0;
  let centralSize = 0;
  for (const e of entries) {
    localSize += 30 + e.name.length + e.deflated.length;
    centralSize += 46 + e.name.length;
  }
  const out = Buffer.alloc(localSize + centralSize + 22);
  // The fields both headers share (flags, method, time, date, CRC, sizes, name length), from `at` on.
  const shared = (e: ZipArchiveEntry, at: number) => {
    out.writeUInt16LE(0x0800, at);
    out.writeUInt16LE(8, at + 2);
    out.writeUInt16LE(time, at + 4);
    out.writeUInt16LE(date, at + 6);
    out.writeUInt32LE(e.crc, at + 8);
    out.writeUInt32LE(e.deflated.length, at + 12);
    out.writeUInt32LE(e.size, at + 16);
    out.writeUInt16LE(e.name.length, at + 20);
  };
  let p = 0;
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(p);
    out.writeUInt32LE(0x04034b50, p);
    out.writeUInt16LE(20, p + 4);
    shared(e, p + 6);
    p += 30;
    p += e.name.copy(out, p);
    p += e.deflated.copy(out, p);
  }
  entries.forEach((e, i) => {
    out.writeUInt32LE(0x02014b50, p);
    out.writeUInt16LE(20, p + 4);
    out.writeUInt16LE(20, p + 6);
    shared(e, p + 8);
    out.writeUInt32LE(offsets[i], p + 42);
    p += 46;
    p += e.name.copy(out, p);
  });
  out.writeUInt32LE(0x06054b50, p);
  out.writeUInt16LE(entries.length, p + 8);
  out.writeUInt16LE(entries.length, p + 10);
  out.writeUInt32LE(centralSize, p + 12);
  out.writeUInt32LE(localSize, p + 16);
  return out;
}
