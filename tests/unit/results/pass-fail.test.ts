import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../shared/results/results';
import type { ResultsInput } from '../../../shared/results/types';
import { interviewRubric } from '../../helpers/interview-setup';
import { active, criterion, gateStage, numericScale, panelStage, scoresFrom, setupOf, weighted } from './fixtures';

const hundred = numericScale(0, 100);

/** Three panel stages, 50/30/20: S1 eliminates (threshold 60), S2 does not (threshold 60), S3 has none. */
function gugur(): ResultsInput {
  const r1 = weighted([criterion('k1', 100, hundred)], { threshold: 60 });
  const r2 = weighted([criterion('k2', 100, hundred)], { threshold: 60 });
  const r3 = weighted([criterion('k3', 100, hundred)]);
  return {
    setup: setupOf([
      panelStage('s1', 50, r1, { eliminates: true, name: 'Tes tertulis' }),
      panelStage('s2', 30, r2, { name: 'Praktik' }),
      panelStage('s3', 20, r3, { name: 'Wawancara' }),
    ]),
    applicants: ['p1', 'p2', 'p3'].map((id) => active(id)),
    stages: [
      {
        type: 'panel',
        stageId: 's1',
        rubric: r1,
        recusals: [],
        scores: scoresFrom({ p1: { k1: [70, 80] }, p2: { k1: [50, 60] }, p3: { k1: [90, 90] } }),
      },
      {
        type: 'panel',
        stageId: 's2',
        rubric: r2,
        recusals: [],
        scores: scoresFrom({ p1: { k2: [70, 70] }, p2: { k2: [50, 100] }, p3: { k2: [50, 50] } }),
      },
      {
        type: 'panel',
        stageId: 's3',
        rubric: r3,
        recusals: [],
        scores: scoresFrom({ p1: { k3: [80, 80] }, p2: { k3: [90, 90] }, p3: { k3: [100, 100] } }),
      },
    ],
  };
}

