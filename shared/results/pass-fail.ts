import type { Rubric } from '../selection/rubric';
import type { CriterionResult, GateDecision, ReasonDetail, StageOutcome } from './types';

/**
 * Pass and fail, one stage at a time:
 * - a gate passes on MS, fails on TMS (with the committee's note), is incomplete undecided;
 * - a scored stage fails when a criterion's aggregate is below its minimum or the stage score
 *   is below the threshold (weighted: 0-100; summed: points), every failing rule listed; it is
 *   incomplete while a criterion has no value; a failure outweighs a gap;
 * - comparisons forgive float noise only (1e-9): a mean of 2.7999999999999998 meets 2.8.
 * Across stages (results.ts): any failed stage fails the applicant; an eliminating stage
 * (sistem gugur) also keeps them out of every later stage.
 */
export const NOISE = 1e-9;

export const below = (value: number, limit: number): boolean => value < limit - NOISE;

export function gateChecks(stageId: string, decision: GateDecision | undefined): ReasonDetail[] {
  if (!decision) return [{ code: 'gateUndecided', stageId }];
  return decision.decision === 'TMS' ? [{ code: 'gateNotMet', stageId, note: decision.note }] : [];
}

export function scoredChecks(
  stageId: string,
  source: 'panel' | 'external',
  rubric: Rubric,
  criteria: readonly CriterionResult[],
  score: number | null,
): ReasonDetail[] {
  const out: ReasonDetail[] = [];
  for (const c of criteria) {
    const minimum = rubric.criteria.find((x) => x.id === c.criterionId)?.minimum ?? null;
    if (c.aggregate === null) {
      out.push(
        source === 'panel'
          ? { code: 'missingScores', stageId, criterionId: c.criterionId }
          : { code: 'missingValue', stageId, criterionId: c.criterionId },
      );
    } else if (minimum !== null && below(c.aggregate, minimum)) {
      out.push({ code: 'belowMinimum', stageId, criterionId: c.criterionId, value: c.aggregate, minimum });
    }
  }
  if (score !== null && rubric.threshold !== null && below(score, rubric.threshold)) {
    out.push({ code: 'belowThreshold', stageId, value: score, threshold: rubric.threshold });
  }
  return out;
}

const failing = new Set<ReasonDetail['code']>(['gateNotMet', 'belowMinimum', 'belowThreshold']);

export function outcomeOf(reasons: readonly ReasonDetail[]): StageOutcome {
  if (reasons.some((r) => failing.has(r.code))) return 'failed';
  return reasons.length > 0 ? 'incomplete' : 'passed';
}
