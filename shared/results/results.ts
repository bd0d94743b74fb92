import type { Stage } from '../selection/selection';
import { finalOf, stageCombiner } from './combine';
import { externalCriteria, panelCriteria, type PanelCriteria } from './criteria';
import { cubeAgreement } from './agreement';
import { disagreementsOf } from './agenda';
import { namesOf } from './names';
import { describeOptions, resolveOptions } from './options';
import { gateChecks, outcomeOf, scoredChecks } from './pass-fail';
import { rank } from './ranking';
import { reason } from './reasons';
import { finalTieColumns, stageTieColumns, type TieLookups } from './tie-break';
import { keepCounted } from './score-cube';
import { checkInput } from './validate';
import type {
  ApplicantOutcome,
  ApplicantResult,
  CriterionAgreement,
  CriterionRef,
  CriterionResult,
  GateDecision,
  Reason,
  ReasonDetail,
  Results,
  ResultsInput,
  StageRanking,
  StageResult,
} from './types';

/**
 * The results of a selection from plain inputs: the only place the aggregation rules live.
 * Pure: the same inputs give the same results whatever order scores, members or applicants
 * arrive in (values are sorted before every sum). Throws `ResultsInputError` on
 * contradictory inputs.
 *
 * The rules, each in its own file:
 * - criterion value (aggregate.ts): over the members who scored, recused pairs and withdrawn
 *   applicants left out: mean, median, or trimmed mean (one highest and one lowest dropped
 *   from five scorers up); fewer scorers than `minScorers` flags, still counts and ranks;
 * - standardisation (standardise.ts), off by default: z against the member's own scores on
 *   the criterion, rescaled with the pooled panel mean and sd, clamped to the scale;
 * - criterion -> aspect -> stage -> final (combine.ts, on shared/scoring/arithmetic.ts):
 *   weights as the frozen rubric gives them; a summed stage counts as total / maximum x 100;
 * - pass/fail (pass-fail.ts): gates MS/TMS, criterion minimums, stage thresholds; a failed
 *   stage fails the applicant, an eliminating one also closes the later stages;
 * - ranks (ranking.ts, tie-break.ts): among those who passed every stage, final score in full
 *   precision (up to float noise), then the selection's rules in order, then a shared rank;
 *   per stage among those who passed it, with that stage's criterion rules;
 * - disagreement (disagreement.ts, agenda.ts) and agreement (agreement.ts, ICC(2,k)) on the
 *   scores as given.
 */
