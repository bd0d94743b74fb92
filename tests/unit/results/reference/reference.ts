import { formatScore } from '../../../../shared/results/display';
import { namesOf, type Names } from '../../../../shared/results/names';
import { describeOptions } from '../../../../shared/results/options';
import { reason } from '../../../../shared/results/reasons';
import { ruleLabel } from '../../../../shared/results/tie-break';
import type { Criterion, Rubric } from '../../../../shared/selection/rubric';
import type { Stage } from '../../../../shared/selection/selection';
import type {
  ApplicantOutcome,
  ApplicantResult,
  AspectResult,
  CriterionResult,
  Disagreement,
  ReasonDetail,
  ResultOptions,
  Results,
  ResultsInput,
  StageInput,
  StageOutcome,
  StageResult,
} from '../../../../shared/results/types';
import { checkInput, scoresOf } from './check';
import { agreementOf } from './icc';
import { rankAmong, ruleOf, type RuleLookups, type Rule } from './rank';
import { clamp, div, frac, lt, maxOf, mean, minOf, mul, q, sqrt, sub, sum, toNumber, variance, ZERO, cmp, type Q } from './rational';
import { facts } from './text';

/**
 * A deliberately simple second implementation of the results rules (shared/results), for the
 * differential test (optimised.test.ts). Exact fractions, no caching, no packed data: one
 * small function per rule, in the order the rules apply. See README.md in this folder.
 */

type PanelInput = Extract<StageInput, { type: 'panel' }>;

/** One counted score: an active applicant's, from a member who did not recuse themselves. */
interface Counted {
  member: string;
  applicant: string;
  criterion: string;
  value: Q;
}

/** What the rules after a stage read from it, in exact numbers (the output holds doubles). */
interface StageFacts {
  result: StageResult;
  score: Q | null;
  contribution: Q | null;
  values: Map<string, Q | null>;
}

// ------------------------------------------------------------------ the numeric rules

/** Comparisons against minimums and thresholds forgive float noise: 1e-9. */
const NOISE = frac(1, 10 ** 9);
const below = (value: Q, limit: Q): boolean => lt(value, sub(limit, NOISE));
const TRIM_FROM = 5;

const defaults: ResultOptions = { method: 'mean', standardise: false, minScorers: 2, disagreementFraction: 0.4 };

function rangeOf(c: Criterion): { min: Q; max: Q } {
  if (c.scale.type === 'numeric') return { min: q(c.scale.min), max: q(c.scale.max) };
  const values = c.scale.levels.map((l) => q(l.value));
  return { min: minOf(values), max: maxOf(values) };
}

/** Mean, median, or the mean without one highest and one lowest from five scores up. */
function aggregate(values: readonly Q[], method: ResultOptions['method']): Q | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort(cmp);
  const mid = Math.floor(sorted.length / 2);
  if (method === 'median') return sorted.length % 2 === 1 ? sorted[mid]! : mean([sorted[mid - 1]!, sorted[mid]!]);
  return mean(method === 'trimmed' && sorted.length >= TRIM_FROM ? sorted.slice(1, -1) : sorted);
}

/**
 * Per-member standardisation of one criterion's counted scores: the member's z-score
 * (population sd, z = 0 when their scores do not vary) put back on the pooled panel's mean
 * and sd, clamped to the scale. panel mean + panel sd x z = panel mean + (x - own mean) x
 * sqrt(panel variance / own variance).
 */
function standardised(scores: readonly Counted[], range: { min: Q; max: Q }): Map<Counted, Q> {
  const out = new Map<Counted, Q>();
  if (scores.length === 0) return out;
  const pooled = scores.map((s) => s.value);
  const panelMean = mean(pooled);
  const panelVariance = variance(pooled);
  for (const member of new Set(scores.map((s) => s.member))) {
    const own = scores.filter((s) => s.member === member);
    const ownMean = mean(own.map((s) => s.value));
    const ownVariance = variance(own.map((s) => s.value));
    const ratio = cmp(ownVariance, ZERO) > 0 ? sqrt(div(panelVariance, ownVariance)) : ZERO;
    for (const s of own) out.set(s, clamp(sum([panelMean, mul(sub(s.value, ownMean), ratio)]), range.min, range.max));
  }
  return out;
}

const percentOf = (value: Q, max: Q): Q => (cmp(max, ZERO) === 0 ? ZERO : mul(div(value, max), frac(100)));

