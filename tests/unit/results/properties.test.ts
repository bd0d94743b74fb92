import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../shared/results/aggregate';
import { computeResults } from '../../../shared/results/results';
import type { Results, ResultsInput, StageInput } from '../../../shared/results/types';
import type { Rubric } from '../../../shared/selection/rubric';
import { maxOf, scenario, shuffle } from './scenario';

const RUNS = { numRuns: 100 };

/** Rank, outcome and stage ranks per applicant: what "the ranks do not change" compares. */
function standing(r: Results) {
  return Object.fromEntries(
    r.applicants.map((a) => [a.applicantId, { rank: a.rank, outcome: a.outcome, stages: a.stages.map((s) => [s.outcome, s.rank]) }]),
  );
}

/** The same without the final rank. */
function stageStanding(r: Results) {
  return Object.fromEntries(
    r.applicants.map((a) => [a.applicantId, { outcome: a.outcome, stages: a.stages.map((s) => [s.outcome, s.rank]) }]),
  );
}

function mapStages(input: ResultsInput, f: (s: StageInput) => StageInput): ResultsInput {
  return { ...input, stages: input.stages.map(f) };
}

function scaleRubric(rubric: Rubric, c: number, renormalise: boolean): Rubric {
  if (rubric.combine === 'sum') return rubric;
  const norm = (ws: number[]) => {
    const total = ws.reduce((a, b) => a + b, 0);
    return renormalise ? ws.map((w) => (w / total) * 100) : ws;
  };
  const aspectWeights = norm(rubric.aspects.map((a) => a.weight * c));
  const criteria = rubric.criteria.map((x) => ({ ...x }));
  for (const group of new Set(criteria.map((x) => x.aspectId))) {
    const members = criteria.filter((x) => x.aspectId === group);
    norm(members.map((x) => x.weight * c)).forEach((w, i) => (members[i]!.weight = w));
  }
  return { ...rubric, aspects: rubric.aspects.map((a, i) => ({ ...a, weight: aspectWeights[i]! })), criteria };
}

function withRubrics(input: ResultsInput, f: (r: Rubric) => Rubric): ResultsInput {
  return {
    ...mapStages(input, (s) => (s.type === 'gate' ? s : { ...s, rubric: f(s.rubric) })),
    setup: { ...input.setup, stages: input.setup.stages.map((s) => ({ ...s, rubric: s.rubric && f(s.rubric) })) },
  };
}

