/**
 * Just enough of a zip reader for XLSX uploads: the central directory (zip64 included) and one entry at a time,
 * inflated with node:zlib under a byte budget — the sizes a file declares are checked before anything is inflated,
 * and `maxOutputLength` stops a file that lies about them.
 */
import zlib from 'node:zlib';
import { TabularFileError, formatCount, NOT_XLSX } from './tabularFileError';

export type ZipEntry = {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  /** As declared by the central directory: checked, never trusted. */
  uncompressedSize: number;
  localOffset: number;
};

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const malformed = () => new TabularFileError(NOT_XLSX, 400);

function u64(buf: Buffer, at: number): number {
  const n = buf.readBigUInt64LE(at);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw malformed();
  return Number(n);
}

/**
 * The entries of a zip by name (a leading "/" dropped, as exceljs does).
 * @throws TabularFileError 400 when it is not a zip, 413 beyond `maxEntries`
 */
export function readZipDirectory(buf: Buffer, maxEntries: number): Map<string, ZipEntry> {
  if (buf.length < 22) throw malformed();
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw malformed();
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const at = u64(buf, eocd - 20 + 8);
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== ZIP64_EOCD) throw malformed();
    count = u64(buf, at + 32);
    cdSize = u64(buf, at + 40);
    cdOffset = u64(buf, at + 48);
  }
  if (cdOffset + cdSize > buf.length) throw malformed();
  if (count > maxEntries) {
    throw new TabularFileError(`Tệp quá lớn: tệp nén có hơn ${formatCount(maxEntries)} thành phần (giới hạn ${formatCount(maxEntries)}).`, 413);
  }
  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw malformed();
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc32 = buf.readUInt32LE(p + 16);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > buf.length) throw malformed();
    let name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // The zip64 extended information extra field holds, in this order, the fields that overflowed.
      for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength; ) {
        const id = buf.readUInt16LE(e);
        const size = buf.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let f = e + 4;
          const take = () => {
            if (f + 8 > e + 4 + size) throw malformed();
            const v = u64(buf, f);
            f += 8;
            return v;
          };
          if (uncompressedSize === 0xffffffff) uncompressedSize = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (localOffset === 0xffffffff) localOffset = take();
          break;
        }
        e += 4 + size;
      }
    }
    if (name.startsWith('/')) name = name.slice(1);
    entries.set(name, { name, method, flags, crc32, compressedSize, uncompressedSize, localOffset });
    p = end;
  }
  return entries;
}

/**
 * One entry's bytes, inflated to at most `maxBytes`.
 * @param tooLarge the error to throw when the entry holds more than `maxBytes`
 * @throws TabularFileError 400 when the entry is unreadable (encrypted, unknown method, corrupt)
 */
export function readZipEntry(buf: Buffer, entry: ZipEntry, maxBytes: number, tooLarge: () => TabularFileError): Buffer {
  if (entry.flags & 0x1) throw malformed();
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw malformed();
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + entry.compressedSize > buf.length) throw malformed();
  const data = buf.subarray(start, start + entry.compressedSize);
  let out: Buffer;
  if (entry.method === 0) {
    if (data.length > maxBytes) throw tooLarge();
    out = data;
  } else if (entry.method === 8) {
    try {
      // Output chunks near the declared size: the default 16 KB means thousands of chunks to join for a large sheet.
      const chunkSize = Math.min(Math.max(entry.uncompressedSize, 64 * 1024), 8 * 1024 * 1024, Math.max(64 * 1024, maxBytes));
      out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes), chunkSize });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
      throw malformed();
    }
  } else {
    throw malformed();
  }
  // A damaged file must not be read as a different table.
  if (zlib.crc32(out) !== entry.crc32) throw malformed();
  return out;
}

/**
 * The first bytes of an entry (up to `maxBytes`; possibly fewer, or none when its start is unusually compressible),
 * inflating only the start of its compressed data: enough to read a root element's attributes without inflating
 * the whole part.
 */
export function peekZipEntry(buf: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const at = entry.localOffset;
  if (entry.flags & 0x1 || at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw malformed();
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, Math.min(buf.length, start + entry.compressedSize));
  if (entry.method === 0) return data.subarray(0, maxBytes);
  if (entry.method !== 8) throw malformed();
  // Growing prefixes of the compressed data (a dynamic block starts with its code tables), each inflated as far as it goes.
  for (let size = 512; ; size *= 4) {
    let out: Buffer;
    try {
      out = zlib.inflateRawSync(data.subarray(0, size), { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return Buffer.alloc(0);
      throw malformed();
    }
    if (out.length >= maxBytes || size >= data.length || size >= 1 << 16) return out.subarray(0, maxBytes);
  }
}
