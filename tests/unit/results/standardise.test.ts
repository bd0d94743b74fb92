import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../shared/results/results';
import { meanAndSd, standardise } from '../../../shared/results/standardise';
import { active, numericScale, onePanel, scoresFrom } from './fixtures';

describe('per-member standardisation', () => {
  it('population mean and sd', () => {
    expect(meanAndSd([2, 4, 4, 5])).toEqual({ mean: 3.75, sd: Math.sqrt(1.1875) });
    expect(meanAndSd([])).toBeNull();
  });

  it('golden: z against the member, rescaled with the pooled panel mean and sd', () => {
    // m1: A 2, B 4 (mean 3, sd 1): z -1, +1.  m2: A 4, B 5 (mean 4.5, sd 0.5): z -1, +1.
    // pooled 2, 4, 4, 5: mean 3.75, sd sqrt(4.75 / 4) = 1.0897247358850...
    // A: 3.75 - 1.0897.. = 2.6602752641.. for both members; B: 4.8397247359..
    const scores = scoresFrom({ A: { c: [2, 4] }, B: { c: [4, 5] } });
    const r = computeResults(onePanel(numericScale(1, 5), scores, [active('A'), active('B')], { standardise: true }));
    const c = (id: string) => r.applicants.find((a) => a.applicantId === id)!.stages[0]!.criteria[0]!;
    expect(c('A').aggregate).toBeCloseTo(2.6602752641, 9);
    expect(c('B').aggregate).toBeCloseTo(4.8397247359, 9);
    expect(c('A')).toMatchObject({ rawAggregate: 3, spread: 2 });
    expect(c('B')).toMatchObject({ rawAggregate: 4.5, spread: 1 });
    expect(r.options.standardise).toBe(true);
    expect(r.method.en).toContain('With per-member standardisation');
    expect(computeResults(onePanel(numericScale(1, 5), scores, [active('A'), active('B')])).method.id).toContain('Tanpa standardisasi');
  });

  it('a member whose scores do not vary counts as the panel mean; values stay on the scale', () => {
    // m1: 1, 5 (z -1, +1); m2: 3, 3 (sd 0 -> z 0). Pooled 1, 5, 3, 3: mean 3, sd sqrt 2.
    const out = standardise(
      [
        { personId: 'm1', applicantId: 'A', value: 1 },
        { personId: 'm1', applicantId: 'B', value: 5 },
        { personId: 'm2', applicantId: 'A', value: 3 },
        { personId: 'm2', applicantId: 'B', value: 3 },
      ],
      { min: 1, max: 5 },
    );
    expect(out.get('m1\u0000A')).toBeCloseTo(3 - Math.SQRT2, 12);
    expect(out.get('m1\u0000B')).toBeCloseTo(3 + Math.SQRT2, 12);
    expect(out.get('m2\u0000A')).toBe(3);
    // m1 spreads 1..5 over four applicants; m2 is narrow: rescaled values are clamped to 1-5
    const wide = standardise(
      [1, 1, 1, 5]
        .map((value, i) => ({ personId: 'm1', applicantId: `a${i}`, value }))
        .concat([1, 5, 1, 5].map((value, i) => ({ personId: 'm2', applicantId: `a${i}`, value }))),
      { min: 1, max: 5 },
    );
    // m1's 5: z = 3 / sqrt 3; pooled mean 2.5, sd sqrt 3.75 -> 2.5 + 1.936 x 1.732 = 5.85, clamped
    expect(wide.get('m1\u0000a3')).toBe(5);
    expect(Math.max(...wide.values())).toBeLessThanOrEqual(5);
    expect(Math.min(...wide.values())).toBeGreaterThanOrEqual(1);
  });
});
