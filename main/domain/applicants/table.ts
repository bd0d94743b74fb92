/**
 * The spreadsheet as main/io reads it (main/io/table.ts). Declared again here, identically,
 * because the domain may not import main/io; TypeScript's structural typing makes the two
 * interchangeable, so the API layer passes what readTable returned straight in.
 */

export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  rowNumber: number;
  cells: Cell[];
}

export interface SheetTable {
  headers: string[];
  rows: SheetRow[];
}
