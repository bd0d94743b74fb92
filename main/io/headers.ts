import type { Cell, SheetRow, SheetTable } from './table';

/** A header cell as text: trimmed, inner whitespace (Excel's wrapped "Tanggal\nLahir") as one space. */
export function headerText(cell: Cell): string {
  if (cell === null) return '';
  const s = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function isBlankCell(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
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
 * Builds the table from raw rows (already without blank rows): the first is the header.
 * Trailing columns that are empty in every row, header included, are dropped (Excel's CSVs
 * often end each line with ";;;"); data beyond the last header gets a "Kolom N" header.
 */
export function tableFromRows(header: { cells: Cell[] }, rows: { rowNumber: number; cells: Cell[] }[]): SheetTable {
  let width = 0;
  const lastFilled = (cells: Cell[]): number => {
    for (let i = cells.length - 1; i >= 0; i--) if (!isBlankCell(cells[i] ?? null)) return i + 1;
    return 0;
  };
  width = lastFilled(header.cells);
  for (const r of rows) width = Math.max(width, lastFilled(r.cells));
  const headers = uniqueHeaders(header.cells, width);
  const out: SheetRow[] = rows.map((r) => {
    const cells = r.cells.length === width ? r.cells : r.cells.slice(0, width);
    while (cells.length < width) cells.push(null);
    return { rowNumber: r.rowNumber, cells };
  });
  return { headers, rows: out };
}
