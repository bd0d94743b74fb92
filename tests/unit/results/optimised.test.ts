import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../shared/results/results';
import { ResultsInputError } from '../../../shared/results/input-error';
import { tableOf } from '../../../shared/results/score-cube';
import type { AggregationMethod, MemberScore, Recusal, ResultsInput, StageInput } from '../../../shared/results/types';
import type { Rubric } from '../../../shared/selection/rubric';
import { interviewRubric } from '../../helpers/interview-setup';
import { differences } from './reference/compare';
import { referenceResults } from './reference/reference';
import { active, criterion, gateStage, levelScale, numericScale, onePanel, panelStage, setupOf, weighted } from './fixtures';
import { scenario, shuffle } from './scenario';

/**
 * The results module is written for speed (packed scores, dense arrays, one pass).
 * `./reference/` computes the same rules the simple way, in exact fractions: on every input
 * every field must agree (numbers within 1e-9 relative, see reference/compare.ts). The packed
 * input (`table`) must give production's results to the bit, as must any order of the scores
 * (signed snapshots hash the results).
 */

function expectAsReference(input: ResultsInput): ReturnType<typeof computeResults> {
  const now = computeResults(input);
  expect(differences(now, referenceResults(input)).slice(0, 20)).toEqual([]);
  return now;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const essay: Rubric = weighted([
  criterion('e1', 40, numericScale(0, 10, 0.5), { minimum: 3 }),
  criterion('e2', 35, numericScale(0, 100, 0.1)),
  criterion('e3', 25, levelScale(5)),
]);

/** A mid-size selection: 300 applicants, 7 members, two panel stages (one with aspects), a gate, odd values. */
function midSize(seed: number, method: AggregationMethod, standardise: boolean): ResultsInput {
  const rand = rng(seed);
  const members = Array.from({ length: 7 }, (_, i) => `p-${(i * 7919) % 13}-${i}`);
  const applicants = Array.from({ length: 300 }, (_, i) => `app-${((i * 2654435761) >>> 0).toString(36)}`);
  const scoresOf = (rubric: Rubric): MemberScore[] => {
    const out: MemberScore[] = [];
    applicants.forEach((applicantId) => {
      const ability = rand();
      members.forEach((personId, mi) => {
        if (rand() < 0.03) return; // an excused member's applicant
        for (const c of rubric.criteria) {
          if (rand() < 0.01) continue; // a missing score
          const x = Math.min(1, Math.max(0, ability + (mi - 3) * 0.02 + (rand() - 0.5) * 0.5));
          const value =
            c.scale.type === 'levels'
              ? 1 + Math.round(x * (c.scale.levels.length - 1))
              : Math.round((c.scale.min + x * (c.scale.max - c.scale.min)) / c.scale.step) * c.scale.step;
          out.push({ personId, applicantId, criterionId: c.id, value });
        }
      });
    });
    return out;
  };
  const recusals: Recusal[] = applicants
    .filter(() => rand() < 0.02)
    .map((applicantId) => ({ personId: members[Math.floor(rand() * members.length)]!, applicantId }));
  const stages: StageInput[] = [
    {
      type: 'gate',
      stageId: 'adm',
      decisions: applicants
        .filter(() => rand() < 0.9)
        .map((applicantId) => ({ applicantId, decision: rand() < 0.95 ? 'MS' : 'TMS', note: 'Berkas tidak lengkap' })),
    },
    { type: 'panel', stageId: 'int', rubric: interviewRubric, scores: scoresOf(interviewRubric), recusals },
    { type: 'panel', stageId: 'essay', rubric: essay, scores: scoresOf(essay), recusals },
  ];
  return {
    setup: setupOf(
      [gateStage('adm'), panelStage('int', 60, interviewRubric), panelStage('essay', 40, essay, { eliminates: true })],
      [
        { kind: 'stageTotal', stageId: 'int' },
        { kind: 'criterion', stageId: 'essay', criterionId: 'e1' },
        { kind: 'gpa' },
        { kind: 'olderFirst' },
      ],
    ),
    stages,
    applicants: applicants.map((id, i) => ({
      id,
      gpa: i % 3 === 0 ? null : Math.round((2.5 + rand() * 1.5) * 100) / 100,
      birthDate: i % 4 === 0 ? null : `19${80 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`,
      status: rand() < 0.03 ? 'withdrawn' : 'active',
    })),
    options: { method, standardise, minScorers: 6, disagreementFraction: 0.3 },
  };
}

/** The same input with every panel stage's scores packed in a table, in another order. */
function packed(input: ResultsInput, seed: number): ResultsInput {
  return {
    ...input,
    stages: input.stages.map((s) => (s.type === 'panel' ? { ...s, scores: [], table: tableOf(shuffle(s.scores, seed)) } : s)),
  };
}

describe('optimised results module: the same results as before', () => {
  it('on random small selections (property)', () => {
    fc.assert(
      fc.property(scenario(), fc.integer({ min: 1, max: 1e9 }), (input, seed) => {
        const now = expectAsReference(input);
        expect(JSON.stringify(computeResults(packed(input, seed)))).toBe(JSON.stringify(now));
      }),
      { numRuns: 150 },
    );
  });

  it.each<[AggregationMethod, boolean]>([
    ['mean', false],
    ['trimmed', false],
    ['median', false],
    ['mean', true],
    ['trimmed', true],
  ])('on a mid-size selection, %s, standardised %s', (method, standardise) => {
    const input = midSize(method.length * 31 + (standardise ? 7 : 0), method, standardise);
    const now = expectAsReference(input);
    // Something to compare: ranks, disagreements, agreement values, failures all present.
    expect(now.applicants.filter((a) => a.rank !== null).length).toBeGreaterThan(100);
    expect(now.disagreements.length).toBeGreaterThan(0);
    expect(now.agreement.some((a) => a.icc !== null)).toBe(true);
    expect(now.applicants.some((a) => a.outcome === 'failed')).toBe(true);
    // Byte for byte as JSON, key order included: signed snapshots hash the results.
    expect(JSON.stringify(computeResults(packed(input, 99)))).toBe(JSON.stringify(now));
  });

  it('packed scores are checked like plain ones: duplicates, unknown applicants and criteria, non-numbers', () => {
    const input = midSize(5, 'mean', false);
    const panel = input.stages[1] as Extract<StageInput, { type: 'panel' }>;
    const variants: MemberScore[][] = [
      [...panel.scores, panel.scores[10]!],
      [...panel.scores, { ...panel.scores[0]!, applicantId: 'nobody' }],
      [...panel.scores, { ...panel.scores[0]!, criterionId: 'zz' }],
      [...panel.scores.slice(1), { ...panel.scores[0]!, value: Number.POSITIVE_INFINITY }],
    ];
    for (const scores of variants) {
      const bad = { ...input, stages: input.stages.map((s) => (s === panel ? { ...panel, scores: [], table: tableOf(scores) } : s)) };
      expect(() => computeResults(bad)).toThrow(ResultsInputError);
      expect(() => referenceResults({ ...input, stages: input.stages.map((s) => (s === panel ? { ...panel, scores } : s)) })).toThrow();
    }
    // A score both in `scores` and in `table` is a duplicate too.
    const both = { ...input, stages: input.stages.map((s) => (s === panel ? { ...panel, table: tableOf(panel.scores.slice(0, 1)) } : s)) };
    expect(() => computeResults(both)).toThrow(ResultsInputError);
  });
});

describe('disagreements the reference found (fixed in production)', () => {
  // Standardisation: "a member whose scores do not vary (sd = 0) counts as the panel mean".
  // m1 gives 0.1 to all three; in floats 0.1 + 0.1 + 0.1 = 0.30000000000000004, so m1's
  // mean was 0.10000000000000002 and its sd about 1.4e-17, not 0: production read float
  // noise as variation and gave a1 an aggregate of 0 where the rule gives 1.275.
  it('a member who gives 0.1 to everyone, standardised', () => {
    const scores = ['a1', 'a2', 'a3'].flatMap((applicantId, i) => [
      { personId: 'm1', applicantId, criterionId: 'c', value: 0.1 },
      { personId: 'm2', applicantId, criterionId: 'c', value: [1, 5, 9][i]! },
    ]);
    expectAsReference(
      onePanel(numericScale(0, 10, 0.1), scores, [active('a1'), active('a2'), active('a3')], { standardise: true, minScorers: 1 }),
    );
  });
});
