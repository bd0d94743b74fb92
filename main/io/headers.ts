import type { Cell, SheetTable } from './table';

/** A non-blank row as read, before the header is known. */
export interface RawRow {
  rowNumber: number;
  cells: Cell[];
}

/** A header cell as text: trimmed, inner whitespace (Excel's wrapped "Tanggal\nLahir") as one space. */
export function headerText(cell: Cell): string {
  if (cell === null) return '';
  const s = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  return s.replace(/\s+/g, ' ').trim();
}

export function isBlankCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function filledCount(cells: Cell[]): number {
  let n = 0;
  for (const c of cells) if (!isBlankCell(c)) n++;
  return n;
}

function lastFilled(cells: Cell[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (!isBlankCell(cells[i])) return i + 1;
  return 0;
}

/** How far down a header may sit below title rows ("DAFTAR PELAMAR ...", the agency, a date). */
const HEADER_SEARCH_ROWS = 10;

/**
 * Which row is the header. Offices put a title, the agency or a date above the table, in
 * one or two cells. A row is such a title, not the header, when it fills one cell and one
 * of the next three rows more, or fills less than a third of what the fullest of them fills. Rows above
 * the header are not data and are left out. (A header with some blank labels still wins.)
 */
export function headerIndex(rows: RawRow[]): number {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const following = rows.slice(i + 1, i + 4);
    if (following.length === 0) return i;
    const here = filledCount((rows[i] as RawRow).cells);
    const after = Math.max(...following.map((r) => filledCount(r.cells)));
    const title = (here === 1 && after >= 2) || here * 3 < after;
    if (!title) return i;
  }
  return 0;
}

/**
 * Headers a person can map: an empty header becomes "Kolom 5" (its column number, as the
 * secretary can count it), a repeated one "Nama (2)", so every header is a distinct key of
 * the mapping.
 */
export function uniqueHeaders(raw: Cell[], width: number): string[] {
  const used = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < width; i++) {
    let h = headerText(raw[i] ?? null);
    if (h === '') h = `Kolom ${i + 1}`;
    let candidate = h;
    for (let n = 2; used.has(candidate); n++) candidate = `${h} (${n})`;
    used.add(candidate);
    out.push(candidate);
  }
  return out;
}

/**
 * Builds the table from the non-blank rows of a sheet. Trailing columns that are empty in
 * every row, header included, are dropped (Excel's CSVs often end each line with ";;;"), and
 * each row keeps only its own cells;
 * data beyond the last header gets a "Kolom N" header.
 */
export function tableFromRows(rows: RawRow[]): SheetTable {
  if (rows.length === 0) return { headers: [], rows: [] };
  const h = headerIndex(rows);
  const header = rows[h] as RawRow;
  const data = rows.slice(h + 1);
  let width = lastFilled(header.cells);
  for (const r of data) width = Math.max(width, lastFilled(r.cells));
  const headers = uniqueHeaders(header.cells, width);
  // The readers' rows become the table's (same shape): no second object per row. A row is
  // never padded to the table's width (readers take `cells[i] ?? null`): one wide row must
  // not multiply every other row's size.
  for (const r of data) {
    const cells = r.cells;
    if (cells.length > width) cells.length = width;
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
  }
  return { headers, rows: data };
}
