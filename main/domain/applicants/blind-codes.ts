import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../vault/schema';

/**
 * The code scorers know an applicant by while scoring is blind (DESIGN.md section 5):
 * "KTM-482". Three letters and three digits are short enough to say aloud in a panel
 * room; I, O and Q are left out because they are read as 1, 0 and O. Each code is drawn
 * at random (crypto.randomInt), so it tells nothing about the applicant's name, number or
 * place in the file; it is stored once and never changes. Applicants are withdrawn, never
 * deleted, so a code once given stays taken in its selection and is never given again.
 */

export const BLIND_CODE_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
export const BLIND_CODE_PATTERN = /^[ABCDEFGHJKLMNPRSTUVWXYZ]{3}-\d{3}$/;
/** 23^3 * 1000 = 12,167,000 codes per selection. */
export const BLIND_CODE_SPACE = BLIND_CODE_LETTERS.length ** 3 * 1000;

function codeOf(n: number): string {
  const digits = n % 1000;
  let rest = Math.floor(n / 1000);
  let letters = '';
  for (let i = 0; i < 3; i++) {
    letters = BLIND_CODE_LETTERS[rest % BLIND_CODE_LETTERS.length] + letters;
    rest = Math.floor(rest / BLIND_CODE_LETTERS.length);
  }
  return `${letters}-${String(digits).padStart(3, '0')}`;
}

export function randomBlindCode(): string {
  return codeOf(randomInt(0, BLIND_CODE_SPACE));
}

/** `count` new codes, distinct from each other and from `taken`. */
export function generateBlindCodes(count: number, taken: ReadonlySet<string>): string[] {
  // Keep the space sparse, so drawing again on a collision stays cheap and codes stay
  // hard to guess. A selection of a million applicants would hit this; none has.
  if (taken.size + count > BLIND_CODE_SPACE / 4) {
    throw new Error(`blind codes: ${taken.size + count} codes would fill more than a quarter of the code space`);
  }
  const fresh = new Set<string>();
  while (fresh.size < count) {
    const code = randomBlindCode();
    if (!taken.has(code)) fresh.add(code);
  }
  return [...fresh];
}

/** Every code ever given in a selection (withdrawn applicants keep theirs). */
export async function takenBlindCodes(db: Kysely<Database>, selectionId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('applicants').select('blind_code').where('selection_id', '=', selectionId).execute();
  return new Set(rows.map((r) => r.blind_code));
}

/** `count` codes for new applicants of a selection. Call inside the transaction that stores them. */
export async function newBlindCodes(db: Kysely<Database>, selectionId: string, count: number): Promise<string[]> {
  return generateBlindCodes(count, await takenBlindCodes(db, selectionId));
}
