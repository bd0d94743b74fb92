import { describe, expect, it } from 'vitest';
import {
  BLIND_CODE_PATTERN,
  BLIND_CODE_SPACE,
  drawSortedBlindCodes,
  generateBlindCodes,
  randomBlindCode,
} from '../../../main/domain/applicants/blind-codes';

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

  it('drawn for an import: one per applicant, distinct, avoiding those taken, listed in code order', () => {
    const taken = new Set(generateBlindCodes(5000, new Set()));
    const { codes, owners } = drawSortedBlindCodes(20_000, taken);
    expect(codes).toHaveLength(20_000);
    for (const c of codes) expect(c).toMatch(BLIND_CODE_PATTERN);
    expect(new Set(codes).size).toBe(20_000);
    expect(codes.some((c) => taken.has(c))).toBe(false);
    expect([...codes].sort()).toEqual(codes);
    // Every applicant gets exactly one code, and code order is not file order.
    expect([...owners].sort((x, y) => x - y)).toEqual(Array.from({ length: 20_000 }, (_, i) => i));
    expect([...owners]).not.toEqual([...owners].sort((x, y) => x - y));
    expect(new Set(codes.map((c) => c[0])).size).toBe(23);
    expect(() => drawSortedBlindCodes(BLIND_CODE_SPACE / 4, taken)).toThrow(/quarter of the code space/);
  });
});
