/**
 * A spreadsheet as read from a file, before anything knows it holds applicants.
 * main/domain/applicants declares the same shape (structural typing) because the domain
 * layer may not import main/io.
 */

/** One cell as the file holds it: text, a number, a truth value, a real date, or empty. */
export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  /** The row number the person sees in Excel or a text editor: header = 1, blank lines counted. */
  rowNumber: number;
  /** One cell per header, in header order (shorter rows are padded with null). */
  cells: Cell[];
}

export interface SheetTable {
  headers: string[];
  rows: SheetRow[];
}

/** Reports reading progress: rows read so far, and the total when it is known. */
export type ReadProgress = (done: number, total: number | null) => void;
