import { criterionPercent } from '../../../../shared/scoring/arithmetic';
import { scaleRange, type Criterion, type Rubric } from '../../../../shared/selection/rubric';
import { aggregate } from './aggregate';
import { isDisagreement, spreadLimit, spreadOf } from './disagreement';
import { below } from './pass-fail';
import { pairKey, standardise } from './standardise';
import type { CriterionResult, ExternalValue, MemberScore, Recusal, ResultOptions } from './types';

/** applicant -> member -> score as given. */
export type Counted = Map<string, Map<string, number>>;

export interface PanelCriteria {
  /** applicant -> one result per criterion, in rubric order. */
  results: Map<string, CriterionResult[]>;
  /** criterion -> the counted scores (for agreement). */
  counted: Map<string, Counted>;
}

function belowMinimum(c: Criterion, value: number | null): boolean {
  return value !== null && c.minimum !== null && below(value, c.minimum);
}

/**
 * Per applicant and criterion of a panel stage: the counted scores are the active applicants'
 * scores whose (member, applicant) pair is not recused; the aggregate uses the chosen method
 * on those (standardised first when on); spread and disagreement use the scores as given.
 */
export function panelCriteria(
  rubric: Rubric,
  scores: readonly MemberScore[],
  recusals: readonly Recusal[],
  applicantIds: readonly string[],
  options: ResultOptions,
): PanelCriteria {
  const active = new Set(applicantIds);
  const recused = new Set(recusals.map((r) => pairKey(r.personId, r.applicantId)));
  const counted = new Map<string, Counted>(rubric.criteria.map((c) => [c.id, new Map()]));
  for (const s of scores) {
    if (!active.has(s.applicantId) || recused.has(pairKey(s.personId, s.applicantId))) continue;
    const byApplicant = counted.get(s.criterionId);
    if (!byApplicant) continue;
    const byMember = byApplicant.get(s.applicantId) ?? new Map<string, number>();
    byApplicant.set(s.applicantId, byMember);
    byMember.set(s.personId, s.value);
  }

  const standardised = new Map<string, Map<string, number>>();
  if (options.standardise) {
    for (const c of rubric.criteria) {
      const flat = [...counted.get(c.id)!].flatMap(([applicantId, byMember]) => [...byMember].map(([personId, value]) => ({ personId, applicantId, value })));
      standardised.set(c.id, standardise(flat, scaleRange(c.scale)));
    }
  }

  const results = new Map<string, CriterionResult[]>();
  for (const applicantId of applicantIds) {
    results.set(
      applicantId,
      rubric.criteria.map((c): CriterionResult => {
        const byMember = counted.get(c.id)!.get(applicantId) ?? new Map<string, number>();
        const raw = [...byMember.values()];
        const std = standardised.get(c.id);
        const values = std ? [...byMember.keys()].map((p) => std.get(pairKey(p, applicantId))!) : raw;
        const agg = aggregate(values, options.method);
        const rawAgg = std ? aggregate(raw, options.method) : agg;
        const spread = spreadOf(raw);
        const limit = spreadLimit(scaleRange(c.scale), options.disagreementFraction);
        const value = agg?.value ?? null;
        return {
          criterionId: c.id,
          aggregate: value,
          rawAggregate: rawAgg?.value ?? null,
          percent: value === null ? null : criterionPercent(value, rubric, c.id),
          scorers: raw.length,
          trimmed: agg?.trimmed ?? false,
          spread,
          spreadLimit: limit,
          flaggedSpread: isDisagreement(spread, limit),
          tooFewScorers: raw.length > 0 && raw.length < options.minScorers,
          belowMinimum: belowMinimum(c, value),
        };
      }),
    );
  }
  return { results, counted };
}

/** An external stage: the imported value is the aggregate; no members, no spread. */
export function externalCriteria(rubric: Rubric, values: readonly ExternalValue[], applicantIds: readonly string[]): Map<string, CriterionResult[]> {
  const byKey = new Map(values.map((v) => [pairKey(v.applicantId, v.criterionId), v.value]));
  const results = new Map<string, CriterionResult[]>();
  for (const applicantId of applicantIds) {
    results.set(
      applicantId,
      rubric.criteria.map((c): CriterionResult => {
        const value = byKey.get(pairKey(applicantId, c.id)) ?? null;
        return {
          criterionId: c.id,
          aggregate: value,
          rawAggregate: value,
          percent: value === null ? null : criterionPercent(value, rubric, c.id),
          scorers: null,
          trimmed: false,
          spread: null,
          spreadLimit: null,
          flaggedSpread: false,
          tooFewScorers: false,
          belowMinimum: belowMinimum(c, value),
        };
      }),
    );
  }
  return results;
}
