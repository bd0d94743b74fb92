import type { Kysely } from 'kysely';
import type { ImportPreview, ImportResult } from '../../../shared/contract/setup-types';
import { PanelisError } from '../../../shared/errors';
import type { ApplicantFieldKey } from '../../../shared/selection/applicant-fields';
import { importMappingColumn } from '../../vault/codecs/columns';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';
import { newSortedBlindCodes } from './blind-codes';
import { CheckMemo } from './check-memo';
import { checkRows, rowValues, type CheckedRows, type ImportOverrides, type MappedColumn } from './check-rows';
import { duplicatesInFile, ExistingApplicants } from './duplicates';
import { normaliseValues } from './fields';
import { checkMapping, parseRememberedMapping, proposeMapping, type ImportMapping } from './mapping';
import { insertApplicants } from './store';
import type { Cell, SheetRow, SheetTable } from './table';

/**
 * Importing applicants from a spreadsheet: a preview that says, row by row, what would be
 * refused and why, and a commit that writes all rows or none. Inside its transaction the
 * commit checks everything again, or takes the preview's check when nothing it depends on
 * has changed since (check-memo.ts), so what is written is what was just checked, whatever
 * happened since the preview.
 */

export type { ImportOverrides } from './check-rows';

/** ImportPreview less what the caller knows about the file (its id, name and hash). */
export type ImportCheck = Omit<ImportPreview, 'importId' | 'fileName' | 'sha256'>;

export type ImportPhase = 'checking' | 'saving';
export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void;

export interface ImportedFile {
  name: string;
  sha256: string;
}

export const SAMPLE_SIZE = 20;

interface Checked {
  check: ImportCheck;
  rows: CheckedRows;
  /** Positions (in rows) of the accepted rows, in file order. */
  accepted: number[];
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

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** What a check needs from the vault and the mapping, read in the transaction that uses it. */
interface Prepared {
  mapping: ImportMapping;
  columns: MappedColumn[];
  existing: ExistingApplicants;
}

async function prepareCheck(
  db: Kysely<Database>,
  selectionId: string,
  table: SheetTable,
  mapping: ImportMapping | undefined,
): Promise<Prepared> {
  const selection = await db.selectFrom('selections').select(['id', 'import_mapping']).where('id', '=', selectionId).executeTakeFirst();
  if (!selection) throw new PanelisError('SELECTION_NOT_FOUND');
  const effective = checkMapping(table.headers, mapping ?? proposeMapping(table.headers, parseRememberedMapping(selection.import_mapping)));
  const columns: MappedColumn[] = [];
  table.headers.forEach((h, i) => {
    const f = effective[h];
    if (f) columns.push([f, i]);
  });
  return { mapping: effective, columns, existing: await ExistingApplicants.load(db, selectionId) };
}

async function checkTable(
  prepared: Prepared,
  table: SheetTable,
  overrides: ImportOverrides,
  today: Date,
  onProgress?: ImportProgress,
): Promise<Checked> {
  const { columns, existing } = prepared;
  const total = table.rows.length;
  const rows = await checkRows(table, columns, overrides, today, async (done) => {
    onProgress?.('checking', done, total);
    await yieldToEventLoop();
  });
  const { values, problems } = rows;
  if (!existing.empty) {
    for (let k = 0; k < rows.rows.length; k++) {
      const clashes = existing.clashes({ registrationNumber: values.registrationNumber?.[k], nik: values.nik?.[k], nip: values.nip?.[k] });
      if (clashes.length > 0) problems.set(k, [...(problems.get(k) ?? []), ...clashes]);
    }
  }
  const inFile = duplicatesInFile(rows.rows, values);

  const accepted: number[] = [];
  const rejected: ImportPreview['rejected'] = [];
  for (let k = 0; k < rows.rows.length; k++) {
    const own = problems.get(k);
    const dup = inFile.get(k);
    if (!own && !dup) {
      accepted.push(k);
      continue;
    }
    const row = rows.rows[k] as SheetRow;
    // The row as mapped (and as fixed so far), for the secretary to correct in place.
    const shown: Partial<Record<ApplicantFieldKey, string>> = {};
    for (const [field, cell] of Object.entries(rowValues(row, columns, overrides) ?? {}) as [ApplicantFieldKey, Cell][]) {
      shown[field] = displayValue(cell);
    }
    rejected.push({ rowNumber: row.rowNumber, reasons: [...(own ?? []), ...(dup ?? [])], values: shown });
  }
  onProgress?.('checking', total, total);
  // The sample as normaliseValues gives it (its key order included): a few rows, checked again.
  const sample = accepted
    .slice(0, SAMPLE_SIZE)
    .map((k) => ({ ...normaliseValues(rowValues(rows.rows[k] as SheetRow, columns, overrides) ?? {}, today).applicant }));
  return {
    check: {
      headers: table.headers,
      mapping: prepared.mapping,
      totalRows: rows.rows.length,
      acceptedRows: accepted.length,
      rejected,
      sample,
    },
    rows,
    accepted,
  };
}

/** The last preview of each table, for its commit (check-memo.ts). */
const previews = new CheckMemo<Checked>();

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
  const prepared = await prepareCheck(vault.db, selectionId, table, mapping);
  const checked = await checkTable(prepared, table, overrides, today, onProgress);
  previews.remember(table, { selectionId, mapping: prepared.mapping, overrides, today, existing: prepared.existing }, checked);
  return checked.check;
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
      const prepared = await prepareCheck(trx, selectionId, table, mapping);
      const inputs = { selectionId, mapping: prepared.mapping, overrides, today, existing: prepared.existing };
      const recalled = previews.recall(table, inputs);
      if (recalled) onProgress?.('checking', table.rows.length, table.rows.length);
      const { check, rows, accepted } = recalled ?? (await checkTable(prepared, table, overrides, today, onProgress));
      previews.forget(table);
      if (check.rejected.length > 0) throw new PanelisError('IMPORT_REJECTED_ROWS', { count: check.rejected.length });
      const at = now().toISOString();
      // Each accepted row gets a random code; rows are stored in code order.
      const { codes, owners } = await newSortedBlindCodes(trx, selectionId, accepted.length);
      const positions = Uint32Array.from(owners, (o) => accepted[o] as number);
      onProgress?.('saving', 0, positions.length);
      await insertApplicants(vault.raw, selectionId, { values: rows.values, positions, blindCodes: codes }, at, (stored) =>
        onProgress?.('saving', stored, positions.length),
      );
      await trx
        .updateTable('selections')
        .set({ import_mapping: importMappingColumn.encode(check.mapping), updated_at: at })
        .where('id', '=', selectionId)
        .execute();
      return {
        value: { imported: positions.length, sha256: file.sha256 },
        audit: {
          action: 'applicants.import',
          subject: `selection:${selectionId}`,
          after: { imported: positions.length },
          extra: { fileName: file.name, sha256: file.sha256, mapping: check.mapping },
        },
      };
    },
    now,
  );
}
