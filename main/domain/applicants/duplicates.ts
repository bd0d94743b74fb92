import type { Kysely } from 'kysely';
import type { Database } from '../../vault/schema';
import { fieldNames, problem, rowList, type Problem } from './problems';

/**
 * One person twice in a selection is reported, never merged: which of two rows is right is
 * the secretary's call. The keys are the registration number (compared without regard to
 * letter case: "jpt-001" and "JPT-001" are one number) and the NIK and NIP when present.
 */

export const uniqueFields = ['registrationNumber', 'nik', 'nip'] as const;
export type UniqueField = (typeof uniqueFields)[number];
export type UniqueValues = Partial<Record<UniqueField, string>>;

export function duplicateKey(field: UniqueField, value: string): string {
  return field === 'registrationNumber' ? value.toUpperCase() : value;
}

export interface KeyedRow {
  rowNumber: number;
  values: UniqueValues;
}

/** Rows of the file that share a key with another row: each gets a reason naming the others. */
export function duplicatesInFile(rows: KeyedRow[]): Map<number, Problem[]> {
  const out = new Map<number, Problem[]>();
  for (const field of uniqueFields) {
    // First sighting per key (an index into rows); a list only for the (rare) keys seen again.
    const first = new Map<string, number>();
    const groups = new Map<string, number[]>();
    rows.forEach((row, i) => {
      const value = row.values[field];
      if (value === undefined) return;
      const k = duplicateKey(field, value);
      const seen = first.get(k);
      if (seen === undefined) first.set(k, i);
      else {
        const g = groups.get(k);
        if (g) g.push(i);
        else groups.set(k, [seen, i]);
      }
    });
    const n = fieldNames[field];
    for (const group of groups.values()) {
      const same = group.map((i) => rows[i] as KeyedRow);
      for (const row of same) {
        // Name at most a few other rows (a column of one placeholder NIK can repeat thousands of times).
        const shown = same.slice(0, 6).filter((x) => x !== row).slice(0, 5).map((x) => x.rowNumber);
        const others = rowList(shown, same.length - 1);
        const v = row.values[field] ?? '';
        const p = problem(
          field,
          'DUPLICATE_IN_FILE',
          `${n.id} ${v} juga ada di ${others.id}. Hapus baris ganda atau perbaiki nomornya.`,
          `${n.en} ${v} also appears in ${others.en}. Remove the duplicate row or correct the number.`,
        );
        out.set(row.rowNumber, [...(out.get(row.rowNumber) ?? []), p]);
      }
    }
  }
  return out;
}

/** The keys already taken in a selection, by active and withdrawn applicants alike. */
export class ExistingApplicants {
  private readonly keys: Map<UniqueField, Map<string, 'active' | 'withdrawn'>>;

  private readonly empty: boolean;

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