function panelCriterion(
  c: Criterion,
  given: readonly Counted[],
  std: Map<Counted, Q> | null,
  o: ResultOptions,
): CriterionResult & { exact: Q | null } {
  const range = rangeOf(c);
  const raw = aggregate(
    given.map((s) => s.value),
    o.method,
  );
  const value = std
    ? aggregate(
        given.map((s) => std.get(s)!),
        o.method,
      )
    : raw;
  const spread = given.length > 1 ? sub(maxOf(given.map((s) => s.value)), minOf(given.map((s) => s.value))) : null;
  const limit = mul(q(o.disagreementFraction), sub(range.max, range.min));
  return {
    criterionId: c.id,
    aggregate: value === null ? null : toNumber(value),
    rawAggregate: raw === null ? null : toNumber(raw),
    percent: value === null ? null : toNumber(percentOf(value, range.max)),
    scorers: given.length,
    trimmed: o.method === 'trimmed' && given.length >= TRIM_FROM,
    spread: spread === null ? null : toNumber(spread),
    spreadLimit: toNumber(limit),
    // Strictly above the limit, float noise (1e-9) forgiven.
    flaggedSpread: spread !== null && lt(sum([limit, NOISE]), spread),
    tooFewScorers: given.length > 0 && given.length < o.minScorers,
    belowMinimum: value !== null && c.minimum !== null && below(value, q(c.minimum)),
    exact: value,
  };
}

/** An imported value counts as it is: no members, so no scorers, spread or disagreement. */
function externalCriterion(c: Criterion, value: Q | null): CriterionResult & { exact: Q | null } {
  const shown = value === null ? null : toNumber(value);
  const percent = value === null ? null : toNumber(percentOf(value, rangeOf(c).max));
  const noMembers = { scorers: null, trimmed: false, spread: null, spreadLimit: null, flaggedSpread: false, tooFewScorers: false };
  return {
    criterionId: c.id,
    aggregate: shown,
    rawAggregate: shown,
    percent,
    ...noMembers,
    belowMinimum: value !== null && c.minimum !== null && below(value, q(c.minimum)),
    exact: value,
  };
}

/** Criterion -> aspect -> stage: weighted percentages (0-100) or a plain sum in points. */
function combine(stage: Stage, rubric: Rubric, values: readonly (Q | null)[]) {
  const weightOf = (c: Criterion) => div(q(c.weight), frac(100));
  const aspectWeightOf = (c: Criterion) =>
    rubric.aspects.length === 0 ? frac(1) : div(q(rubric.aspects.find((a) => a.id === c.aspectId)?.weight ?? 0), frac(100));
  const part = (i: number) => percentOf(values[i]!, rangeOf(rubric.criteria[i]!).max);
  const aspects: AspectResult[] =
    rubric.combine !== 'weighted'
      ? []
      : rubric.aspects.map((a) => {
          const mine = rubric.criteria.flatMap((c, i) => (c.aspectId === a.id ? [i] : []));
          const score = mine.every((i) => values[i] !== null) ? sum(mine.map((i) => mul(weightOf(rubric.criteria[i]!), part(i)))) : null;
          return { aspectId: a.id, score: score === null ? null : toNumber(score) };
        });
  if (rubric.criteria.length === 0 || values.some((v) => v === null)) return { score: null, percent: null, contribution: null, aspects };
  const score =
    rubric.combine === 'sum'
      ? sum(values.map((v) => v!))
      : sum(rubric.criteria.map((c, i) => mul(mul(aspectWeightOf(c), weightOf(c)), part(i))));
  const maximum = stage.maxTotal !== null ? q(stage.maxTotal) : sum(rubric.criteria.map((c) => rangeOf(c).max));
  const percent = rubric.combine === 'weighted' ? score : percentOf(score, maximum);
  return { score, percent, contribution: mul(div(q(stage.weight), frac(100)), percent), aspects };
}

// ------------------------------------------------------------------ pass / fail

const failing: ReadonlySet<ReasonDetail['code']> = new Set(['gateNotMet', 'belowMinimum', 'belowThreshold']);

/** A failing reason fails the stage; any other reason leaves it incomplete. */
const outcomeOf = (reasons: readonly ReasonDetail[]): StageOutcome =>
  reasons.some((r) => failing.has(r.code)) ? 'failed' : reasons.length > 0 ? 'incomplete' : 'passed';

