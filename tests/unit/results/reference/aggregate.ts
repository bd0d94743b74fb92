import { mean } from '../../../../shared/scoring/arithmetic';
import type { AggregationMethod } from './types';

/** The trimmed mean drops the highest and the lowest score from this many scorers up. */
export const TRIM_FROM = 5;

export interface Aggregate {
  value: number;
  trimmed: boolean;
}

/** Sorted copy: every sum runs in one order, so the order scores arrive in never changes a result. */
export function ascending(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

/** The middle value; with an even count, the mean of the two middle ones. */
export function median(xs: readonly number[]): number | null {
  const s = ascending(xs);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Mean after dropping one highest and one lowest score, when five or more scored; the plain mean otherwise. */
export function trimmedMean(xs: readonly number[]): Aggregate | null {
  const s = ascending(xs);
  if (s.length === 0) return null;
  const trimmed = s.length >= TRIM_FROM;
  const kept = trimmed ? s.slice(1, -1) : s;
  return { value: mean(kept)!, trimmed };
}

/** One value from the counted scores of one criterion for one applicant; null when nobody scored. */
export function aggregate(values: readonly number[], method: AggregationMethod): Aggregate | null {
  if (values.length === 0) return null;
  if (method === 'trimmed') return trimmedMean(values);
  if (method === 'median') return { value: median(values)!, trimmed: false };
  return { value: mean(ascending(values))!, trimmed: false };
}
