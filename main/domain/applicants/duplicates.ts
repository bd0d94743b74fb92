import type { Kysely } from 'kysely';
import type { Database } from '../../vault/schema';
import { fieldNames, problem, rowList, type Problem } from './problems';
import { keyOf, repeatedKeys } from './repeated-keys';

/**
 * One person twice in a selection is reported, never merged: which of two rows is right is
 * the secretary's call. The keys are the registration number (compared without regard to
 * letter case: "jpt-001" and "JPT-001" are one number) and the NIK and NIP when present.
 */

export const uniqueFields = ['registrationNumber', 'nik', 'nip'] as const;
export type UniqueField = (typeof uniqueFields)[number];
export type UniqueValues = Partial<Record<UniqueField, string>>;

/** Registration numbers compare without regard to letter case; NIK and NIP are digits. */
function caseless(field: UniqueField): boolean {
  return field === 'registrationNumber';
}

export function duplicateKey(field: UniqueField, value: string): string {
  return keyOf(value, caseless(field));
}

/** The key columns of the checked rows: one entry per row (undefined: absent or refused). */
export type KeyColumns = Partial<Record<UniqueField, readonly (string | undefined)[]>>;

/**
 * Rows of the file that share a key with another row: each gets a reason naming the others,
 * by its position in `rows` (whose spreadsheet numbers the reasons name).
 */
export function duplicatesInFile(rows: readonly { rowNumber: number }[], keys: KeyColumns): Map<number, Problem[]> {
  const out = new Map<number, Problem[]>();
  for (const field of uniqueFields) {
    const column = keys[field];
    if (!column) continue;
    const repeated = repeatedKeys(column, rows.length, caseless(field));
    if (repeated === null) continue;
    // Only when some key repeats: gather the rows that share it.
    const groups = new Map<string, number[]>();
    for (let i = 0; i < rows.length; i++) {
      const value = column[i];
      if (value === undefined) continue;
      const k = duplicateKey(field, value);
      if (!repeated.has(k)) continue;
      const g = groups.get(k);
      if (g) g.push(i);
      else groups.set(k, [i]);
    }
    const n = fieldNames[field];
    for (const group of groups.values()) {
      for (const i of group) {
        // Name at most a few other rows (a column of one placeholder NIK can repeat thousands of times).
        const shown = group
          .slice(0, 6)
          .filter((x) => x !== i)
          .slice(0, 5)
          .map((x) => (rows[x] as { rowNumber: number }).rowNumber);
        const others = rowList(shown, group.length - 1);
        const v = column[i] ?? '';
        const p = problem(
          field,
          'DUPLICATE_IN_FILE',
          `${n.id} ${v} juga ada di ${others.id}. Hapus baris ganda atau perbaiki nomornya.`,
          `${n.en} ${v} also appears in ${others.en}. Remove the duplicate row or correct the number.`,
        );
        const list = out.get(i);
        if (list) list.push(p);
        else out.set(i, [p]);
      }
    }
  }
  return out;
}

/** The keys already taken in a selection, by active and withdrawn applicants alike. */
export class ExistingApplicants {
  private readonly keys: Map<UniqueField, Map<string, 'active' | 'withdrawn'>>;

  /** No applicant yet (the first import into a selection): nothing can clash. */
  readonly empty: boolean;

  private constructor(keys: Map<UniqueField, Map<string, 'active' | 'withdrawn'>>) {
    this.keys = keys;
    this.empty = [...keys.values()].every((m) => m.size === 0);
  }

  /** `exceptId`: leave one applicant out (the one being edited). */
  static async load(db: Kysely<Database>, selectionId: string, exceptId?: string): Promise<ExistingApplicants> {
    let q = db.selectFrom('applicants').select(['registration_number', 'nik', 'nip', 'status']).where('selection_id', '=', selectionId);
    if (exceptId) q = q.where('id', '!=', exceptId);
    const rows = await q.execute();
    const keys = new Map<UniqueField, Map<string, 'active' | 'withdrawn'>>(uniqueFields.map((f) => [f, new Map()]));
    for (const r of rows) {
      keys.get('registrationNumber')?.set(duplicateKey('registrationNumber', r.registration_number), r.status);
      if (r.nik !== '') keys.get('nik')?.set(r.nik, r.status);
      if (r.nip !== '') keys.get('nip')?.set(r.nip, r.status);
    }
    return new ExistingApplicants(keys);
  }

  /** Whether `other` holds the same keys with the same statuses: then every clash found is the same. */
  sameKeys(other: ExistingApplicants): boolean {
    for (const field of uniqueFields) {
      const mine = this.keys.get(field);
      const theirs = other.keys.get(field);
      if (!mine || !theirs || mine.size !== theirs.size) return false;
      for (const [key, status] of mine) if (theirs.get(key) !== status) return false;
    }
    return true;
  }

  /** Reasons this applicant clashes with one already in the selection. */
  clashes(values: UniqueValues): Problem[] {
    if (this.empty) return [];
    const out: Problem[] = [];
    for (const field of uniqueFields) {
      const v = values[field];
      if (v === undefined) continue;
      const status = this.keys.get(field)?.get(duplicateKey(field, v));
      if (status === undefined) continue;
      const n = fieldNames[field];
      const withdrawn = status === 'withdrawn';
      out.push(
        problem(
          field,
          'DUPLICATE_IN_VAULT',
          `${n.id} ${v} sudah terdaftar di seleksi ini${withdrawn ? ' (pelamar yang telah mengundurkan diri)' : ''}.`,
          `${n.en} ${v} is already registered in this selection${withdrawn ? ' (an applicant who withdrew)' : ''}.`,
        ),
      );
    }
    return out;
  }
}
