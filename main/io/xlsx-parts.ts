import { XmlScanner } from './xml';
import { PanelisError } from '../../shared/errors';
import { checkEntrySize, extractEntry, type ZipEntry } from './zip';
import { reason } from '../../shared/error-messages/reasons';

/**
 * The parts of an XLSX workbook needed to read its first sheet's values: which sheets there
 * are and in what order (workbook.xml and its relationships), the shared strings, which
 * cell styles are dates (styles.xml), and whether dates count from 1904.
 */

export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** Zip path of the sheet's XML, e.g. xl/worksheets/sheet1.xml. */
  path: string;
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  date1904: boolean;
  sharedStringsPath: string | null;
  stylesPath: string | null;
}

/** All parts unpacked for one workbook together: several large parts add up. */
export const MAX_TOTAL_BYTES = 768 * 1024 * 1024;

/**
 * The workbook's parts by name. A part is inflated once however often it is asked for, and
 * entries that share their compressed bytes (a crafted zip names one part many times) share
 * the result, so repetition costs neither time nor memory.
 */
export class Parts {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();
  private readonly unpacked = new Map<number, Buffer>();
  private total = 0;

  constructor(
    private readonly buf: Buffer,
    entries: ZipEntry[],
  ) {
    for (const e of entries) {
      this.byName.set(e.name, e);
      this.byLowerName.set(e.name.toLowerCase(), e);
    }
  }

  /** A part by its path; some writers differ from Excel in letter case, so that is forgiven. */
  get(path: string): Buffer | null {
    const e = this.byName.get(path) ?? this.byLowerName.get(path.toLowerCase());
    if (!e) return null;
    const known = this.unpacked.get(e.dataOffset);
    if (known) return known;
    checkEntrySize(e);
    this.total += e.uncompressedSize;
    if (this.total > MAX_TOTAL_BYTES) {
      const mib = Math.round(this.total / (1024 * 1024));
      throw new PanelisError('IMPORT_TOO_LARGE', {
        reason: reason('UNPACKED_TOO_LARGE', { mib, limit: MAX_TOTAL_BYTES / (1024 * 1024) }),
      });
    }
    const out = extractEntry(this.buf, e);
    this.unpacked.set(e.dataOffset, out);
    return out;
  }
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolveTarget(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${baseDir}/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

interface Relationship {
  target: string;
  type: string;
}

function readRelationships(xml: Buffer | null, baseDir: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  if (!xml) return rels;
  const s = new XmlScanner(xml);
  while (s.next()) {
    if (s.closing || !s.is('Relationship')) continue;
    const id = s.attr('Id');
    const target = s.attr('Target');
    if (id && target && s.attr('TargetMode') !== 'External') {
      rels.set(id, { target: resolveTarget(baseDir, target), type: s.attr('Type') ?? '' });
    }
  }
  return rels;
}

export function readWorkbook(parts: Parts): WorkbookInfo {
  const workbook = parts.get('xl/workbook.xml');
  if (!workbook) throw new Error('xl/workbook.xml is missing');
  const rels = readRelationships(parts.get('xl/_rels/workbook.xml.rels'), 'xl');
  const info: WorkbookInfo = { sheets: [], date1904: false, sharedStringsPath: null, stylesPath: null };
  const s = new XmlScanner(workbook);
  while (s.next()) {
    if (s.closing) continue;
    if (s.is('workbookPr')) {
      const v = s.attr('date1904');
      info.date1904 = v === '1' || v === 'true';
    } else if (s.is('sheet')) {
      const rel = rels.get(s.attr('id') ?? '');
      // Chart sheets and dialog sheets hold no cells.
      if (!rel || !/\/worksheet$/.test(rel.type)) continue;
      const state = s.attr('state');
      info.sheets.push({ name: s.attr('name') ?? '', hidden: state === 'hidden' || state === 'veryHidden', path: rel.target });
    }
  }
  for (const rel of rels.values()) {
    if (/\/sharedStrings$/.test(rel.type)) info.sharedStringsPath = rel.target;
    if (/\/styles$/.test(rel.type)) info.stylesPath = rel.target;
  }
  return info;
}

/**
 * The shared strings, each the concatenation of its text runs. Phonetic guides (<rPh>,
 * furigana in Japanese files) are not part of the text and are left out.
 */
export function readSharedStrings(xml: Buffer | null): string[] {
  const out: string[] = [];
  if (!xml) return out;
  const s = new XmlScanner(xml);
  let current: string | null = null;
  let phonetic = 0;
  while (s.next()) {
    if (s.is('si')) {
      if (s.closing) {
        out.push(current ?? '');
        current = null;
      } else if (s.selfClosing) out.push('');
      else current = '';
    } else if (s.is('rPh')) {
      if (!s.selfClosing) phonetic += s.closing ? -1 : 1;
    } else if (s.is('t') && !s.closing && phonetic === 0 && current !== null) {
      current += s.text();
    }
  }
  return out;
}

/** Excel's built-in number formats that show dates or times (ECMA-376 18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A format code shows a date when it has day, month, year or time letters outside quotes, brackets and escapes. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*]/g, '');
  return /[dmyhs]/i.test(bare);
}

/** For each cell style index, whether it formats its number as a date. */
export function readDateStyles(xml: Buffer | null): boolean[] {
  const out: boolean[] = [];
  if (!xml) return out;
  const custom = new Map<number, string>();
  const s = new XmlScanner(xml);
  let inCellXfs = false;
  while (s.next()) {
    if (s.is('numFmt') && !s.closing) {
      const id = s.intAttr('numFmtId');
      const code = s.attr('formatCode');
      if (id !== null && code !== null) custom.set(id, code);
    } else if (s.is('cellXfs')) {
      inCellXfs = !s.closing && !s.selfClosing;
    } else if (inCellXfs && s.is('xf') && !s.closing) {
      const id = s.intAttr('numFmtId') ?? 0;
      const code = custom.get(id);
      out.push(code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id));
      if (!s.selfClosing) s.skipElement();
    }
  }
  return out;
}
