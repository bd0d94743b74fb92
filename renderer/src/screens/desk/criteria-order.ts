import type { Aspect, Criterion, Rubric } from '../../../../shared/selection/rubric';

export interface CriterionGroup {
  /** Null for criteria outside any aspect (a rubric without aspects). */
  aspect: Aspect | null;
  criteria: Criterion[];
}

/** The rubric's criteria grouped by aspect, in the rubric's order: how the form shows them. */
export function groupCriteria(rubric: Rubric): CriterionGroup[] {
  const groups: CriterionGroup[] = rubric.aspects.map((aspect) => ({
    aspect,
    criteria: rubric.criteria.filter((c) => c.aspectId === aspect.id),
  }));
  const known = new Set(rubric.aspects.map((a) => a.id));
  const loose = rubric.criteria.filter((c) => c.aspectId === null || !known.has(c.aspectId));
  if (loose.length > 0) groups.push({ aspect: null, criteria: loose });
  return groups.filter((g) => g.criteria.length > 0);
}

/** The criteria in the order the form shows them, which is the order ↑ ↓ walk through. */
export function orderedCriteria(rubric: Rubric): Criterion[] {
  return groupCriteria(rubric).flatMap((g) => g.criteria);
}
