/**
 * Disagreement between members on one applicant and criterion: the spread (highest minus
 * lowest score as given, before any standardisation) against a limit of a fraction of the
 * scale's range. Strictly above the limit is flagged (40 % of 0-100: 41 is, 40 is not).
 */
export function spreadOf(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  return Math.max(...values) - Math.min(...values);
}

export function spreadLimit(range: { min: number; max: number }, fraction: number): number {
  return fraction * (range.max - range.min);
}

/** Float noise (0.4 x 3 = 1.2000000000000002) never decides a flag. */
export function isDisagreement(spread: number | null, limit: number): boolean {
  return spread !== null && spread - limit > 1e-9;
}
