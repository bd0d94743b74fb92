import type { Rubric } from '../../../../shared/selection/rubric';
import type { Stage } from '../../../../shared/selection/selection';
import { aspectScore, stageContribution, stagePercent, stageSubtotal } from '../../../../shared/scoring/arithmetic';
import type { AspectResult, StageResult } from './types';

/**
 * Criterion -> aspect -> stage -> final, with the frozen rubric's weights as they are (the
 * set-up checks refuse to open scoring unless they sum to 100 % at every level; nothing is
 * renormalised here, so a wrong set-up shows rather than hides). The arithmetic itself is
 * `shared/scoring/arithmetic.ts`, the same as on the desk.
 */
export interface StageScore {
  score: number | null;
  percent: number | null;
  contribution: number | null;
  aspects: AspectResult[];
}

export function combineStage(stage: Stage, rubric: Rubric, values: Record<string, number | null>): StageScore {
  const aspects =
    rubric.combine === 'weighted' ? rubric.aspects.map((a) => ({ aspectId: a.id, score: aspectScore(rubric, a.id, values) })) : [];
  const complete = rubric.criteria.length > 0 && rubric.criteria.every((c) => values[c.id] !== null && values[c.id] !== undefined);
  if (!complete) return { score: null, percent: null, contribution: null, aspects };
  const score = stageSubtotal(rubric, values)!;
  const percent = stagePercent(score, rubric, stage.maxTotal);
  return { score, percent, contribution: stageContribution(stage.weight, percent), aspects };
}

/** The sum of the scored stages' contributions in stage order; null while any has none. */
export function finalOf(stages: readonly StageResult[]): number | null {
  let total = 0;
  for (const s of stages) {
    if (s.kind !== 'scored') continue;
    if (s.contribution === null) return null;
    total += s.contribution;
  }
  return total;
}
