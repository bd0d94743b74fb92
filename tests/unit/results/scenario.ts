import fc from 'fast-check';
import type { Rubric } from '../../../shared/selection/rubric';
import type { TieBreak } from '../../../shared/selection/selection';
import type { AggregationMethod, MemberScore, ResultsInput } from '../../../shared/results/types';
import { interviewRubric } from '../../helpers/interview-setup';
import { criterion, gateStage, numericScale, panelStage, setupOf, weighted } from './fixtures';

/**
 * Random selections for the property tests: an eliminating gate, a weighted interview with
 * aspects (levels 1-4), a weighted paper (0-100 in tens, a minimum), an external CAT summed
 * out of 350 that eliminates (minimum on x); 2-6 members, 2-7 applicants, some recusals,
 * some missing scores, coarse values so that ties are common.
 */
const MAX_M = 6;
const MAX_A = 7;
const CRITERIA = ['c-know', 'c-solve', 'c-team', 'k1', 'k2'] as const;

export const paperRubric: Rubric = weighted([
  criterion('k1', 60, numericScale(0, 100, 10), { minimum: 30 }),
  criterion('k2', 40, numericScale(0, 100, 10)),
]);
export const catRubric: Rubric = {
  ...weighted([criterion('x', 0, numericScale(0, 150), { minimum: 50 }), criterion('y', 0, numericScale(0, 200))]),
  combine: 'sum',
};
const tieBreak: TieBreak[] = [
  { kind: 'stageTotal', stageId: 'cat' },
  { kind: 'criterion', stageId: 'paper', criterionId: 'k1' },
  { kind: 'gpa' },
  { kind: 'olderFirst' },
];

export const valueOn = (criterionId: string, raw: number): number => (criterionId.startsWith('c-') ? 1 + (raw % 4) : (raw % 11) * 10);
export const maxOf = (criterionId: string): number => (criterionId.startsWith('c-') ? 4 : 100);

export function build(g: {
  nm: number;
  na: number;
  values: number[];
  recusals: number[];
  ext: number[];
  gate: number[];
  facts: [number, number, number][];
  method: AggregationMethod;
  standardise: boolean;
  minScorers: number;
}): ResultsInput {
  const members = Array.from({ length: g.nm }, (_, i) => `m${i + 1}`);
  const applicants = Array.from({ length: g.na }, (_, i) => `a${i + 1}`);
  const scores: MemberScore[] = [];
  members.forEach((personId, mi) =>
    applicants.forEach((applicantId, ai) =>
      CRITERIA.forEach((criterionId, ci) => {
        const raw = g.values[(mi * MAX_A + ai) * CRITERIA.length + ci]!;
        if (raw % 23 === 0) return; // an occasional missing score
        scores.push({ personId, applicantId, criterionId, value: valueOn(criterionId, raw) });
      }),
    ),
  );
  const recused = members.flatMap((personId, mi) =>
    applicants.flatMap((applicantId, ai) => (g.recusals[mi * MAX_A + ai] === 0 ? [{ personId, applicantId }] : [])),
  );
  const interview = scores.filter((s) => s.criterionId.startsWith('c-'));
  const paper = scores.filter((s) => !s.criterionId.startsWith('c-'));
  return {
    setup: setupOf(
      [
        gateStage('adm'),
        panelStage('interview', 40, interviewRubric),
        panelStage('paper', 35, paperRubric),
        panelStage('cat', 25, catRubric, { source: 'external', eliminates: true, maxTotal: 350 }),
      ],
      tieBreak,
    ),
    applicants: applicants.map((id, i) => {
      const [gpa, born, status] = g.facts[i]!;
      return {
        id,
        gpa: [null, 3, 3.5][gpa]!,
        birthDate: [null, '1990-01-01', '1992-02-02'][born]!,
        status: status === 0 ? 'withdrawn' : 'active',
      };
    }),
    stages: [
      {
        type: 'gate',
        stageId: 'adm',
        decisions: applicants.map((applicantId, i) => ({ applicantId, decision: g.gate[i] === 0 ? 'TMS' : 'MS', note: '' })),
      },
      { type: 'panel', stageId: 'interview', rubric: interviewRubric, scores: interview, recusals: recused },
      { type: 'panel', stageId: 'paper', rubric: paperRubric, scores: paper, recusals: recused },
      {
        type: 'external',
        stageId: 'cat',
        rubric: catRubric,
        values: applicants.flatMap((applicantId, i) => [
          { applicantId, criterionId: 'x', value: 30 + (g.ext[2 * i]! % 13) * 10 },
          { applicantId, criterionId: 'y', value: 50 + (g.ext[2 * i + 1]! % 16) * 10 },
        ]),
      },
    ],
    options: { method: g.method, standardise: g.standardise, minScorers: g.minScorers },
  };
}

const ints = (n: number, max: number) => fc.array(fc.integer({ min: 0, max }), { minLength: n, maxLength: n });

export const scenario = (opts: { standardise?: boolean } = {}): fc.Arbitrary<ResultsInput> =>
  fc
    .record({
      nm: fc.integer({ min: 2, max: MAX_M }),
      na: fc.integer({ min: 2, max: MAX_A }),
      values: ints(MAX_M * MAX_A * CRITERIA.length, 1000),
      recusals: ints(MAX_M * MAX_A, 9),
      ext: ints(2 * MAX_A, 1000),
      gate: ints(MAX_A, 9),
      facts: fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 9 })), {
        minLength: MAX_A,
        maxLength: MAX_A,
      }),
      method: fc.constantFrom<AggregationMethod>('mean', 'median', 'trimmed'),
      standardise: opts.standardise === undefined ? fc.boolean() : fc.constant(opts.standardise),
      minScorers: fc.integer({ min: 1, max: 3 }),
    })
    .map(build);

/** A seeded Fisher-Yates shuffle (a copy). */
export function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
