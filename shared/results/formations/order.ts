import { rank, type Ranked } from '../ranking';
import type { TieColumn } from '../tie-break';

/**
 * The selection's ranking (score, then the tie-break columns, then a shared rank) with PPPK
 * priority groups in front: every applicant of an earlier group ranks before every applicant
 * of a later one, and ranks run on across groups (a group never shares a rank with another).
 * `group` gives the group's position; with no groups every applicant is in group 0 and this
 * is `rank` itself.
 */
export function rankInGroups(
  ids: readonly string[],
  score: (id: string) => number,
  columns: readonly TieColumn[],
  group: (id: string) => number,
): Ranked {
  const byGroup = new Map<number, string[]>();
  for (const id of ids) {
    const g = group(id);
    const list = byGroup.get(g);
    if (list) list.push(id);
    else byGroup.set(g, [id]);
  }
  if (byGroup.size <= 1) return rank(ids, score, columns);
  const order: string[] = [];
  const byId: Ranked['byId'] = new Map();
  for (const g of [...byGroup.keys()].sort((a, b) => a - b)) {
    const r = rank(byGroup.get(g)!, score, columns);
    const offset = order.length;
    for (const id of r.order) {
      const x = r.byId.get(id)!;
      byId.set(id, { rank: x.rank + offset, tie: x.tie });
    }
    order.push(...r.order);
  }
  return { order, byId };
}
