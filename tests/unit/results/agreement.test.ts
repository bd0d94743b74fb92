import { describe, expect, it } from 'vitest';
import { agreementBand, iccTwoK } from '../../../shared/results/agreement';
import { computeResults } from '../../../shared/results/results';
import { active, numericScale, onePanel, scoresFrom } from './fixtures';

/** Shrout & Fleiss (1979), Table 2: six targets, four judges. */
const shroutFleiss = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe('inter-rater agreement, ICC(2,k)', () => {
  it('reproduces Shrout & Fleiss: BMS 11.24, JMS 32.49, EMS 1.02, ICC(2,4) = .62', () => {
    // (11.2417 - 1.0194) / (11.2417 + (32.4861 - 1.0194) / 6) = 10.2222 / 16.4861 = 0.62005
    const { icc, gap } = iccTwoK(shroutFleiss);
    expect(gap).toBeNull();
    expect(icc).toBeCloseTo(0.62005, 5);
    expect(agreementBand(icc!)).toBe('moderate');
  });

  it('through the results, with a recused applicant left out and named', () => {
    const table = Object.fromEntries(shroutFleiss.map((row, i) => [`t${i + 1}`, { c: row }]));
    const scores = [...scoresFrom(table), ...scoresFrom({ t7: { c: [5, 5, 5, 5] } })];
    const input = onePanel(numericScale(0, 10), scores, [...shroutFleiss.map((_, i) => active(`t${i + 1}`)), active('t7')]);
    const r = computeResults({
      ...input,
      stages: input.stages.map((s) => (s.type === 'panel' ? { ...s, recusals: [{ personId: 'm2', applicantId: 't7' }] } : s)),
    });
    const a = r.agreement[0]!;
    expect(a).toMatchObject({
      stageId: 's',
      criterionId: 'c',
      members: ['m1', 'm2', 'm3', 'm4'],
      leftOut: ['t7'],
      band: 'moderate',
      gap: null,
    });
    expect(a.applicants).toEqual(['t1', 't2', 't3', 't4', 't5', 't6']);
    expect(a.icc).toBeCloseTo(0.62005, 5);
    expect(a.text.en).toBe(
      'Moderate agreement between members (ICC 0.50–0.75): they broadly order the applicants alike, with notable differences. Bands after Koo & Li (2016). 1 applicant not scored by every member was left out.',
    );
    expect(a.text.id).toContain('1 pelamar yang tidak dinilai oleh semua anggota tidak disertakan.');
    // t7's aggregate is over the three others
    expect(r.applicants.find((x) => x.applicantId === 't7')!.stages[0]!.criteria[0]).toMatchObject({ scorers: 3, aggregate: 5 });
  });

  it('Koo & Li bands at their boundaries', () => {
    expect([0.4999, 0.5, 0.7499, 0.75, 0.9, 0.9001, -0.2].map(agreementBand)).toEqual([
      'poor',
      'moderate',
      'moderate',
      'good',
      'good',
      'excellent',
      'poor',
    ]);
  });

  it('edge cases: too few, no variance, indeterminate, negative, offset raters', () => {
    expect(iccTwoK([[1, 2, 3]])).toEqual({ icc: null, gap: 'tooFewApplicants' });
    expect(iccTwoK([[1], [2]])).toEqual({ icc: null, gap: 'tooFewMembers' });
    expect(iccTwoK([])).toEqual({ icc: null, gap: 'tooFewApplicants' });
    expect(
      iccTwoK([
        [3, 3],
        [3, 3],
      ]),
    ).toEqual({ icc: null, gap: 'noVariance' });
    // applicants' means equal and members' means equal, all residual: the formula would give 2
    expect(
      iccTwoK([
        [1, 2],
        [2, 1],
      ]),
    ).toEqual({ icc: null, gap: 'indeterminate' });
    // BMS 0.5, JMS 24, EMS 1.5: (0.5 - 1.5) / (0.5 + 22.5 / 3) = -0.125, reported as it is
    expect(
      iccTwoK([
        [1, 6],
        [3, 5],
        [2, 7],
      ]).icc,
    ).toBeCloseTo(-0.125, 12);
    // the same order, one member a point higher: absolute agreement is 0.8, not 1
    expect(
      iccTwoK([
        [1, 2],
        [2, 3],
        [3, 4],
      ]).icc,
    ).toBeCloseTo(0.8, 12);
    expect(
      iccTwoK([
        [1, 1],
        [2, 2],
        [3, 3],
      ]).icc,
    ).toBeCloseTo(1, 12);
  });

  it('through the results: one member, or nobody complete', () => {
    const one = computeResults(onePanel(numericScale(0, 10), scoresFrom({ a: { c: [5] }, b: { c: [6] } }), [active('a'), active('b')]));
    expect(one.agreement[0]).toMatchObject({ icc: null, gap: 'tooFewMembers', band: null, members: ['m1'] });
    expect(one.agreement[0]!.text.id).toBe('Kurang dari dua anggota menilai kriteria ini: kesepakatan tidak dapat dihitung.');
    const none = computeResults(onePanel(numericScale(0, 10), scoresFrom({ a: { c: [5, 6] }, b: { c: [6] } }), [active('a'), active('b')]));
    expect(none.agreement[0]).toMatchObject({ icc: null, gap: 'tooFewApplicants', applicants: ['a'], leftOut: ['b'] });
  });
});