describe('results: properties', () => {
  it('the order of scores, members, applicants and stage inputs changes nothing', () => {
    fc.assert(
      fc.property(scenario(), fc.integer(), fc.integer({ min: 0, max: 719 }), (input, seed, perm) => {
        const before = computeResults(input);
        // relabel the members by a permutation (m1 <-> m3 ...) and shuffle every list
        const ids = [...new Set(input.stages.flatMap((s) => (s.type === 'panel' ? s.scores.map((x) => x.personId) : [])))].sort();
        const relabelled = shuffle(ids, perm + 1);
        const rename = (p: string) => relabelled[ids.indexOf(p)] ?? p;
        const back = (p: string) => ids[relabelled.indexOf(p)] ?? p;
        const shuffled: ResultsInput = {
          ...input,
          applicants: shuffle(input.applicants, seed),
          stages: shuffle(
            input.stages.map((s): StageInput => {
              if (s.type === 'gate') return { ...s, decisions: shuffle(s.decisions, seed + 1) };
              if (s.type === 'external') return { ...s, values: shuffle(s.values, seed + 2) };
              return {
                ...s,
                scores: shuffle(
                  s.scores.map((x) => ({ ...x, personId: rename(x.personId) })),
                  seed + 3,
                ),
                recusals: shuffle(
                  s.recusals.map((x) => ({ ...x, personId: rename(x.personId) })),
                  seed + 4,
                ),
              };
            }),
            seed + 5,
          ),
        };
        const after = computeResults(shuffled);
        expect(after.applicants).toEqual(before.applicants);
        expect(after.stageRanks).toEqual(before.stageRanks);
        expect(after.disagreements).toEqual(before.disagreements);
        // the same members under their new names, and the same ICC to the bit
        expect(after.agreement.map((a) => ({ ...a, members: a.members.map(back).sort() }))).toEqual(before.agreement);
      }),
      RUNS,
    );
  });

  it('scaling all weights by a constant does not change ranks or pass/fail', () => {
    // Weights are used as given (the set-up refuses sums other than 100 before scoring;
    // nothing is renormalised here). So:
    // - stage weights x c multiply every final by c: final ranks, stage ranks and pass/fail stay;
    // - criterion and aspect weights x c multiply each weighted stage's score by c: its stage
    //   ranks and pass/fail stay (the generated rubrics have no threshold, which is on that
    //   scale), but the final mixes it with the summed CAT stage, so final ranks may move;
    // - scaling the raw weights of a copy and renormalising them to 100, as the rubric
    //   requires, gives the same weights up to float noise: the same result.
    fc.assert(
      fc.property(scenario(), fc.integer({ min: 1, max: 50 }), (input, tenths) => {
        const c = tenths / 10;
        const before = computeResults(input);
        const stages = computeResults({
          ...input,
          setup: { ...input.setup, stages: input.setup.stages.map((s) => ({ ...s, weight: s.weight * c })) },
        });
        expect(standing(stages)).toEqual(standing(before));
        before.applicants.forEach((a, i) => {
          if (a.final === null) expect(stages.applicants[i]!.final).toBeNull();
          else expect(stages.applicants[i]!.final).toBeCloseTo(a.final * c, 9);
        });
        expect(stageStanding(computeResults(withRubrics(input, (r) => scaleRubric(r, c, false))))).toEqual(stageStanding(before));
        const renormalised = computeResults(withRubrics(input, (r) => scaleRubric(r, c, true)));
        expect(standing(renormalised)).toEqual(standing(before));
        renormalised.applicants.forEach((a, i) => expect(a.final ?? -1).toBeCloseTo(before.applicants[i]!.final ?? -1, 9));
      }),
      RUNS,
    );
  });

  it("raising one score never lowers that applicant's final or rank", () => {
    fc.assert(
      fc.property(scenario({ standardise: false }), fc.nat(), fc.integer({ min: 1, max: 100 }), (input, pick, up) => {
        const panels = input.stages.filter((s): s is Extract<StageInput, { type: 'panel' }> => s.type === 'panel');
        const all = panels.flatMap((s) => s.scores.map((x) => ({ stageId: s.stageId, x })));
        const raisable = all.filter(({ x }) => x.value < maxOf(x.criterionId));
        fc.pre(raisable.length > 0);
        const { stageId, x } = raisable[pick % raisable.length]!;
        const step = maxOf(x.criterionId) === 4 ? 1 : 10;
        const value = Math.min(maxOf(x.criterionId), x.value + step * (1 + (up % 10)));
        const raised = mapStages(input, (s) =>
          s.type === 'panel' && s.stageId === stageId ? { ...s, scores: s.scores.map((y) => (y === x ? { ...y, value } : y)) } : s,
        );
        const find = (r: Results) => r.applicants.find((a) => a.applicantId === x.applicantId)!;
        const [b, a] = [find(computeResults(input)), find(computeResults(raised))];
        if (b.final !== null && a.final !== null) expect(a.final).toBeGreaterThanOrEqual(b.final - 1e-9);
        if (b.rank !== null) expect(a.rank).not.toBeNull();
        if (b.rank !== null) expect(a.rank!).toBeLessThanOrEqual(b.rank);
        if (b.passed) expect(a.passed).toBe(true);
      }),
      RUNS,
    );
  });

  it("a recused member's scores count as absent: the aggregate is over the others", () => {
    fc.assert(
      fc.property(scenario(), fc.nat(), (input, pick) => {
        const panel = input.stages.find((s): s is Extract<StageInput, { type: 'panel' }> => s.type === 'panel')!;
        const pairs = [...new Set(panel.scores.map((s) => `${s.personId}|${s.applicantId}`))].sort();
        fc.pre(pairs.length > 0);
        const [personId, applicantId] = pairs[pick % pairs.length]!.split('|') as [string, string];
        const pair = (s: { personId: string; applicantId: string }) => s.personId === personId && s.applicantId === applicantId;
        const recused = mapStages(input, (s) => (s.type === 'panel' ? { ...s, recusals: [...s.recusals, { personId, applicantId }] } : s));
        const absent = mapStages(input, (s) => (s.type === 'panel' ? { ...s, scores: s.scores.filter((x) => !pair(x)) } : s));
        const r = computeResults(recused);
        expect(r).toEqual(computeResults(absent));
        if (input.options?.standardise) return;
        // and directly: the method over the other members' counted scores
        const applicant = r.applicants.find((a) => a.applicantId === applicantId)!;
        const stage = applicant.stages.find((s) => s.stageId === panel.stageId)!;
        if (stage.outcome === 'notEligible') return;
        const recusedPairs = new Set([...panel.recusals, { personId, applicantId }].map((x) => `${x.personId}|${x.applicantId}`));
        for (const c of stage.criteria) {
          const others = panel.scores.filter(
            (x) => x.applicantId === applicantId && x.criterionId === c.criterionId && !recusedPairs.has(`${x.personId}|${x.applicantId}`),
          );
          expect(c.scorers).toBe(others.length);
          expect(c.aggregate).toBe(
            aggregate(
              others.map((x) => x.value),
              input.options!.method!,
            )?.value ?? null,
          );
        }
      }),
      RUNS,
    );
  });

  it('ranks are competition ranks over those who passed; values stay in range', () => {
    fc.assert(
      fc.property(scenario(), (input) => {
        const r = computeResults(input);
        const ranked = r.applicants.filter((a) => a.rank !== null);
        expect(ranked.every((a) => a.passed)).toBe(true);
        expect(r.applicants.filter((a) => a.passed)).toHaveLength(ranked.length);
        ranked.forEach((a, i) => {
          const prev = ranked[i - 1];
          if (!prev) expect(a.rank).toBe(1);
          else if (a.rank === prev.rank) expect(a.tie!.sharedWith).toContain(prev.applicantId);
          else expect(a.rank).toBe(i + 1);
          if (prev && a.rank !== prev.rank) expect(a.final!).toBeLessThanOrEqual(prev.final! + 1e-9);
        });
        for (const a of r.applicants) {
          if (a.final !== null) expect(a.final).toBeGreaterThanOrEqual(0);
          if (a.final !== null) expect(a.final).toBeLessThanOrEqual(100 + 1e-9);
          for (const s of a.stages)
            for (const c of s.criteria)
              if (c.aggregate !== null && c.scorers !== null) expect(c.aggregate).toBeLessThanOrEqual(maxOf(c.criterionId) + 1e-9);
        }
      }),
      RUNS,
    );
  });
});
