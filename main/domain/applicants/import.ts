import type { Kysely } from 'kysely';
import type { ImportPreview, ImportResult } from '../../../shared/contract/setup-types';
import { PanelisError } from '../../../shared/errors';
import { applicantFieldKeys, type ApplicantFieldKey } from '../../../shared/selection/applicant-fields';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';
import { newBlindCodes } from './blind-codes';
import { duplicatesInFile, ExistingApplicants } from './duplicates';
import { normaliseValues, type ApplicantValues, type NormalisedApplicant } from './fields';
import { checkMapping, parseRememberedMapping, proposeMapping, type ImportMapping } from './mapping';
import type { Problem } from './problems';
import { insertApplicants } from './store';
import type { Cell, SheetRow, SheetTable } from './table';

/**
 * Importing applicants from a spreadsheet: a preview that says, row by row, what would be
 * refused and why, and a commit that writes all rows or none. The commit checks everything
 * again inside its transaction, so what is written is what was just checked, whatever
 * happened since the preview.
 */

/** Values the secretary typed to fix a rejected row in place, by the row's spreadsheet number. */
export type ImportOverrides = Record<string, Partial<Record<ApplicantFieldKey, string>>>;

/** ImportPreview less what the caller knows about the file (its id, name and hash). */
export type ImportCheck = Omit<ImportPreview, 'importId' | 'fileName' | 'sha256'>;

export type ImportPhase = 'checking' | 'saving';
export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void;

export interface ImportedFile {
  name: string;
  sha256: string;
}

export const SAMPLE_SIZE = 20;
const PROGRESS_EVERY = 5000;
const fieldKeySet = new Set<string>(applicantFieldKeys);

interface Checked {
  check: ImportCheck;
  accepted: NormalisedApplicant[];
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** A cell as the secretary would type it back into the fix-in-place form. */
function displayValue(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime())
      ? ''
      : `${twoDigits(cell.getUTCDate())}/${twoDigits(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
  }
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(15)));
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell.trim();
}

function rowValues(row: SheetRow, columns: [ApplicantFieldKey, number][], overrides: ImportOverrides): ApplicantValues | null {
  const values: ApplicantValues = {};
  let any = false;
  for (const [field, i] of columns) {
    const cell = row.cells[i] ?? null;
    values[field] = cell;
    if (cell !== null && !(typeof cell === 'string' && cell.trim() === '')) any = true;
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

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

async function checkTable(
  db: Kysely<Database>,
  selectionId: string,
  table: SheetTable,
  mapping: ImportMapping | undefined,
  overrides: ImportOverrides,
  today: Date,
  onProgress?: ImportProgress,
): Promise<Checked> {
  const selection = await db
    .selectFrom('selections')
    .select(['id', 'import_mapping'])
    .where('id', '=', selectionId)
    .executeTakeFirst();
  if (!selection) throw new PanelisError('SELECTION_NOT_FOUND');
  const effective = checkMapping(
    table.headers,
    mapping ?? proposeMapping(table.headers, parseRememberedMapping(selection.import_mapping)),
  );
  const columns: [ApplicantFieldKey, number][] = [];
  table.headers.forEach((h, i) => {
    const f = effective[h];
    if (f) columns.push([f, i]);
  });
  const existing = await ExistingApplicants.load(db, selectionId);

  interface Checking {
    row: SheetRow;
    rowNumber: number;
    /** The normalised values (those that passed), also the keys for duplicates. */
    values: Partial<Record<ApplicantFieldKey, string>>;
    reasons: Problem[];
  }
  const checked: Checking[] = [];
  const total = table.rows.length;
  for (let i = 0; i < total; i++) {
    const row = table.rows[i];
    if (!row) continue;
    const values = rowValues(row, columns, overrides);
    if (values === null) continue;
    const { applicant, reasons } = normaliseValues(values, today);
    for (const p of existing.clashes(applicant)) reasons.push(p);
    checked.push({ row, rowNumber: row.rowNumber, values: applicant, reasons });
    if ((i + 1) % PROGRESS_EVERY === 0) {
      onProgress?.('checking', i + 1, total);
      await yieldToEventLoop();
    }
  }
  const inFile = duplicatesInFile(checked);

  const accepted: NormalisedApplicant[] = [];
  const rejected: ImportPreview['rejected'] = [];
  for (const c of checked) {
    const dup = inFile.get(c.rowNumber);
    const reasons = dup ? [...c.reasons, ...dup] : c.reasons;
    if (reasons.length === 0) {
      accepted.push(c.values as NormalisedApplicant);
      continue;
    }
    // The row as mapped (and as fixed so far), for the secretary to correct in place.
    const values: Partial<Record<ApplicantFieldKey, string>> = {};
    for (const [field, cell] of Object.entries(rowValues(c.row, columns, overrides) ?? {}) as [ApplicantFieldKey, Cell][]) {
      values[field] = displayValue(cell);
    }
    rejected.push({ rowNumber: c.rowNumber, reasons, values });
  }
  onProgress?.('checking', total, total);
  return {
    check: {
      headers: table.headers,
      mapping: effective,
      totalRows: checked.length,
      acceptedRows: accepted.length,
      rejected,
      sample: accepted.slice(0, SAMPLE_SIZE).map((a) => ({ ...a })),
    },
    accepted,
  };
}

/**
 * What importing `table` would do, writing nothing. `mapping` undefined: the selection's
 * remembered mapping for the headers it knows, header matching for the rest.
 */
export async function previewImport(
  vault: Vault,
  selectionId: string,
  table: SheetTable,
  mapping: ImportMapping | undefined,
  overrides: ImportOverrides,
  today: Date,
  onProgress?: ImportProgress,
): Promise<ImportCheck> {
  return (await checkTable(vault.db, selectionId, table, mapping, overrides, today, onProgress)).check;
}

/**
 * Stores every row of `table`, or nothing: one transaction holds the check, the inserts,
 * the remembered mapping and the audit event. Any rejected row refuses the whole import
 * (IMPORT_REJECTED_ROWS). The audit event records the file (name and SHA-256), the mapping
 * and the count, not the applicants' data.
 */
export async function commitImport(
  vault: Vault,
  actor: Actor,
  selectionId: string,
  table: SheetTable,
  mapping: ImportMapping,
  overrides: ImportOverrides,
  file: ImportedFile,
  today: Date,
  onProgress?: ImportProgress,
  now: () => Date = () => new Date(),
): Promise<ImportResult> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const { check, accepted } = await checkTable(trx, selectionId, table, mapping, overrides, today, onProgress);
      if (check.rejected.length > 0) throw new PanelisError('IMPORT_REJECTED_ROWS', { count: check.rejected.length });
      const at = now().toISOString();
      const codes = await newBlindCodes(trx, selectionId, accepted.length);
      const fresh = accepted.map((applicant, i) => ({ applicant, blindCode: codes[i] as string }));
      onProgress?.('saving', 0, fresh.length);
      await insertApplicants(vault.raw, selectionId, fresh, at, (stored) => onProgress?.('saving', stored, fresh.length));
      await trx
        .updateTable('selections')
        .set({ import_mapping: JSON.stringify(check.mapping), updated_at: at })
        .where('id', '=', selectionId)
        .execute();
      return {
        value: { imported: fresh.length, sha256: file.sha256 },
        audit: {
          action: 'applicants.import',
          subject: `selection:${selectionId}`,
          after: { imported: fresh.length },
          extra: { fileName: file.name, sha256: file.sha256, mapping: check.mapping },
        },
      };
    },
    now,
  );
}
