/**
 * A spreadsheet as read from a file (main/io), before anything knows it holds applicants
 * (main/domain/applicants). Plain data, here so both layers share one definition.
 */

/** One cell as the file holds it: text, a number, a truth value, a real date, or empty. */
export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  /** The row number the person sees in Excel or a text editor: header = 1, blank lines counted. */
  rowNumber: number;
  /** Cells in header order, as many as the row holds: a missing cell is empty (read `cells[i] ?? null`). */
  cells: Cell[];
}

export interface SheetTable {
  headers: string[];
  rows: SheetRow[];
  /** A text file's encoding and how it was settled (a guess is told to the person); none for XLSX. */
  encoding?: { name: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; how: 'detected' | 'chosen' | 'guessed' };
}
