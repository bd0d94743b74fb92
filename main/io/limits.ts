import { PanelisError } from '../../shared/errors';

/**
 * How wide a table an import reads. An applicant list has 10-30 columns, a CAT BKN export
 * under 60; Excel allows 16,384, and one stray value in column XFD used to make every row
 * 16,384 cells wide. A value beyond this column is refused with its place named; empty or
 * merely formatted cells out there are ignored (the used range is the cells that hold values).
 */
export const MAX_IMPORT_COLUMNS = 512;

/** Column letters as Excel shows them: 0 -> A, 511 -> SR, 16383 -> XFD. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function tooManyColumns(row: number, columnIndex: number): PanelisError {
  return new PanelisError('IMPORT_TOO_MANY_COLUMNS', {
    row,
    column: `${columnLetters(columnIndex)} (${columnIndex + 1})`,
    max: MAX_IMPORT_COLUMNS,
  });
}
