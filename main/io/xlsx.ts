import { PanelisError } from '../../shared/errors';
import { tableFromRows, type RawRow } from './headers';
import type { Cell, ReadProgress, SheetTable } from './table';
import { MAX_IMPORT_COLUMNS, tooManyColumns } from './limits';
import { Parts, readDateStyles, readSharedStrings, readWorkbook } from './xlsx-parts';
import { XmlScanner } from './xml';
import { notAWorkbookReason, readZipDirectory } from './zip';
import type { Bilingual } from '../../shared/error-messages/bilingual';
import { reason } from '../../shared/error-messages/reasons';

/**
 * Reads the first worksheet with data of an XLSX workbook: the first visible one in tab
 * order, a hidden one only if no visible sheet has data.
 *
 * Values are what Excel last showed: a formula is never evaluated, its cached result is
 * the value (no cached result: empty); rich text and hyperlinks are their plain text; a
 * number formatted as a date is a Date; other numbers stay numbers; an error is its text
 * ("#N/A"), so validation can name it.
 *
 * Why not exceljs here (it is installed, and still writes the fixtures and bench files):
 * measured on 100,000-row applicant workbooks (15 and 18 columns, bench/import.ts) on this
 * project's 2-core VM,
 * exceljs's streaming WorkbookReader took 9-10 s just to read the sheet (its whole-workbook
 * loader: 10.4 s and 719 MB), because it builds a row object, cell objects and styles for
 * every cell, and the whole import then peaked at 517 MB of RSS. This reader walks the XML
 * bytes: about 2.2 s of CPU for the same sheet, and the import peaks near 450 MB.
 */

/** Excel's limits: a sheet claiming more is not one Excel wrote. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const PROGRESS_EVERY = 5000;
const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system; the 1904 system starts 1462 days later. */
const EPOCH_1900 = 25569;
const OFFSET_1904 = 1462;

function unreadable(why: Bilingual): PanelisError {
  return new PanelisError('IMPORT_UNREADABLE', { reason: why });
}

function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - EPOCH_1900 + (date1904 ? OFFSET_1904 : 0)) * DAY_MS));
}

/** Column index (0-based) from a cell reference's letters ("AB12" -> 27), read from the bytes. */
function columnOf(buf: Buffer, range: [number, number] | null): number | null {
  if (range === null) return null;
  let col = 0;
  let letters = 0;
  for (let i = range[0]; i < range[1]; i++) {
    const b = buf[i] as number;
    const upper = b >= 0x61 && b <= 0x7a ? b - 0x20 : b;
    if (upper < 0x41 || upper > 0x5a) break;
    col = col * 26 + (upper - 0x40);
    letters++;
  }
  return letters > 0 ? col - 1 : null;
}

/** The number of rows a <dimension ref="A1:R100001"> announces, to show progress against. */
function rowsAnnounced(ref: string | null): number | null {
  const m = ref ? /:[A-Z]+(\d+)$/i.exec(ref) : null;
  return m ? Number(m[1]) : null;
}

/** Text of an inline string (<is>), its runs joined, phonetic guides left out. Ends after </is>. */
function inlineText(s: XmlScanner): string {
  let out = '';
  let phonetic = 0;
  while (s.next()) {
    if (s.is('is') && s.closing) break;
    if (s.is('rPh')) {
      if (!s.selfClosing) phonetic += s.closing ? -1 : 1;
    } else if (s.is('t') && !s.closing && phonetic === 0) out += s.text();
  }
  return out;
}

interface SheetContext {
  shared: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

/** The cell types of SpreadsheetML (the `t` attribute), as small numbers: no string per cell. */
const T_NUMBER = 0;
const T_SHARED = 1;
const T_INLINE = 2;
const T_FORMULA_STRING = 3;
const T_BOOLEAN = 4;
const T_ERROR = 5;
const T_DATE = 6;

function cellType(buf: Buffer, range: [number, number] | null): number {
  if (range === null) return T_NUMBER;
  const len = range[1] - range[0];
  const first = buf[range[0]];
  if (len === 1) {
    if (first === 0x73) return T_SHARED; // s
    if (first === 0x62) return T_BOOLEAN; // b
    if (first === 0x65) return T_ERROR; // e
    if (first === 0x64) return T_DATE; // d
    return T_NUMBER; // n
  }
  if (len === 3 && first === 0x73) return T_FORMULA_STRING; // str
  if (len === 9 && first === 0x69) return T_INLINE; // inlineStr
  return T_NUMBER;
}

function hasAmpersand(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] === 0x26) return true;
  return false;
}

