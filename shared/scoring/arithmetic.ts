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