function scoredReasons(
  stage: Stage,
  rubric: Rubric,
  criteria: readonly (CriterionResult & { exact: Q | null })[],
  score: Q | null,
): ReasonDetail[] {
  const out: ReasonDetail[] = [];
  rubric.criteria.forEach((c, i) => {
    const value = criteria[i]!.exact;
    if (value === null)
      out.push({ code: stage.source === 'panel' ? 'missingScores' : 'missingValue', stageId: stage.id, criterionId: c.id });
    else if (c.minimum !== null && below(value, q(c.minimum)))
      out.push({ code: 'belowMinimum', stageId: stage.id, criterionId: c.id, value: toNumber(value), minimum: c.minimum });
  });
  if (score !== null && rubric.threshold !== null && below(score, q(rubric.threshold))) {
    out.push({ code: 'belowThreshold', stageId: stage.id, value: toNumber(score), threshold: rubric.threshold });
  }
  return out;
}

// ------------------------------------------------------------------ the whole

export function referenceResults(input: ResultsInput): Results {
  const o: ResultOptions = { ...defaults, ...input.options };
  checkInput(input);
  const stages = input.setup.stages;
  const inputOf = (stageId: string) => input.stages.find((s) => s.stageId === stageId);
  const rubricOf = (stage: Stage): Rubric | null => {
    const si = inputOf(stage.id);
    return si && si.type !== 'gate' ? si.rubric : stage.rubric;
  };
  const names: Names = namesOf(
    stages,
    new Map(stages.flatMap((s) => (s.kind === 'scored' && rubricOf(s) ? [[s.id, rubricOf(s)!] as const] : []))),
  );
  const withText = (d: ReasonDetail) => reason(d, names);
  const ids = input.applicants.map((a) => a.id).sort();
  const factsOf = (id: string) => input.applicants.find((a) => a.id === id)!;
  const active = new Set(ids.filter((id) => factsOf(id).status === 'active'));

  const counted = new Map<string, Counted[]>();
  for (const si of input.stages) if (si.type === 'panel') counted.set(si.stageId, countedScores(si, active));

  // Standardisation is per criterion over every counted score of the stage: done once per stage.
  const std = new Map<string, Map<Counted, Q> | null>();
  for (const stage of stages) {
    const scores = counted.get(stage.id);
    if (!scores || !o.standardise) continue;
    const all = new Map<Counted, Q>();
    for (const c of rubricOf(stage)!.criteria)
      for (const [s, v] of standardised(
        scores.filter((x) => x.criterion === c.id),
        rangeOf(c),
      ))
        all.set(s, v);
    std.set(stage.id, all);
  }

  /** A stage with nothing computed: not reached, not scored, or a gate (which has no numbers). */
  const blank = (stage: Stage, outcome: StageOutcome, reasons: ReasonDetail[]): StageFacts => {
    const nothing = { gate: null, criteria: [], aspects: [], score: null, percent: null, contribution: null, rank: null, tie: null };
    const result: StageResult = {
      stageId: stage.id,
      kind: stage.kind,
      source: stage.source,
      outcome,
      passed: outcome === 'passed',
      ...nothing,
      reasons: reasons.map(withText),
    };
    return { result, score: null, contribution: null, values: new Map() };
  };

  function evaluate(stage: Stage, applicantId: string): StageFacts {
    const si = inputOf(stage.id);
    if (stage.kind === 'gate') {
      const d = (si?.type === 'gate' ? si.decisions : []).find((x) => x.applicantId === applicantId);
      const reasons: ReasonDetail[] = !d
        ? [{ code: 'gateUndecided', stageId: stage.id }]
        : d.decision === 'TMS'
          ? [{ code: 'gateNotMet', stageId: stage.id, note: d.note }]
          : [];
      const f = blank(stage, outcomeOf(reasons), reasons);
      return { ...f, result: { ...f.result, gate: d ? { decision: d.decision, note: d.note } : null } };
    }
    const rubric = rubricOf(stage);
    if (!si || !rubric) return blank(stage, 'incomplete', [{ code: 'stageNotScored', stageId: stage.id }]);
    const criteria = rubric.criteria.map((c) => {
      if (si.type === 'external') {
        const v = si.values.find((x) => x.applicantId === applicantId && x.criterionId === c.id);
        return externalCriterion(c, v ? q(v.value) : null);
      }
      const given = counted.get(stage.id)!.filter((s) => s.applicant === applicantId && s.criterion === c.id);
      return panelCriterion(c, given, std.get(stage.id) ?? null, o);
    });
    const combined = combine(
      stage,
      rubric,
      criteria.map((c) => c.exact),
    );
    const reasons = scoredReasons(stage, rubric, criteria, combined.score);
    const f = blank(stage, outcomeOf(reasons), reasons);
    return {
      result: {
        ...f.result,
        criteria: criteria.map(({ exact: _, ...c }) => c),
        aspects: combined.aspects,
        score: combined.score === null ? null : toNumber(combined.score),
        percent: combined.percent === null ? null : toNumber(combined.percent),
        contribution: combined.contribution === null ? null : toNumber(combined.contribution),
      },
      score: combined.score,
      contribution: combined.contribution,
      values: new Map(criteria.map((c) => [c.criterionId, c.exact])),
    };
  }

  /** Stage by stage; a failed eliminating stage (sistem gugur) closes every later stage. */
  function stagesOf(applicantId: string): StageFacts[] {
    if (!active.has(applicantId)) return stages.map((s) => blank(s, 'notEligible', [{ code: 'withdrawn', stageId: null }]));
    let eliminatedBy: string | null = null;
    return stages.map((stage) => {
      if (eliminatedBy !== null) return blank(stage, 'notEligible', [{ code: 'eliminated', stageId: stage.id, byStageId: eliminatedBy }]);
      const f = evaluate(stage, applicantId);
      if (stage.eliminates && f.result.outcome === 'failed') eliminatedBy = stage.id;
      return f;
    });
  }

  const stageFacts = new Map(ids.map((id) => [id, stagesOf(id)]));
  const factsAt = (stageId: string, applicantId: string) => stageFacts.get(applicantId)!.find((f) => f.result.stageId === stageId)!;
  const finalOf = (id: string): Q | null => {
    const scored = stageFacts.get(id)!.filter((f) => f.result.kind === 'scored');
    return active.has(id) && scored.every((f) => f.contribution !== null) ? sum(scored.map((f) => f.contribution!)) : null;
  };

  const applicants: ApplicantResult[] = ids.map((id) => {
    const results = stageFacts.get(id)!.map((f) => f.result);
    // Withdrawn, else the worst stage decides: a failure over a gap; a stage not reached decides nothing.
    const worst = (['failed', 'incomplete'] satisfies ApplicantOutcome[]).find((o) => results.some((s) => s.outcome === o));
    const outcome: ApplicantOutcome = !active.has(id) ? 'withdrawn' : (worst ?? 'passed');
    const flagged = (pick: (c: CriterionResult) => boolean) =>
      results.flatMap((s) => s.criteria.filter(pick).map((c) => ({ stageId: s.stageId, criterionId: c.criterionId })));
    const final = finalOf(id);
    return {
      applicantId: id,
      outcome,
      passed: outcome === 'passed',
      final: final === null ? null : toNumber(final),
      rank: null,
      tie: null,
      // The withdrawn reason once; an elimination's consequences stay in the stages.
      reasons: active.has(id)
        ? results.flatMap((s) => s.reasons).filter((r) => r.code !== 'eliminated')
        : [withText({ code: 'withdrawn', stageId: null })],
      flags: { tooFewScorers: flagged((c) => c.tooFewScorers), disagreement: flagged((c) => c.flaggedSpread) },
      stages: results,
    };
  });
  const byId = new Map(applicants.map((a) => [a.applicantId, a]));

  // ---------------------------------------------------------------- ranking
  const lookups: RuleLookups = {
    stageScore: (stageId, a) => factsAt(stageId, a).score,
    criterionValue: (stageId, criterionId, a) => factsAt(stageId, a).values.get(criterionId) ?? null,
    gpa: (a) => (factsOf(a).gpa === null ? null : q(factsOf(a).gpa!)),
    birthDate: (a) => factsOf(a).birthDate,
  };
  const rules: Rule[] = input.setup.tieBreak.map((rule, ruleIndex) =>
    ruleOf(rule, { ruleIndex, rule, label: ruleLabel(rule, names) }, lookups),
  );

  // The final ranking: those who passed every stage, on the final score and every rule.
  const final = rankAmong(
    applicants.filter((a) => a.passed).map((a) => a.applicantId),
    (id) => finalOf(id)!,
    rules,
  );
  for (const id of final.order) Object.assign(byId.get(id)!, { rank: final.rank.get(id)!, tie: final.tie.get(id)! });

  // Per scored stage: those who passed it, on its score and the rules about its own criteria.
  const stageRanks = stages
    .filter((s) => s.kind === 'scored')
    .map((stage) => {
      const own = rules.filter((r) => r.step.rule.kind === 'criterion' && r.step.rule.stageId === stage.id);
      const r = rankAmong(
        ids.filter((id) => factsAt(stage.id, id).result.passed),
        (id) => factsAt(stage.id, id).score!,
        own,
      );
      for (const id of r.order) Object.assign(factsAt(stage.id, id).result, { rank: r.rank.get(id)!, tie: r.tie.get(id)! });
      return { stageId: stage.id, ranking: r.order.map((applicantId) => ({ applicantId, rank: r.rank.get(applicantId)! })) };
    });

  const outcomeOrder: ApplicantOutcome[] = ['passed', 'failed', 'incomplete', 'withdrawn'];
  const unranked = applicants
    .filter((a) => a.rank === null)
    .sort((a, b) => outcomeOrder.indexOf(a.outcome) - outcomeOrder.indexOf(b.outcome) || (a.applicantId < b.applicantId ? -1 : 1));

  return {
    options: o,
    method: describeOptions(o),
    applicants: [...final.order.map((id) => byId.get(id)!), ...unranked],
    stageRanks,
    agreement: stages.flatMap((stage) => {
      const scores = counted.get(stage.id);
      return scores
        ? rubricOf(stage)!.criteria.map((c) =>
            agreementOf(
              stage.id,
              c.id,
              scores.filter((s) => s.criterion === c.id),
            ),
          )
        : [];
    }),
    disagreements: stages.flatMap((stage) =>
      counted.has(stage.id) ? disagreementsAt(stage, rubricOf(stage)!, counted.get(stage.id)!, applicants, names) : [],
    ),
  };
}

