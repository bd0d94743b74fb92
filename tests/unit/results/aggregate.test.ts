import { describe, expect, it } from 'vitest';
import { aggregate, median, trimmedMean } from '../../../shared/results/aggregate';
import { computeResults } from '../../../shared/results/results';
import { active, numericScale, onePanel, scoresFrom } from './fixtures';

describe('aggregation methods', () => {
  it('median: the middle value, or the mean of the two middle ones', () => {
    expect(median([95, 40, 72, 80, 70])).toBe(72);
    expect(median([95, 40, 80, 70])).toBe(75);
    expect(median([])).toBeNull();
  });

  it('trimmed mean drops one highest and one lowest from five scorers up, and says so', () => {
    expect(trimmedMean([40, 70, 72, 80, 95])).toEqual({ value: 74, trimmed: true });
    expect(trimmedMean([40, 70, 80, 95])).toEqual({ value: 71.25, trimmed: false });
    // Only one of several equal extremes goes: 1,1,4,4,4 -> 1,4,4
    expect(trimmedMean([1, 1, 4, 4, 4])).toEqual({ value: 3, trimmed: true });
  });

  it('nothing scored: no value', () => {
    expect(aggregate([], 'mean')).toBeNull();
    expect(aggregate([], 'trimmed')).toBeNull();
  });

  it('golden: five members 40, 70, 72, 80, 95 give mean 71.4, median 72, trimmed 74', () => {
    const scores = scoresFrom({ a: { c: [40, 70, 72, 80, 95] }, b: { c: [40, 70, 80, 95] } });
    const at = (method: 'mean' | 'median' | 'trimmed', id: string) =>
      computeResults(onePanel(numericScale(0, 100), scores, [active('a'), active('b')], { method })).applicants.find(
        (x) => x.applicantId === id,
      )!.stages[0]!.criteria[0]!;
    expect(at('mean', 'a').aggregate).toBeCloseTo(71.4, 12);
    expect(at('median', 'a').aggregate).toBe(72);
    expect(at('trimmed', 'a')).toMatchObject({ aggregate: 74, trimmed: true, scorers: 5 });
    // four scorers: the trimmed mean is the mean (71.25), the median 75
    expect(at('trimmed', 'b')).toMatchObject({ aggregate: 71.25, trimmed: false, scorers: 4 });
    expect(at('median', 'b').aggregate).toBe(75);
  });

  it('an applicant with fewer scorers than the minimum is flagged, still counted', () => {
    const scores = scoresFrom({ a: { c: [70, 80, 90] }, b: { c: [60] } });
    const r = computeResults(onePanel(numericScale(0, 100), scores, [active('a'), active('b')], { minScorers: 2 }));
    const b = r.applicants.find((x) => x.applicantId === 'b')!;
    expect(b.flags.tooFewScorers).toEqual([{ stageId: 's', criterionId: 'c' }]);
    expect(b.stages[0]!.criteria[0]).toMatchObject({ scorers: 1, tooFewScorers: true, spread: null, aggregate: 60 });
    expect(b.rank).toBe(2);
    const r3 = computeResults(onePanel(numericScale(0, 100), scores, [active('a'), active('b')], { minScorers: 3 }));
    expect(r3.applicants.find((x) => x.applicantId === 'a')!.flags.tooFewScorers).toEqual([]);
  });
});
