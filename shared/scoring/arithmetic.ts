import type { Rubric } from '../selection/rubric';
import { scaleRange } from '../selection/rubric';

/**
 * The arithmetic of scores, in one place so the desk, the results, the CSV and the PDF agree.
 *
 * - A criterion's score counts as a percentage of its scale's maximum (value / max x 100):
 *   the reading committees use for "persentase capaian", and it keeps a 1-4 scale and a
 *   0-100 scale comparable in one weighted stage.
 * - A weighted stage score is the sum over aspects of aspect weight x the weighted mean of
 *   its criteria (or over criteria alone when there are no aspects), so 0-100.
 * - A summed stage (CAT scores) is the plain sum of the values, in points.
 * - Shown values are rounded half-up at two decimals; sums use the unrounded values.
 */
export function criterionPercent(value: number, rubric: Rubric, criterionId: string): number {
  const c = rubric.criteria.find((x) => x.id === criterionId);
  if (!c) return 0;
  const { max } = scaleRange(c.scale);
  return max === 0 ? 0 : (value / max) * 100;
}

/**
 * A running subtotal over the criteria scored so far (missing ones count as nothing), or
 * null when nothing is scored. Equals the stage score once every criterion is scored.
 */
export function stageSubtotal(rubric: Rubric, values: Record<string, number | null | undefined>): number | null {
  let any = false;
  let total = 0;
  for (const c of rubric.criteria) {
    const v = values[c.id];
    if (v === null || v === undefined) continue;
    any = true;
    if (rubric.combine === 'sum') {
      total += v;
      continue;
    }
    const aspectWeight = rubric.aspects.length > 0 ? (rubric.aspects.find((a) => a.id === c.aspectId)?.weight ?? 0) / 100 : 1;
    total += aspectWeight * (c.weight / 100) * criterionPercent(v, rubric, c.id);
  }
  return any ? total : null;
}

/** Half-up rounding at `places` decimals, robust to binary float (2.675 -> 2.68). */
export function roundHalfUp(value: number, places = 2): number {
  const factor = 10 ** places;
  const shifted = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.floor(shifted + 0.5)) / factor;
}

export function mean(xs: number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/**
 * An aspect's score, 0-100: the sum over its criteria of criterion weight x criterion
 * percent, or null while any of its criteria has no value. A weighted stage score is the sum
 * of aspect weight x aspect score (what `stageSubtotal` adds up criterion by criterion).
 */
export function aspectScore(rubric: Rubric, aspectId: string, values: Record<string, number | null | undefined>): number | null {
  let total = 0;
  for (const c of rubric.criteria) {
    if (c.aspectId !== aspectId) continue;
    const v = values[c.id];
    if (v === null || v === undefined) return null;
    total += (c.weight / 100) * criterionPercent(v, rubric, c.id);
  }
  return total;
}

/**
 * The most a stage score can reach: 100 when weighted; when summed, the stage's maximum
 * total (SKD 550) or, without one, the sum of its criteria's maxima.
 */
export function stageMaximum(rubric: Rubric, maxTotal: number | null): number {
  if (rubric.combine === 'weighted') return 100;
  return maxTotal ?? rubric.criteria.reduce((a, c) => a + scaleRange(c.scale).max, 0);
}

/** A stage score on 0-100: a weighted score as it is, a summed total / maximum x 100 (SKD/550 x 100). */
export function stagePercent(score: number, rubric: Rubric, maxTotal: number | null): number {
  if (rubric.combine === 'weighted') return score;
  const max = stageMaximum(rubric, maxTotal);
  return max === 0 ? 0 : (score / max) * 100;
}

/** A stage's part of the final result: stage weight (percent) x the stage score on 0-100. */
export function stageContribution(stageWeight: number, percent: number): number {
  return (stageWeight / 100) * percent;
}
