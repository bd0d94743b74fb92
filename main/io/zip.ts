import { crc32, inflateRawSync } from 'node:zlib';
import { PanelisError } from '../../shared/errors';
import type { Bilingual } from '../../shared/error-messages/bilingual';
import { reason } from '../../shared/error-messages/reasons';

/**
 * Reading the parts of a zip (an XLSX is one) from its central directory. A file cut short
 * (an interrupted copy from a flash drive, an e-mail size limit) or with a damaged
 * directory is refused with a reason before anything is unpacked; every part is checked
 * against its CRC-32; what a part may unpack to is bounded by its declared size, that size
 * by MAX_PART_BYTES and, for a large part, by MAX_RATIO times its compressed size, so a
 * "zip bomb" (malicious spreadsheet content) is refused before it is inflated. Buffers live
 * outside the V8 heap, where the import worker's resourceLimits do not reach: these byte
 * limits are what bounds them.
 */

export interface ZipEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the compressed bytes start. */
  dataOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

/**
 * The most one part may unpack to. A 100,000-row, 18-column applicant sheet is about 70 MB of
 * XML; 512 MiB leaves room for several times that.
 */
export const MAX_PART_BYTES = 512 * 1024 * 1024;
/**
 * Worksheet XML written by Excel or LibreOffice deflates 5-30 to 1 (the bench's 100,000-row
 * sheet: about 9); a part above RATIO_FROM bytes that claims more than MAX_RATIO to 1 is a bomb.
 */
export const MAX_RATIO = 200;
const RATIO_FROM = 16 * 1024 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

function unreadable(why: Bilingual): PanelisError {
  return new PanelisError('IMPORT_UNREADABLE', { reason: why });
}

const TRUNCATED = reason('XLSX_TRUNCATED');
const ZIP64 = reason('ZIP64_UNSUPPORTED');

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 65535);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

/** Lists the entries of a complete, well-formed zip, or throws IMPORT_UNREADABLE saying why not. */
export function readZipDirectory(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw unreadable(TRUNCATED);
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw unreadable(TRUNCATED);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === ZIP64_MARK || cdOffset === ZIP64_MARK) throw unreadable(ZIP64);
  if (cdOffset + cdSize > eocd) throw unreadable(TRUNCATED);

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) throw unreadable(TRUNCATED);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLen > eocd) throw unreadable(TRUNCATED);
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    if (compressedSize === ZIP64_MARK || uncompressedSize === ZIP64_MARK || localOffset === ZIP64_MARK) throw unreadable(ZIP64);
    if (flags & 0x1) throw unreadable(reason('XLSX_PASSWORD'));
    if (localOffset + 30 > cdOffset || buf.readUInt32LE(localOffset) !== LOCAL) throw unreadable(TRUNCATED);
    const dataOffset = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (dataOffset + compressedSize > cdOffset) throw unreadable(TRUNCATED);
    entries.push({ name, method, crc32: crc, compressedSize, uncompressedSize, dataOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function tooLarge(why: Bilingual): PanelisError {
  return new PanelisError('IMPORT_TOO_LARGE', { reason: why });
}

const MIB = 1024 * 1024;

/** Refuses a part whose declared size is beyond the limits, before a byte is inflated. */
export function checkEntrySize(entry: ZipEntry): void {
  const mib = Math.round(entry.uncompressedSize / MIB);
  if (entry.uncompressedSize > MAX_PART_BYTES) {
    throw tooLarge(reason('PART_TOO_LARGE', { part: entry.name, mib, limit: MAX_PART_BYTES / MIB }));
  }
  if (
    entry.method !== STORED &&
    entry.uncompressedSize > RATIO_FROM &&
    entry.uncompressedSize > MAX_RATIO * Math.max(1, entry.compressedSize)
  ) {
    const ratio = Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize));
    throw tooLarge(reason('COMPRESSION_RATIO', { part: entry.name, ratio, limit: MAX_RATIO }));
  }
}

/** One part, unpacked and checked against its CRC-32. */
export function extractEntry(buf: Buffer, entry: ZipEntry): Buffer {
  checkEntrySize(entry);
  const data = buf.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let out: Buffer;
  if (entry.method === STORED) out = data;
  else if (entry.method === DEFLATED) {
    try {
      // One byte more than declared: a part that unpacks to more than it claims is refused.
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) });
    } catch {
      throw unreadable(reason('XLSX_PART_TRUNCATED', { part: entry.name }));
    }
  } else throw unreadable(reason('COMPRESSION_METHOD', { part: entry.name, method: entry.method }));
  if (out.length !== entry.uncompressedSize || crc32(out) !== entry.crc32)
    throw unreadable(reason('XLSX_PART_TRUNCATED', { part: entry.name }));
  return out;
}

/** What a zip that is not an XLSX workbook probably is, for a reason the secretary can act on. */
export function notAWorkbookReason(entries: ZipEntry[], buf: Buffer): Bilingual | null {
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (names.has('xl/workbook.xml')) return null;
  if (names.has('mimetype') && buf.includes('opendocument.spreadsheet')) {
    return reason('ODS_FILE');
  }
  if (names.has('word/document.xml')) return reason('WORD_DOCUMENT');
  if (names.has('xl/workbook.bin')) return reason('XLSB_FILE');
  return reason('NOT_XLSX_ZIP');
}