export function computeResults(input: ResultsInput): Results {
  const options = resolveOptions(input.options);
  const { inputs, rubrics, facts, ids, applicantIndex, cubes } = checkInput(input);
  const stages = input.setup.stages;
  const names = namesOf(stages, rubrics);
  const R = (d: ReasonDetail): Reason => reason(d, names);
  const activeIds = ids.filter((id) => facts.get(id)!.status === 'active');

  // Criterion values of every stage that has data.
  const panels = new Map<string, PanelCriteria>();
  const criteria = new Map<string, Map<string, CriterionResult[]>>();
  const decisions = new Map<string, Map<string, GateDecision>>();
  for (const stage of stages) {
    const si = inputs.get(stage.id);
    if (!si) continue;
    if (si.type === 'gate') decisions.set(stage.id, new Map(si.decisions.map((d) => [d.applicantId, d])));
    else if (si.type === 'panel') {
      const cube = cubes.get(stage.id)!;
      keepCounted(cube, (a) => facts.get(ids[a]!)!.status === 'active', si.recusals, applicantIndex);
      const p = panelCriteria(si.rubric, cube, applicantIndex, activeIds, options);
      panels.set(stage.id, p);
      criteria.set(stage.id, p.results);
    } else criteria.set(stage.id, externalCriteria(si.rubric, si.values, activeIds));
  }

  const empty = (stage: Stage): Omit<StageResult, 'outcome' | 'passed' | 'reasons'> => ({
    stageId: stage.id,
    kind: stage.kind,
    source: stage.source,
    gate: null,
    criteria: [],
    aspects: [],
    score: null,
    percent: null,
    contribution: null,
    rank: null,
    tie: null,
  });

  const combiners = new Map<string, ReturnType<typeof stageCombiner>>();
  function evaluate(stage: Stage, applicantId: string): StageResult {
    if (stage.kind === 'gate') {
      const d = decisions.get(stage.id)?.get(applicantId);
      const reasons = gateChecks(stage.id, d);
      const outcome = outcomeOf(reasons);
      return {
        ...empty(stage),
        gate: d ? { decision: d.decision, note: d.note } : null,
        outcome,
        passed: outcome === 'passed',
        reasons: reasons.map(R),
      };
    }
    const values = criteria.get(stage.id)?.get(applicantId);
    const rubric = rubrics.get(stage.id);
    if (!values || !rubric)
      return { ...empty(stage), outcome: 'incomplete', passed: false, reasons: [R({ code: 'stageNotScored', stageId: stage.id })] };
    let combine = combiners.get(stage.id);
    if (!combine) combiners.set(stage.id, (combine = stageCombiner(stage, rubric)));
    const combined = combine(values.map((c) => c.aggregate));
    const reasons = scoredChecks(stage.id, stage.source, rubric, values, combined.score);
    const outcome = outcomeOf(reasons);
    // Written out (not spread) for speed at scale; the keys in the order `empty` gives them.
    return {
      stageId: stage.id,
      kind: stage.kind,
      source: stage.source,
      gate: null,
      criteria: values,
      aspects: combined.aspects,
      score: combined.score,
      percent: combined.percent,
      contribution: combined.contribution,
      rank: null,
      tie: null,
      outcome,
      passed: outcome === 'passed',
      reasons: reasons.length === 0 ? [] : reasons.map(R),
    };
  }

  function applicantResult(applicantId: string): ApplicantResult {
    const withdrawn = facts.get(applicantId)!.status === 'withdrawn';
    let eliminatedBy: string | null = null;
    const results: StageResult[] = stages.map((stage) => {
      if (withdrawn || eliminatedBy !== null) {
        const d: ReasonDetail = withdrawn
          ? { code: 'withdrawn', stageId: null }
          : { code: 'eliminated', stageId: stage.id, byStageId: eliminatedBy! };
        return { ...empty(stage), outcome: 'notEligible', passed: false, reasons: [R(d)] };
      }
      const r = evaluate(stage, applicantId);
      if (stage.eliminates && r.outcome === 'failed') eliminatedBy = stage.id;
      return r;
    });
    const outcome: ApplicantOutcome = withdrawn
      ? 'withdrawn'
      : results.some((s) => s.outcome === 'failed')
        ? 'failed'
        : results.some((s) => s.outcome === 'incomplete')
          ? 'incomplete'
          : 'passed';
    const tooFewScorers: CriterionRef[] = [];
    const disagreement: CriterionRef[] = [];
    for (const s of results) {
      for (const c of s.criteria) if (c.tooFewScorers) tooFewScorers.push({ stageId: s.stageId, criterionId: c.criterionId });
      for (const c of s.criteria) if (c.flaggedSpread) disagreement.push({ stageId: s.stageId, criterionId: c.criterionId });
    }
    return {
      applicantId,
      outcome,
      passed: outcome === 'passed',
      final: withdrawn ? null : finalOf(results),
      rank: null,
      tie: null,
      reasons: withdrawn
        ? [R({ code: 'withdrawn', stageId: null })]
        : results.flatMap((s) => s.reasons).filter((r) => r.code !== 'eliminated'),
      flags: { tooFewScorers, disagreement },
      stages: results,
    };
  }

  const applicants = ids.map(applicantResult);
  const byId = new Map(applicants.map((a) => [a.applicantId, a]));
  const stageOf = (stageId: string, applicantId: string) => byId.get(applicantId)?.stages.find((s) => s.stageId === stageId);
  const lookups: TieLookups = {
    stageScore: (stageId, a) => stageOf(stageId, a)?.score ?? null,
    criterionValue: (stageId, criterionId, a) =>
      stageOf(stageId, a)?.criteria.find((c) => c.criterionId === criterionId)?.aggregate ?? null,
    facts: (a) => facts.get(a),
  };

  // The final ranking: those who passed every stage.
  const ranked = rank(
    applicants.filter((a) => a.passed).map((a) => a.applicantId),
    (a) => byId.get(a)!.final!,
    finalTieColumns(input.setup.tieBreak, lookups, names),
  );
  for (const [id, r] of ranked.byId) Object.assign(byId.get(id)!, r);

  // Per scored stage: those who passed that stage.
  const stageRanks: StageRanking[] = stages
    .filter((s) => s.kind === 'scored')
    .map((stage) => {
      const passed = applicants.filter((a) => stageOf(stage.id, a.applicantId)?.passed).map((a) => a.applicantId);
      const r = rank(passed, (a) => stageOf(stage.id, a)!.score!, stageTieColumns(stage.id, input.setup.tieBreak, lookups, names));
      for (const [id, x] of r.byId) Object.assign(stageOf(stage.id, id)!, x);
      return { stageId: stage.id, ranking: r.order.map((applicantId) => ({ applicantId, rank: r.byId.get(applicantId)!.rank })) };
    });

  const agreement: CriterionAgreement[] = stages.flatMap((stage) => {
    const p = panels.get(stage.id);
    const rubric = rubrics.get(stage.id);
    return p && rubric ? rubric.criteria.map((_, c) => cubeAgreement(stage.id, p.cube, c)) : [];
  });

  const outcomeOrder: ApplicantOutcome[] = ['passed', 'failed', 'incomplete', 'withdrawn'];
  const rest = applicants
    .filter((a) => a.rank === null)
    .sort((a, b) => outcomeOrder.indexOf(a.outcome) - outcomeOrder.indexOf(b.outcome) || (a.applicantId < b.applicantId ? -1 : 1));

  return {
    options,
    method: describeOptions(options),
    applicants: [...ranked.order.map((id) => byId.get(id)!), ...rest],
    stageRanks,
    agreement,
    disagreements: disagreementsOf(stages, rubrics, panels, applicants, names),
  };
}
