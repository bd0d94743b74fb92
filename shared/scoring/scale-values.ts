import type { Criterion, Scale } from '../selection/rubric';
import { scaleRange } from '../selection/rubric';

/** Float steps (0.5, 0.25) are compared with a tolerance, as people type them. */
const EPS = 1e-9;

/** Whether `value` is a score the scale allows: a level's value, or a step inside the range. */
export function onScale(scale: Scale, value: number): boolean {
  if (scale.type === 'levels') return scale.levels.some((l) => Math.abs(l.value - value) < EPS);
  if (value < scale.min - EPS || value > scale.max + EPS) return false;
  const steps = (value - scale.min) / scale.step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

/** Scores at either end of the scale need a note when the criterion asks for justification. */
export function needsNote(criterion: Criterion, value: number | null, note: string): boolean {
  if (!criterion.justificationRequired || value === null || note.trim() !== '') return false;
  const { min, max } = scaleRange(criterion.scale);
  return Math.abs(value - min) < EPS || Math.abs(value - max) < EPS;
}

/** The scale's values in order, for a level picker (levels) or digit keys (small numeric scales). */
export function scaleChoices(scale: Scale): number[] {
  if (scale.type === 'levels') return scale.levels.map((l) => l.value).sort((a, b) => a - b);
  const n = Math.floor((scale.max - scale.min) / scale.step + EPS);
  if (n > 20) return [];
  return Array.from({ length: n + 1 }, (_, i) => Number((scale.min + i * scale.step).toFixed(6)));
}
