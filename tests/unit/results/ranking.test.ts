import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../shared/results/results';
import { compareKeys } from '../../../shared/results/tie-break';
import { active, criterion, numericScale, onePanel, panelStage, scoresFrom, setupOf, weighted } from './fixtures';

describe('ranking', () => {
  it('everything equal: a shared rank, and the next rank skipped (1, 2, 2, 4)', () => {
    const scores = scoresFrom({ a: { c: [90, 90] }, b: { c: [80, 80] }, c: { c: [70, 90] }, d: { c: [70, 70] } });
    const r = computeResults({
      ...onePanel(
        { type: 'numeric', min: 0, max: 100, step: 1 },
        scores,
        ['a', 'b', 'c', 'd'].map((id) => active(id)),
      ),
    });
    expect(r.applicants.map((a) => [a.applicantId, a.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
    expect(r.applicants[1]!.tie).toMatchObject({ tiedOnScoreWith: ['c'], sharedWith: ['c'], decidedBy: [] });
    expect(r.applicants[1]!.tie!.text.id).toBe(
      'Nilai sama dengan 1 pelamar lain. Sama pada semua aturan penentu dengan 1 pelamar lain: peringkat bersama.',
    );
    expect(r.stageRanks[0]!.ranking.map((x) => x.rank)).toEqual([1, 2, 2, 4]);
  });

  it('a missing GPA or birth date comes after a present one; two missing stay equal', () => {
    expect(compareKeys(3.5, null, 'higherFirst')).toBeLessThan(0);
    expect(compareKeys(null, 3.5, 'higherFirst')).toBeGreaterThan(0);
    expect(compareKeys(null, null, 'higherFirst')).toBe(0);
    expect(compareKeys('1990-01-01', '1991-01-01', 'earlierFirst')).toBeLessThan(0);
    const scores = scoresFrom({ a: { c: [80] }, b: { c: [80] }, c: { c: [80] }, d: { c: [80] } });
    const input = onePanel(numericScale(0, 100), scores, [active('a'), active('b', { gpa: 3.1 }), active('c', { gpa: 3.6 }), active('d')], {
      minScorers: 1,
    });
    const r = computeResults({ ...input, setup: { ...input.setup, tieBreak: [{ kind: 'gpa' }] } });
    expect(r.applicants.map((a) => [a.applicantId, a.rank])).toEqual([
      ['c', 1],
      ['b', 2],
      ['a', 3],
      ['d', 3],
    ]);
  });

  it('compares scores in full precision: 0.1 + 0.2 and 0.3 are one value, 70.004 beats 70.001', () => {
    const rubric = weighted([
      criterion('x', 50, { type: 'numeric', min: 0, max: 100, step: 0.001 }),
      criterion('y', 50, { type: 'numeric', min: 0, max: 100, step: 0.001 }),
    ]);
    const setup = setupOf([panelStage('s', 100, rubric)]);
    const r = computeResults({
      setup,
      applicants: ['p', 'q', 'u', 'v'].map((id) => active(id)),
      stages: [
        {
          type: 'panel',
          stageId: 's',
          rubric,
          recusals: [],
          scores: [
            ...scoresFrom({ p: { x: [0.1], y: [0.2] }, q: { x: [0.3], y: [0] } }),
            ...scoresFrom({ u: { x: [70.004], y: [70.004] }, v: { x: [70.001], y: [70.001] } }),
          ],
        },
      ],
      options: { minScorers: 1 },
    });
    expect(r.applicants.map((a) => [a.applicantId, a.rank])).toEqual([
      ['u', 1],
      ['v', 2],
      ['p', 3],
      ['q', 3],
    ]);
  });
});
