import { scaleRange, type Rubric } from '../../selection/rubric';
import type { Afirmasi } from './types';

/**
 * Afirmasi (PPPK): an applicant with a rule's attribute gets the rule's percentage of the
 * criterion's maximum added to the value; several rules on one criterion add up; the result
 * is capped at the maximum (never below the value as given). Applied before passing grades
 * and ranking, so both see the value that counts.
 */
export function afirmasiAdder(
  rules: readonly Afirmasi[],
  rubrics: ReadonlyMap<string, Rubric>,
): (stageId: string, criterionId: string, attributes: readonly string[], value: number) => number {
  if (rules.length === 0) return (_s, _c, _a, value) => value;
  const byCriterion = new Map<string, { rules: Afirmasi[]; max: number }>();
  for (const r of rules) {
    const key = `${r.stageId}\u0000${r.criterionId}`;
    const entry = byCriterion.get(key);
    if (entry) {
      entry.rules.push(r);
      continue;
    }
    const c = rubrics.get(r.stageId)?.criteria.find((x) => x.id === r.criterionId);
    if (c) byCriterion.set(key, { rules: [r], max: scaleRange(c.scale).max });
  }
  return (stageId, criterionId, attributes, value) => {
    const entry = byCriterion.get(`${stageId}\u0000${criterionId}`);
    if (!entry) return value;
    let bonus = 0;
    // percent x max / 100 rather than percent / 100 x max: 10 % of 150 is exactly 15.
    for (const r of entry.rules) if (attributes.includes(r.attribute)) bonus += (r.percent * entry.max) / 100;
    return bonus === 0 ? value : Math.max(value, Math.min(value + bonus, entry.max));
  };
}
