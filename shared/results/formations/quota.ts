import { rank } from '../ranking';
import type { TieColumn } from '../tie-break';

/**
 * Those who pass a quota gate within one formation: everyone whose rank (stage score, then
 * the gate's keys, then a shared rank) is within `cut`, so all who are equal on every key
 * with the last one advance too.
 *
 * Only the contenders are ranked: an applicant whose raw score is below the cut-th highest
 * by more than float noise has at least `cut` others strictly ahead of them on the score
 * itself, whatever the keys, so they cannot advance; for everyone else the ranking among the
 * contenders decides exactly as among all (the 1e-6 margin is far above the 1e-9 at which
 * scores are compared). At scale this ranks a few per place instead of every applicant.
 */
const MARGIN = 1e-6;

export function advancing(ids: readonly string[], score: (id: string) => number, columns: readonly TieColumn[], cut: number): Set<string> {
  if (ids.length <= cut) return new Set(ids);
  const scores = Float64Array.from(ids, score).sort();
  const floor = scores[scores.length - cut]! - MARGIN;
  const contenders = ids.filter((id) => score(id) >= floor);
  const r = rank(contenders, score, columns);
  return new Set(contenders.filter((id) => r.byId.get(id)!.rank <= cut));
}
