import { randomFillSync, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../vault/schema';

/**
 * The code scorers know an applicant by while scoring is blind (docs/architecture.md, "Roles and blindness"):
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

/** 2^32 rounded down to whole code spaces: random words at or above it are drawn again, so none is favoured. */
const UNBIASED_LIMIT = Math.floor(2 ** 32 / BLIND_CODE_SPACE) * BLIND_CODE_SPACE;
/** Room for an owner (a position below 2^29) beside a code number in one exact float64 (< 2^53). */
const OWNER_SPAN = 2 ** 29;

export interface SortedBlindCodes {
  /** The new codes in ascending order (which is also the order of their numbers). */
  codes: string[];
  /** owners[j]: which of the `count` new applicants (0..count-1) gets codes[j]. */
  owners: Uint32Array;
}

/**
 * `count` new codes, each drawn at random for one applicant, listed in code order: the
 * order the import stores them in. The same as `generateBlindCodes` then sorting, without
 * a crypto call per code or sorting strings (both measurable at 100,000 applicants).
 */
export function drawSortedBlindCodes(count: number, taken: ReadonlySet<string>): SortedBlindCodes {
  if (taken.size + count > BLIND_CODE_SPACE / 4) {
    throw new Error(`blind codes: ${taken.size + count} codes would fill more than a quarter of the code space`);
  }
  const drawn = new Set<number>();
  // code number * OWNER_SPAN + owner: sorting these numbers sorts by code and keeps the owner.
  const keys = new Float64Array(count);
  const words = new Uint32Array(Math.min(65_536, count + 64));
  let next = words.length;
  for (let owner = 0; owner < count;) {
    if (next === words.length) {
      randomFillSync(words);
      next = 0;
    }
    const word = words[next++] as number;
    if (word >= UNBIASED_LIMIT) continue;
    const n = word % BLIND_CODE_SPACE;
    if (drawn.has(n) || (taken.size > 0 && taken.has(codeOf(n)))) continue;
    drawn.add(n);
    keys[owner] = n * OWNER_SPAN + owner;
    owner++;
  }
  keys.sort();
  const codes = new Array<string>(count);
  const owners = new Uint32Array(count);
  for (let j = 0; j < count; j++) {
    const key = keys[j] as number;
    const n = Math.floor(key / OWNER_SPAN);
    codes[j] = codeOf(n);
    owners[j] = key - n * OWNER_SPAN;
  }
  return { codes, owners };
}

/** Every code ever given in a selection (withdrawn applicants keep theirs). */
export async function takenBlindCodes(db: Kysely<Database>, selectionId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('applicants').select('blind_code').where('selection_id', '=', selectionId).execute();
  return new Set(rows.map((r) => r.blind_code));
}

/** `drawSortedBlindCodes` for new applicants of a selection. Call inside the transaction that stores them. */
export async function newSortedBlindCodes(db: Kysely<Database>, selectionId: string, count: number): Promise<SortedBlindCodes> {
  return drawSortedBlindCodes(count, await takenBlindCodes(db, selectionId));
}

/** `count` codes for new applicants of a selection. Call inside the transaction that stores them. */
export async function newBlindCodes(db: Kysely<Database>, selectionId: string, count: number): Promise<string[]> {
  return generateBlindCodes(count, await takenBlindCodes(db, selectionId));
}
