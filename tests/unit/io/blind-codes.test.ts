import { describe, expect, it } from 'vitest';
import { BLIND_CODE_PATTERN, BLIND_CODE_SPACE, generateBlindCodes, randomBlindCode } from '../../../main/domain/applicants/blind-codes';

describe('blind codes', () => {
  it('look like KTM-482: three letters without I, O or Q, three digits', () => {
    for (let i = 0; i < 2000; i++) {
      const c = randomBlindCode();
      expect(c).toMatch(BLIND_CODE_PATTERN);
      expect(c).not.toMatch(/[IOQ]/);
    }
    expect(BLIND_CODE_SPACE).toBe(23 ** 3 * 1000);
  });

  it('are unique and avoid the codes already taken', () => {
    const taken = new Set(generateBlindCodes(5000, new Set()));
    expect(taken.size).toBe(5000);
    const more = generateBlindCodes(20_000, taken);
    expect(new Set(more).size).toBe(20_000);
    expect(more.some((c) => taken.has(c))).toBe(false);
  });

  it('are spread over the alphabet, not derived from order', () => {
    const codes = generateBlindCodes(20_000, new Set());
    const firstLetters = new Set(codes.map((c) => c[0]));
    expect(firstLetters.size).toBe(23);
    const sorted = [...codes].sort();
    expect(codes).not.toEqual(sorted);
  });
});
