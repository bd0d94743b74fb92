import type { Reading } from '../contract/scoring-types';

/**
 * How far from the panel a member may sit and still read the descriptors "in line": 5 % of
 * the scale's range (0.15 on a 1-4 scale, 5 points on 0-100). Beyond it, more lenient or
 * stricter. One rule for calibration and for leniency after close.
 */
export const IN_LINE_FRACTION = 0.05;

export function readingOf(difference: number | null, range: number): Reading | null {
  if (difference === null) return null;
  if (Math.abs(difference) <= IN_LINE_FRACTION * range + 1e-9) return 'inLine';
  return difference > 0 ? 'lenient' : 'strict';
}
