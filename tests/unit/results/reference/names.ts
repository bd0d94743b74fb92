import type { Rubric } from '../../../../shared/selection/rubric';
import type { Stage } from '../../../../shared/selection/selection';

/** How stages and criteria are named in the texts: the stage's name, a criterion's code and name. */
export interface Names {
  stage(stageId: string): string;
  criterion(stageId: string, criterionId: string): string;
}

export function namesOf(stages: readonly Stage[], rubrics: ReadonlyMap<string, Rubric>): Names {
  return {
    stage: (stageId) => stages.find((s) => s.id === stageId)?.name ?? stageId,
    criterion: (stageId, criterionId) => {
      const c = rubrics.get(stageId)?.criteria.find((x) => x.id === criterionId);
      if (!c) return criterionId;
      return c.code && c.code !== c.name ? `${c.code} (${c.name})` : c.name;
    },
  };
}
