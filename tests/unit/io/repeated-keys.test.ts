import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repeatedKeys } from '../../../main/domain/applicants/repeated-keys';

/** What repeated-keys.ts replaced: a Set of keys, upper-cased copies when caseless. */
function bySet(column: readonly (string | undefined)[], caseless: boolean): Set<string> | null {
  const seen = new Set<string>();
  let repeated: Set<string> | null = null;
  for (const value of column) {
    if (value === undefined) continue;
    const k = caseless ? value.toUpperCase() : value;
    if (seen.has(k)) (repeated ??= new Set()).add(k);
    seen.add(k);
  }
  return repeated;
}

// Few distinct characters, so that random columns repeat keys often; letters whose upper
// case is longer (ß -> SS) or outside ASCII (é -> É, ı -> I) test the caseless hashing.
const key = fc.string({
  unit: fc.constantFrom('a', 'A', 'b', 'B', '1', '-', 'ß', 'S', 'é', 'É', 'ı', 'I', 'i', '\u{1F600}'),
  maxLength: 4,
});
const column = fc.array(fc.option(key, { nil: undefined }), { maxLength: 60 });

describe('repeatedKeys', () => {
  it('finds exactly the keys a Set finds, case-sensitive or not', () => {
    fc.assert(
      fc.property(column, fc.boolean(), (values, caseless) => {
        expect(repeatedKeys(values, values.length, caseless)).toEqual(bySet(values, caseless));
      }),
      { numRuns: 2000 },
    );
  });

  it('folds case as toUpperCase does: "jpt-1" and "JPT-1", "straße" and "STRASSE"', () => {
    expect(repeatedKeys(['jpt-1', 'R-2', 'JPT-1'], 3, true)).toEqual(new Set(['JPT-1']));
    expect(repeatedKeys(['straße', 'STRASSE'], 2, true)).toEqual(new Set(['STRASSE']));
    expect(repeatedKeys(['jpt-1', 'JPT-1'], 2, false)).toBeNull();
  });

  it('looks only at the first `count` values and finds repeats in a large column', () => {
    const nik = Array.from({ length: 100_000 }, (_, i) => String(3171010101000000 + i));
    expect(repeatedKeys(nik, nik.length, false)).toBeNull();
    nik[99_999] = nik[17] as string;
    expect(repeatedKeys(nik, nik.length, false)).toEqual(new Set([nik[17]]));
    expect(repeatedKeys(nik, 99_999, false)).toBeNull();
  });
});
