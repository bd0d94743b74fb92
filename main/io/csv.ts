import Papa from 'papaparse';
import { PanelisError } from '../../shared/errors';
import { tableFromRows, type RawRow } from './headers';
import { MAX_IMPORT_COLUMNS, tooManyColumns } from './limits';
import type { Cell, ReadProgress, SheetTable } from './table';
import { reason } from '../../shared/error-messages/reasons';

/** Excel in id-ID writes ';' (the comma is the decimal sign); elsewhere ','; "Unicode Text" tabs. */
const DELIMITERS = [';', ',', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter is the candidate seen most often, outside quotes, on the header line:
 * headers rarely hold a ';' or a tab, and a name with commas ("Zaenal Abidin, S.H.") sits in
 * data rows, not in the header. With none at all the file has one column.
 */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Text that is not text: a spreadsheet in a binary format (old .xls, .ods, a PDF) or random
 * bytes decode to many control characters. Reading them as CSV would show the secretary a
 * table of garbage; refusing says what is wrong.
 */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) controls++;
  }
  return controls > Math.max(2, sample.length * 0.005);
}

function firstLine(text: string, from: number): { line: string; next: number } {
  let end = text.indexOf('\n', from);
  if (end < 0) end = text.length;
  return { line: text.slice(from, end).replace(/\r$/, ''), next: end + 1 };
}

/** Reads CSV text into a table. Row numbers count records (a quoted line break stays in its row), as Excel shows them. */
export function parseCsv(text: string, onProgress?: ReadProgress): SheetTable {
  return tableFromRows(parseCsvRows(text, onProgress));
}

/** The non-blank records of CSV text, before the header is known. */
export function parseCsvRows(text: string, onProgress?: ReadProgress): RawRow[] {
  if (looksBinary(text)) throw new PanelisError('IMPORT_UNREADABLE', { reason: reason('NOT_A_TEXT_FILE') });
  if (/^\s*</.test(text) && /<(html|table)\b/i.test(text.slice(0, 4096))) {
    // Some personnel systems export an HTML table named .xls; Excel opens it, we do not.
    throw new PanelisError('IMPORT_UNREADABLE', { reason: reason('HTML_TABLE') });
  }

  // Excel honours a first line "sep=;" and does not show it as a row; neither do we.
  let start = 0;
  let delimiter: Delimiter | null = null;
  const first = firstLine(text, 0);
  const sep = /^sep=(.)$/i.exec(first.line.trim());
  if (sep && DELIMITERS.includes(sep[1] as Delimiter)) {
    delimiter = sep[1] as Delimiter;
    start = first.next;
  }
  if (delimiter === null) {
    let at = start;
    let line = '';
    while (at < text.length) {
      const l = firstLine(text, at);
      at = l.next;
      if (l.line.trim() !== '') {
        line = l.line;
        break;
      }
    }
    delimiter = detectDelimiter(line);
  }

  const parsed = Papa.parse<string[]>(start > 0 ? text.slice(start) : text, { delimiter, skipEmptyLines: false, header: false });
  const missing = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (missing) {
    const row = (missing.row ?? 0) + 1;
    throw new PanelisError('IMPORT_UNREADABLE', { reason: reason('UNCLOSED_QUOTE', { row }) });
  }

  const rows: RawRow[] = [];
  const total = parsed.data.length;
  for (let i = 0; i < total; i++) {
    const record = parsed.data[i] ?? [];
    let blank = true;
    let used = 0;
    const cells = record as Cell[];
    for (let k = 0; k < record.length; k++) {
      const v = record[k] ?? '';
      if (v === '') cells[k] = null;
      else {
        used = k + 1;
        if (blank && v.trim() !== '') blank = false;
      }
    }
    // The row is as wide as its last value: a line of 200,000 separators costs nothing,
    // and a value beyond the column limit is refused (CSV has no width of its own).
    if (used > MAX_IMPORT_COLUMNS && !blank) {
      let k = used - 1;
      while (k >= MAX_IMPORT_COLUMNS && (record[k] ?? '').trim() === '') k--;
      if (k >= MAX_IMPORT_COLUMNS) throw tooManyColumns(i + 1, k);
    }
    cells.length = Math.min(used, MAX_IMPORT_COLUMNS);
    if (!blank) rows.push({ rowNumber: i + 1, cells });
    if (onProgress && i % 10000 === 0) onProgress(i, total);
  }
  if (rows.length === 0) throw new PanelisError('IMPORT_UNREADABLE', { reason: reason('EMPTY_FILE') });
  onProgress?.(total, total);
  return rows;
}