describe('pass and fail', () => {
  it('sistem gugur: an eliminating stage carries only passers forward; a failed stage elsewhere still fails', () => {
    const r = computeResults(gugur());
    const get = (id: string) => r.applicants.find((a) => a.applicantId === id)!;
    // p1: 0.5 x 75 + 0.3 x 70 + 0.2 x 80 = 37.5 + 21 + 16 = 74.5
    expect(get('p1')).toMatchObject({ outcome: 'passed', rank: 1 });
    expect(get('p1').final).toBeCloseTo(74.5, 12);
    // p2: S1 55 < 60 -> eliminated; S2 and S3 not eligible although scored
    const p2 = get('p2');
    expect(p2).toMatchObject({ outcome: 'failed', final: null, rank: null });
    expect(p2.reasons.map((x) => [x.code, x.stageId])).toEqual([['belowThreshold', 's1']]);
    expect(p2.reasons[0]!.text.en).toBe('Stage Tes tertulis score 55.00 is below the threshold of 60.00.');
    expect(p2.stages.map((s) => [s.outcome, s.reasons.map((x) => x.code)])).toEqual([
      ['failed', ['belowThreshold']],
      ['notEligible', ['eliminated']],
      ['notEligible', ['eliminated']],
    ]);
    expect(p2.stages[2]!.reasons[0]!.text.id).toBe('Tidak mengikuti tahap Wawancara: gugur pada tahap Tes tertulis (sistem gugur).');
    // p3: fails S2 (50 < 60), which does not eliminate: S3 is still evaluated, final shown, no rank
    const p3 = get('p3');
    expect(p3.stages.map((s) => s.outcome)).toEqual(['passed', 'failed', 'passed']);
    expect(p3).toMatchObject({ outcome: 'failed', rank: null });
    expect(p3.final).toBeCloseTo(45 + 15 + 20, 12);
    // stage ranks: among those who passed that stage
    expect(r.stageRanks.map((s) => s.ranking.map((x) => x.applicantId))).toEqual([['p3', 'p1'], ['p1'], ['p3', 'p1']]);
    // agenda: only applicants still in the stage (p2's spread of 50 at S2 is not proposed)
    expect(r.disagreements).toEqual([]);
  });

  it('a criterion below its minimum fails the stage, even when the stage score is high', () => {
    const rubric = { ...interviewRubric, criteria: interviewRubric.criteria.map((c) => (c.id === 'c-know' ? { ...c, minimum: 3 } : c)) };
    const r = computeResults({
      setup: setupOf([panelStage('int', 100, rubric, { name: 'Wawancara' })]),
      applicants: [active('a'), active('b')],
      stages: [
        {
          type: 'panel',
          stageId: 'int',
          rubric,
          recusals: [],
          scores: scoresFrom({
            a: { 'c-know': [2, 3, 3], 'c-solve': [4, 4, 4], 'c-team': [4, 4, 4] },
            b: { 'c-know': [3, 3, 3], 'c-solve': [2, 2, 2], 'c-team': [2, 2, 2] },
          }),
        },
      ],
    });
    const a = r.applicants.find((x) => x.applicantId === 'a')!;
    // a: know 8/3 = 2.667 -> 66.67 %; stage 0.6 x (0.5 x 66.67 + 0.5 x 100) + 0.4 x 100 = 90
    expect(a.stages[0]!.score).toBeCloseTo(90, 10);
    expect(a).toMatchObject({ outcome: 'failed', rank: null });
    expect(a.stages[0]!.criteria[0]).toMatchObject({ belowMinimum: true });
    expect(a.reasons[0]).toMatchObject({ code: 'belowMinimum', criterionId: 'c-know', minimum: 3 });
    expect(a.reasons[0]!.text.id).toBe('T1 (Penguasaan bidang) pada tahap Wawancara: 2,67 di bawah nilai minimal 3,00.');
    expect(r.applicants[0]).toMatchObject({ applicantId: 'b', rank: 1 });
  });

  it('gates: MS passes, TMS fails with its note, undecided is incomplete; a non-eliminating gate does not stop later stages', () => {
    const rubric = weighted([criterion('k', 100, hundred)]);
    const r = computeResults({
      setup: setupOf([gateStage('g', false), panelStage('s', 100, rubric)]),
      applicants: ['a', 'b', 'c'].map((id) => active(id)),
      stages: [
        {
          type: 'gate',
          stageId: 'g',
          decisions: [
            { applicantId: 'a', decision: 'MS', note: '' },
            { applicantId: 'b', decision: 'TMS', note: 'Berkas tidak lengkap' },
          ],
        },
        {
          type: 'panel',
          stageId: 's',
          rubric,
          recusals: [],
          scores: scoresFrom({ a: { k: [70, 70] }, b: { k: [80, 80] }, c: { k: [90, 90] } }),
        },
      ],
    });
    const get = (id: string) => r.applicants.find((x) => x.applicantId === id)!;
    expect(get('a')).toMatchObject({ outcome: 'passed', rank: 1 });
    expect(get('a').stages[0]!.gate).toEqual({ decision: 'MS', note: '' });
    expect(get('b')).toMatchObject({ outcome: 'failed', rank: null, final: 80 });
    expect(get('b').reasons[0]!.text.en).toBe('Did not meet the requirements (TMS) at stage G: Berkas tidak lengkap.');
    expect(get('c')).toMatchObject({ outcome: 'incomplete', rank: null, final: 90 });
    expect(get('c').reasons.map((x) => x.code)).toEqual(['gateUndecided']);
  });

  it('missing data: a stage not scored yet, a criterion nobody scored, a missing external value', () => {
    const rubric = weighted([criterion('k', 50, hundred), criterion('l', 50, hundred)]);
    const ext = { ...weighted([criterion('e', 100, hundred)]) };
    const r = computeResults({
      setup: setupOf([panelStage('s', 50, rubric), panelStage('x', 30, ext, { source: 'external' }), panelStage('later', 20, rubric)]),
      applicants: [active('a')],
      stages: [
        { type: 'panel', stageId: 's', rubric, recusals: [], scores: scoresFrom({ a: { k: [70, 70] } }) },
        { type: 'external', stageId: 'x', rubric: ext, values: [] },
      ],
    });
    const a = r.applicants[0]!;
    expect(a).toMatchObject({ outcome: 'incomplete', final: null, rank: null });
    expect(a.reasons.map((x) => x.code)).toEqual(['missingScores', 'missingValue', 'stageNotScored']);
    expect(a.stages[0]!.aspects).toEqual([]);
    expect(a.stages[0]).toMatchObject({ score: null, outcome: 'incomplete' });
    expect(a.reasons[2]!.text.id).toBe('Tahap LATER belum dinilai.');
  });
});