/** Every score of a panel stage (plain and packed), minus withdrawn applicants and recused pairs. */
function countedScores(si: PanelInput, active: ReadonlySet<string>): Counted[] {
  const recused = (personId: string, applicantId: string) =>
    si.recusals.some((r) => r.personId === personId && r.applicantId === applicantId);
  return scoresOf(si)
    .filter((s) => active.has(s.applicantId) && !recused(s.personId, s.applicantId))
    .map((s) => ({ member: s.personId, applicant: s.applicantId, criterion: s.criterionId, value: q(s.value) }));
}

/** Flagged spreads of applicants still in the stage: largest first, then applicant, then rubric order. */
function disagreementsAt(
  stage: Stage,
  rubric: Rubric,
  scores: readonly Counted[],
  applicants: readonly ApplicantResult[],
  names: Names,
): Disagreement[] {
  const items = applicants.flatMap((a) => {
    const s = a.stages.find((x) => x.stageId === stage.id)!;
    if (s.outcome === 'notEligible') return [];
    return s.criteria
      .filter((c) => c.flaggedSpread)
      .map((c): Disagreement => {
        const given = scores.filter((x) => x.applicant === a.applicantId && x.criterion === c.criterionId).map((x) => x.value);
        const [lowest, highest] = [toNumber(minOf(given)), toNumber(maxOf(given))];
        const shown = (lang: 'id' | 'en') => [
          names.criterion(stage.id, c.criterionId),
          names.stage(stage.id),
          ...[c.spread!, lowest, highest, c.spreadLimit!].map((x) => formatScore(x, lang)),
        ];
        return {
          stageId: stage.id,
          applicantId: a.applicantId,
          criterionId: c.criterionId,
          spread: c.spread!,
          limit: c.spreadLimit!,
          lowest,
          highest,
          scorers: given.length,
          text: facts(shown('id'), shown('en')),
        };
      });
  });
  const order = (criterionId: string) => rubric.criteria.findIndex((c) => c.id === criterionId);
  return items.sort(
    (x, y) =>
      y.spread - x.spread ||
      (x.applicantId < y.applicantId ? -1 : x.applicantId > y.applicantId ? 1 : 0) ||
      order(x.criterionId) - order(y.criterionId),
  );
}
