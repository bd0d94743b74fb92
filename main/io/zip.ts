import { PanelisError } from '../../shared/errors';

/**
 * A look at a zip's table of contents before any unzipping library sees it. The XLSX
 * reader streams the file from its start; a file cut short (an interrupted copy from a
 * flash drive, an e-mail attachment limit) or with a damaged directory is refused here, with
 * a reason, instead of surprising the stream halfway. Declared sizes also bound what
 * unzipping may produce (a "zip bomb" is malicious spreadsheet content too).
 */

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** Uncompressed content Panelis will unpack at most: about ten times a 100,000-row sheet. */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

function unreadable(reason: string): PanelisError {
  return new PanelisError('IMPORT_UNREADABLE', { reason });
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 65535);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

/** Lists the entries of a complete, well-formed zip, or throws IMPORT_UNREADABLE saying why not. */
export function inspectZip(buf: Buffer): ZipEntryInfo[] {
  const truncated = 'berkas XLSX terpotong atau rusak / the XLSX file is truncated or damaged';
  if (buf.length < 22) throw unreadable(truncated);
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw unreadable(truncated);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  const zip64 = count === 0xffff || cdSize === ZIP64_MARK || cdOffset === ZIP64_MARK;
  if (zip64) throw unreadable('ZIP64 tidak didukung / ZIP64 is not supported');
  if (cdOffset + cdSize > eocd) throw unreadable(truncated);

  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) throw unreadable(truncated);
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLen > eocd) throw unreadable(truncated);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (compressedSize === ZIP64_MARK || uncompressedSize === ZIP64_MARK || localOffset === ZIP64_MARK) {
      throw unreadable('ZIP64 tidak didukung / ZIP64 is not supported');
    }
    if (localOffset + 30 > cdOffset || buf.readUInt32LE(localOffset) !== LOCAL) throw unreadable(truncated);
    const localName = buf.readUInt16LE(localOffset + 26);
    const localExtra = buf.readUInt16LE(localOffset + 28);
    if (localOffset + 30 + localName + localExtra + compressedSize > cdOffset) throw unreadable(truncated);
    entries.push({ name, compressedSize, uncompressedSize });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** What a zip that is not an XLSX workbook probably is, for a reason the secretary can act on. */
export function notAWorkbookReason(entries: ZipEntryInfo[], buf: Buffer): string | null {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml') && entries.some((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))) return null;
  if (names.has('mimetype') && buf.includes('opendocument.spreadsheet')) {
    return 'berkas ODS (LibreOffice); simpan sebagai .xlsx / an ODS file (LibreOffice); save it as .xlsx';
  }
  if (names.has('word/document.xml')) return 'dokumen Word, bukan lembar kerja / a Word document, not a spreadsheet';
  if (names.has('xl/workbook.bin')) return 'format .xlsb; simpan sebagai .xlsx / an .xlsb file; save it as .xlsx';
  return 'zip ini bukan buku kerja XLSX / this zip is not an XLSX workbook';
}
