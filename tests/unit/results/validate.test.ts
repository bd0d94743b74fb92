import { describe, expect, it } from 'vitest';
import { ResultsInputError } from '../../../shared/results/input-error';
import { computeResults } from '../../../shared/results/results';
import type { ResultsInput } from '../../../shared/results/types';
import { active, criterion, gateStage, numericScale, onePanel, panelStage, scoresFrom, setupOf, weighted } from './fixtures';

const base = () => onePanel(numericScale(0, 100), scoresFrom({ a: { c: [70, 80] } }), [active('a')]);
const withPanel = (
  patch: (s: Extract<ResultsInput['stages'][number], { type: 'panel' }>) => ResultsInput['stages'][number],
): ResultsInput => {
  const input = base();
  return { ...input, stages: input.stages.map((s) => (s.type === 'panel' ? patch(s) : s)) };
};

describe('contradictory inputs are refused, never guessed at', () => {
  it.each<[string, () => ResultsInput]>([
    ['duplicate score', () => withPanel((s) => ({ ...s, scores: [...s.scores, s.scores[0]!] }))],
    [
      'unknown criterion',
      () => withPanel((s) => ({ ...s, scores: [...s.scores, { personId: 'm9', applicantId: 'a', criterionId: 'zz', value: 1 }] })),
    ],
    [
      'unknown applicant',
      () => withPanel((s) => ({ ...s, scores: [...s.scores, { personId: 'm9', applicantId: 'nobody', criterionId: 'c', value: 1 }] })),
    ],
    [
      'not a number',
      () => withPanel((s) => ({ ...s, scores: [...s.scores, { personId: 'm9', applicantId: 'a', criterionId: 'c', value: Number.NaN }] })),
    ],
    ['duplicate applicant', () => ({ ...base(), applicants: [active('a'), active('a')] })],
    ['input for an unknown stage', () => ({ ...base(), stages: [...base().stages, { type: 'gate', stageId: 'nope', decisions: [] }] })],
    [
      'wrong stage type',
      () => ({
        ...base(),
        stages: [{ type: 'external', stageId: 's', rubric: weighted([criterion('c', 100, numericScale(0, 100))]), values: [] }],
      }),
    ],
    [
      'tie-break rule on a missing criterion',
      () => ({ ...base(), setup: { ...base().setup, tieBreak: [{ kind: 'criterion', stageId: 's', criterionId: 'zz' }] } }),
    ],
    [
      'tie-break rule on a gate',
      () => ({ ...base(), setup: setupOf([gateStage('g'), ...base().setup.stages], [{ kind: 'stageTotal', stageId: 'g' }]) }),
    ],
    ['birth date not yyyy-mm-dd', () => ({ ...base(), applicants: [active('a', { birthDate: '1/2/1990' })] })],
    ['minScorers 0', () => ({ ...base(), options: { minScorers: 0 } })],
    ['disagreementFraction 1.5', () => ({ ...base(), options: { disagreementFraction: 1.5 } })],
  ])('%s', (_, make) => {
    expect(() => computeResults(make())).toThrow(ResultsInputError);
  });

  it('scores of withdrawn applicants and recused pairs are simply not counted', () => {
    const input = base();
    const r = computeResults({ ...input, applicants: [active('a', { status: 'withdrawn' })] });
    expect(r.applicants[0]).toMatchObject({ outcome: 'withdrawn', final: null, rank: null });
    expect(r.applicants[0]!.reasons.map((x) => x.text.en)).toEqual(['The applicant withdrew.']);
    expect(r.agreement[0]).toMatchObject({ members: [], applicants: [] });
  });

  it('a summed stage without maxTotal is normalised by the sum of its criteria maxima', () => {
    const sum = {
      ...weighted([criterion('x', 0, numericScale(0, 150)), criterion('y', 0, numericScale(0, 250))]),
      combine: 'sum' as const,
    };
    const r = computeResults({
      setup: setupOf([panelStage('cat', 100, sum, { source: 'external' })]),
      applicants: [active('a')],
      stages: [
        {
          type: 'external',
          stageId: 'cat',
          rubric: sum,
          values: [
            { applicantId: 'a', criterionId: 'x', value: 100 },
            { applicantId: 'a', criterionId: 'y', value: 100 },
          ],
        },
      ],
    });
    expect(r.applicants[0]!.stages[0]).toMatchObject({ score: 200, percent: 50, contribution: 50 });
  });
});
