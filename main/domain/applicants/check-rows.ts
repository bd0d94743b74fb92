import { applicantFieldKeys, type ApplicantFieldKey } from '../../../shared/selection/applicant-fields';
import { normaliseValues, requiredFields, requiredProblem, type ApplicantValues } from './fields';
import type { Problem } from './problems';
import { cellRule, type CellRule } from './quick-rules';
import type { Cell, SheetRow, SheetTable } from './table';

/**
 * The field rules applied to every row of a table, keeping the results as columns: one
 * array per field rather than an object per row and per value, which for 100,000 rows was
 * most of the checking time (allocation and garbage collection). The rules themselves are
 * those of fields.ts; a row the secretary fixed in place goes through `normaliseValues` as is.
 */

/** Values the secretary typed to fix a rejected row in place, by the row's spreadsheet number. */
export type ImportOverrides = Record<string, Partial<Record<ApplicantFieldKey, string>>>;

/** Normalised values by field, one entry per checked row (undefined: absent, or refused). */
export type FieldColumns = Partial<Record<ApplicantFieldKey, (string | undefined)[]>>;

/** A mapped column: the field and the index of its cell in each row. */
export type MappedColumn = readonly [field: ApplicantFieldKey, index: number];

export interface CheckedRows {
  /** The rows with something in an imported column, in file order; a position means an index here. */
  rows: SheetRow[];
  values: FieldColumns;
  /** The problems of each row that has any, by position (in the order normaliseValues reports them). */
  problems: Map<number, Problem[]>;
}

export type CheckProgress = (done: number, total: number) => void | Promise<void>;

const PROGRESS_EVERY = 5000;
const fieldKeySet = new Set<string>(applicantFieldKeys);

function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** The cells of the mapped columns, with the secretary's fixes over them; null for a row with nothing to import. */
export function rowValues(row: SheetRow, columns: readonly MappedColumn[], overrides: ImportOverrides): ApplicantValues | null {
  const values: ApplicantValues = {};
  let any = false;
  for (const [field, i] of columns) {
    const cell = row.cells[i] ?? null;
    values[field] = cell;
    if (!isBlank(cell)) any = true;
  }
  const fix = Object.hasOwn(overrides, String(row.rowNumber)) ? overrides[String(row.rowNumber)] : undefined;
  if (fix) {
    for (const [field, v] of Object.entries(fix)) {
      if (fieldKeySet.has(field) && typeof v === 'string') {
        values[field as ApplicantFieldKey] = v;
        any = true;
      }
    }
  }
  // A row with nothing in any imported column carries no applicant: templates often number
  // ("No." 1..500) far below the last real row. It is passed over, like a blank line.
  return any ? values : null;
}

/**
 * Checks every row of `table`: `rows`, `values` and `problems` say what `normaliseValues`
 * would say of `rowValues` of each row (rows that carry no applicant left out).
 * `onProgress` runs every few thousand rows; awaiting it lets other requests be served.
 */
export async function checkRows(
  table: SheetTable,
  columns: readonly MappedColumn[],
  overrides: ImportOverrides,
  today: Date,
  onProgress?: CheckProgress,
): Promise<CheckedRows> {
  const total = table.rows.length;
  const values: FieldColumns = {};
  const fields = columns.map(([f]) => f);
  const indexes = columns.map(([, i]) => i);
  // One array per mapped column, filled by position; a fix may add a field with no column.
  const arrays = fields.map((f) => (values[f] = new Array<string | undefined>(total)));
  const rules = fields.map((f) => cellRule(f, today));
  const required = requiredFields.map((f) => [f, fields.indexOf(f)] as const);
  const anyFixes = Object.keys(overrides).length > 0;
  const rows: SheetRow[] = [];
  const problems = new Map<number, Problem[]>();

  for (let i = 0; i < total; i++) {
    const row = table.rows[i];
    if (row) {
      const k = rows.length;
      let reasons: Problem[] | null = null;
      let carries = false;
      if (anyFixes && Object.hasOwn(overrides, String(row.rowNumber))) {
        const given = rowValues(row, columns, overrides);
        if (given !== null) {
          carries = true;
          const r = normaliseValues(given, today);
          for (const [f, v] of Object.entries(r.applicant) as [ApplicantFieldKey, string][]) {
            (values[f] ??= new Array<string | undefined>(total))[k] = v;
          }
          if (r.reasons.length > 0) reasons = r.reasons;
        }
      } else {
        const cells = row.cells;
        for (let c = 0; c < fields.length; c++) {
          const r = (rules[c] as CellRule)(cells[indexes[c] as number] ?? null);
          if (r === null) continue;
          carries = true;
          if (typeof r === 'string') (arrays[c] as (string | undefined)[])[k] = r;
          else (reasons ??= []).push(r);
        }
        // Every value came out empty: the row carries an applicant only if a cell is not blank
        // (a cell of zero-width spaces is, to the eye, and then its required fields are missing).
        if (!carries) carries = indexes.some((index) => !isBlank(cells[index] ?? null));
        if (carries) {
          for (const [f, c] of required) {
            if ((c < 0 || arrays[c]?.[k] === undefined) && !reasons?.some((p) => p.field === f)) (reasons ??= []).push(requiredProblem(f));
          }
        }
      }
      if (carries) {
        rows.push(row);
        if (reasons) problems.set(k, reasons);
      }
    }
    if ((i + 1) % PROGRESS_EVERY === 0 && onProgress) await onProgress(i + 1, total);
  }
  return { rows, values, problems };
}