/** A non-negative integer written in ASCII digits, or -1. */
function digitsValue(buf: Buffer, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = (buf[i] as number) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

interface RawValue {
  /** Decoded text (strings, errors, booleans written oddly). */
  text: string | null;
  /** Or the byte range of a plain value (numbers, shared string indexes): not decoded at all. */
  start: number;
  end: number;
}

function cellValue(buf: Buffer, type: number, raw: RawValue, inline: string | null, style: number, ctx: SheetContext): Cell {
  const plain = raw.text === null && raw.end > raw.start;
  if (raw.text === null && !plain && type !== T_INLINE) return null;
  let v: Cell;
  switch (type) {
    case T_SHARED: {
      const i = plain ? digitsValue(buf, raw.start, raw.end) : Number(raw.text);
      v = Number.isInteger(i) && i >= 0 ? (ctx.shared[i] ?? null) : null;
      break;
    }
    case T_INLINE:
      v = inline ?? raw.text;
      break;
    case T_FORMULA_STRING:
    case T_ERROR:
      v = plain ? buf.toString('utf8', raw.start, raw.end) : raw.text;
      break;
    case T_BOOLEAN: {
      const t = plain ? buf.toString('latin1', raw.start, raw.end) : (raw.text ?? '');
      v = t === '1' || t === 'true';
      break;
    }
    case T_DATE: {
      const t = plain ? buf.toString('latin1', raw.start, raw.end) : (raw.text ?? '');
      const ms = Date.parse(t);
      v = Number.isNaN(ms) ? t : new Date(ms);
      break;
    }
    default: {
      const t = plain ? buf.toString('latin1', raw.start, raw.end) : (raw.text ?? '');
      if (t.trim() === '') return null;
      const n = Number(t);
      if (!Number.isFinite(n)) return null;
      v = ctx.dateStyles[style] === true ? serialToDate(n, ctx.date1904) : n;
    }
  }
  return v === '' ? null : v;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Takes rows as they are read, so a worker can pass them on and not hold the whole sheet. */
export type RowSink = (rows: RawRow[]) => void;

/** The non-blank rows of one worksheet's XML (those not yet handed to `sink`), with their spreadsheet row numbers. */
async function readSheetRows(xml: Buffer, ctx: SheetContext, onProgress: ReadProgress | undefined, sink?: RowSink): Promise<RawRow[]> {
  const s = new XmlScanner(xml);
  let announced: number | null = null;
  let inData = false;
  while (s.next()) {
    if (s.closing) continue;
    if (s.is('dimension')) announced = rowsAnnounced(s.attr('ref'));
    else if (s.is('sheetData')) {
      if (s.selfClosing) return [];
      inData = true;
      break;
    }
  }
  if (!inData) return [];

  const buf = s.buf;
  let rows: RawRow[] = [];
  let rowNumber = 0;
  let cells: Cell[] | null = null;
  let filled = false;
  let col = -1;
  let type = T_NUMBER;
  let style = 0;
  const raw: RawValue = { text: null, start: 0, end: 0 };
  let inline: string | null = null;
  let inCell = false;
  let seen = 0;

  while (s.next()) {
    if (s.is('c')) {
      if (s.closing || s.selfClosing) {
        if (s.selfClosing) {
          // An empty cell (styled, no value): nothing to keep, but it takes its column.
          col = columnOf(buf, s.attrRange('r')) ?? col + 1;
        } else if (inCell && cells !== null) {
          const v = cellValue(buf, type, raw, inline, style, ctx);
          if (v !== null && col >= MAX_IMPORT_COLUMNS) {
            // Beyond the table: a blank is ignored, a value is refused before any row grows.
            if (!(typeof v === 'string' && v.trim() === '')) throw tooManyColumns(rowNumber, col);
          } else if (v !== null) {
            while (cells.length < col) cells.push(null);
            cells[col] = v;
            if (!filled && !(typeof v === 'string' && v.trim() === '')) filled = true;
          }
        }
        inCell = false;
        continue;
      }
      col = columnOf(buf, s.attrRange('r')) ?? col + 1;
      if (col >= MAX_COLUMNS) throw unreadable(reason('MORE_COLUMNS_THAN', { max: MAX_COLUMNS }));
      type = cellType(buf, s.attrRange('t'));
      style = s.intAttr('s') ?? 0;
      raw.text = null;
      raw.start = 0;
      raw.end = 0;
      inline = null;
      inCell = true;
    } else if (s.is('v')) {
      if (!inCell || s.closing || s.selfClosing) continue;
      const start = s.tagEnd;
      const end = buf.indexOf(0x3c, start);
      // A number or a shared-string index is plain ASCII: kept as a byte range, decoded
      // only as a number. Anything else (text, a reference, CDATA) is decoded as text.
      if ((type === T_SHARED || type === T_NUMBER) && end > start && buf[end + 1] === 0x2f && !hasAmpersand(buf, start, end)) {
        raw.start = start;
        raw.end = end;
        s.pos = end;
      } else raw.text = s.text();
    } else if (s.is('f')) {
      // The formula itself is never read, let alone run: only its cached value counts.
      if (!s.closing) s.skipElement();
    } else if (s.is('is')) {
      if (inCell && !s.closing && !s.selfClosing) inline = inlineText(s);
    } else if (s.is('row')) {
      if (!s.closing) {
        rowNumber = s.intAttr('r') ?? rowNumber + 1;
        if (rowNumber > MAX_ROWS) throw unreadable(reason('MORE_ROWS_THAN', { max: MAX_ROWS }));
        cells = [];
        filled = false;
        col = -1;
        if (!s.selfClosing) continue;
      }
      if (cells !== null && filled) rows.push({ rowNumber, cells });
      cells = null;
      if (++seen % PROGRESS_EVERY === 0) {
        onProgress?.(seen, announced);
        if (sink && rows.length > 0) {
          sink(rows);
          rows = [];
        }
        await yieldToEventLoop();
      }
    } else if (s.is('sheetData') && s.closing) {
      break;
    }
  }
  onProgress?.(seen, seen);
  return rows;
}

/**
 * The rows of the first worksheet with data, before the header is known; with a `sink`,
 * most of them are handed to it as they are read and only the rest are returned.
 */
export async function readXlsxRows(bytes: Buffer, onProgress?: ReadProgress, sink?: RowSink): Promise<RawRow[]> {
  const entries = readZipDirectory(bytes);
  const notWorkbook = notAWorkbookReason(entries, bytes);
  if (notWorkbook) throw unreadable(notWorkbook);
  const parts = new Parts(bytes, entries);
  const workbook = readWorkbook(parts);
  const ctx: SheetContext = {
    shared: readSharedStrings(workbook.sharedStringsPath ? parts.get(workbook.sharedStringsPath) : null),
    dateStyles: readDateStyles(workbook.stylesPath ? parts.get(workbook.stylesPath) : null),
    date1904: workbook.date1904,
  };
  const inOrder = [...workbook.sheets.filter((x) => !x.hidden), ...workbook.sheets.filter((x) => x.hidden)];
  // A crafted workbook may list one part as many sheets: it is read once.
  const read = new Set<string>();
  for (const sheet of inOrder) {
    if (read.has(sheet.path.toLowerCase())) continue;
    read.add(sheet.path.toLowerCase());
    const xml = parts.get(sheet.path);
    if (!xml) throw unreadable(reason('SHEET_MISSING', { sheet: sheet.name }));
    let handed = false;
    const handOn: RowSink | undefined = sink
      ? (r) => {
          handed = true;
          sink(r);
        }
      : undefined;
    const rows = await readSheetRows(xml, ctx, onProgress, handOn);
    if (rows.length > 0 || handed) return rows;
  }
  throw unreadable(reason('NO_WORKSHEET_DATA'));
}

export async function readXlsx(bytes: Buffer, onProgress?: ReadProgress): Promise<SheetTable> {
  return tableFromRows(await readXlsxRows(bytes, onProgress));
}
