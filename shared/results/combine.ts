import { scaleRange, type Rubric } from '../selection/rubric';
import type { Stage } from '../selection/selection';
import { aspectScore, stageContribution, stagePercent, stageSubtotal } from '../scoring/arithmetic';
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
export function finalOf(stages: readonly Pick<StageResult, 'kind' | 'contribution'>[]): number | null {
  let total = 0;
  for (const s of stages) {
    if (s.kind !== 'scored') continue;
    if (s.contribution === null) return null;
    total += s.contribution;
  }
  return total;
}

/**
 * `combineStage` for many applicants of one stage: the rubric read once, the same
 * arithmetic in the same order (arithmetic.ts: aspectScore, stageSubtotal, stagePercent,
 * stageContribution). `values`: the criterion values in rubric order.
 */
export function stageCombiner(stage: Stage, rubric: Rubric): (values: readonly (number | null)[]) => StageScore {
  const criteria = rubric.criteria.map((c) => {
    const { max } = scaleRange(c.scale);
    const aspectWeight = rubric.aspects.length > 0 ? (rubric.aspects.find((a) => a.id === c.aspectId)?.weight ?? 0) / 100 : 1;
    return { c, max, weight: c.weight / 100, subtotalFactor: aspectWeight * (c.weight / 100) };
  });
  const percentOf = (i: number, v: number) => (criteria[i]!.max === 0 ? 0 : (v / criteria[i]!.max) * 100);
  const aspects =
    rubric.combine === 'weighted'
      ? rubric.aspects.map((a) => ({ id: a.id, members: criteria.flatMap((x, i) => (x.c.aspectId === a.id ? [i] : [])) }))
      : [];
  const sum = rubric.combine === 'sum';
  return (values) => {
    const aspectResults = aspects.map((a): AspectResult => {
      let total = 0;
      for (const i of a.members) {
        const v = values[i];
        if (v === null || v === undefined) return { aspectId: a.id, score: null };
        total += criteria[i]!.weight * percentOf(i, v);
      }
      return { aspectId: a.id, score: total };
    });
    let complete = criteria.length > 0;
    for (let i = 0; i < criteria.length && complete; i++) complete = values[i] !== null && values[i] !== undefined;
    if (!complete) return { score: null, percent: null, contribution: null, aspects: aspectResults };
    let score = 0;
    for (let i = 0; i < criteria.length; i++) {
      const v = values[i]!;
      score += sum ? v : criteria[i]!.subtotalFactor * percentOf(i, v);
    }
    const percent = stagePercent(score, rubric, stage.maxTotal);
    return { score, percent, contribution: stageContribution(stage.weight, percent), aspects: aspectResults };
  };
}
