import { randomUUID } from 'node:crypto';
import { CompiledQuery, type Kysely } from 'kysely';
import type { ApplicantFieldKey } from '../../../shared/selection/applicant-fields';
import type { ApplicantsTable, Database } from '../../vault/schema';
import type { NormalisedApplicant } from './fields';

/** Fields with a column of their own (searched, checked for duplicates, shown as identity). */
const columnFields = new Set<ApplicantFieldKey>(['registrationNumber', 'name', 'nik', 'nip']);

const COLUMNS = [
  'id',
  'selection_id',
  'registration_number',
  'blind_code',
  'name',
  'nik',
  'nip',
  'fields',
  'status',
  'withdrawn_reason',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof ApplicantsTable)[];

/** SQLite's default limit of bound variables per statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32). */
const MAX_VARIABLES = 32766;
/** Rows per multi-row INSERT: as many as the variable limit allows. */
export const INSERT_CHUNK = Math.floor(MAX_VARIABLES / COLUMNS.length);

/** The JSON `fields` of an applicant: every present field that has no column of its own. */
export function otherFieldsJson(applicant: NormalisedApplicant): string {
  const fields: Partial<Record<ApplicantFieldKey, string>> = {};
  for (const [k, v] of Object.entries(applicant) as [ApplicantFieldKey, string | undefined][]) {
    if (v !== undefined && !columnFields.has(k)) fields[k] = v;
  }
  return JSON.stringify(fields);
}

/** The values of one new applicant row, in COLUMNS order. */
function rowParameters(selectionId: string, a: NormalisedApplicant, blindCode: string, at: string): (string | null)[] {
  return [randomUUID(), selectionId, a.registrationNumber, blindCode, a.name, a.nik ?? '', a.nip ?? '', otherFieldsJson(a), 'active', null, at, at];
}

function insertSql(rows: number): string {
  const one = `(${COLUMNS.map(() => '?').join(', ')})`;
  return `insert into "applicants" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) values ${Array(rows).fill(one).join(', ')}`;
}

/** Lets a waiting request (a progress poll) be served between chunks of a long import. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export interface NewApplicant {
  applicant: NormalisedApplicant;
  blindCode: string;
}

/**
 * Inserts new applicants inside the caller's transaction, in multi-row statements built
 * once per chunk size (Kysely's builder spent longer walking 1.2 million values than
 * SQLite spent storing them). Rows go in blind-code order, so the table's physical order
 * (rowid) says nothing about the file's order, which is often alphabetical or by number.
 */
export async function insertApplicants(
  db: Kysely<Database>,
  selectionId: string,
  applicants: NewApplicant[],
  at: string,
  onChunk?: (stored: number) => void,
): Promise<void> {
  const ordered = [...applicants].sort((a, b) => (a.blindCode < b.blindCode ? -1 : a.blindCode > b.blindCode ? 1 : 0));
  const statements = new Map<number, string>();
  for (let i = 0; i < ordered.length; i += INSERT_CHUNK) {
    const chunk = ordered.slice(i, i + INSERT_CHUNK);
    const params: (string | null)[] = [];
    for (const n of chunk) params.push(...rowParameters(selectionId, n.applicant, n.blindCode, at));
    let text = statements.get(chunk.length);
    if (text === undefined) {
      text = insertSql(chunk.length);
      statements.set(chunk.length, text);
    }
    await db.executeQuery(CompiledQuery.raw(text, params));
    onChunk?.(i + chunk.length);
    await yieldToEventLoop();
  }
}
