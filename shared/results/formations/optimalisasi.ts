import type { Ranked } from '../ranking';
import { textKey } from './text-key';
import type { Formation } from './types';

export interface Placement {
  placedIn: string;
  step: 'L-1' | 'L-2';
}

export interface Optimised {
  placements: Map<string, Placement>;
  /** Per formation id: places filled at each step. */
  filled: Map<string, { l1: number; l2: number }>;
  /** Formations where applicants equal on every key took one place together. */
  overfilled: Set<string>;
}

/**
 * Optimalisasi: every formation with empty places is filled from candidates (TL applicants
 * with a final) in formations with the same jabatan (and pendidikan, when used): first other
 * jenis at the same lokasi (L-1), then other lokasi (L-2). Every L-1 fill comes before any
 * L-2 fill; within a step formations are served in list order, each taking the best
 * remaining candidates by the ranking keys across those formations; one place per applicant.
 * Candidates equal on every key with the one taking the last place are placed together (as
 * at the quota cut), and the formation is reported overfilled.
 *
 * `ranked`: the candidates ranked together (a shared rank means equal on every key).
 */
export function optimise(
  formations: readonly Formation[],
  empty: ReadonlyMap<string, number>,
  ranked: Ranked,
  formationOf: (applicantId: string) => string,
): Optimised {
  const byId = new Map(formations.map((f) => [f.id, f]));
  const group = (f: Formation) => `${textKey(f.jabatan)}\u0000${textKey(f.pendidikan)}`;
  // Candidates per jabatan group, in rank order.
  const pools = new Map<string, string[]>();
  for (const id of ranked.order) {
    const key = group(byId.get(formationOf(id))!);
    const pool = pools.get(key);
    if (pool) pool.push(id);
    else pools.set(key, [id]);
  }

  const placements = new Map<string, Placement>();
  const filled = new Map<string, { l1: number; l2: number }>(formations.map((f) => [f.id, { l1: 0, l2: 0 }]));
  const overfilled = new Set<string>();
  const need = new Map(empty);

  for (const step of ['L-1', 'L-2'] as const) {
    for (const target of formations) {
      let left = need.get(target.id) ?? 0;
      if (left <= 0) continue;
      const pool = pools.get(group(target));
      if (!pool) continue;
      const lokasi = textKey(target.lokasi);
      const eligible = (id: string): boolean => {
        if (placements.has(id)) return false;
        const from = byId.get(formationOf(id))!;
        if (from.id === target.id) return false;
        return step === 'L-1' ? textKey(from.lokasi) === lokasi : textKey(from.lokasi) !== lokasi;
      };
      let lastRank: number | null = null;
      for (const id of pool) {
        const r = ranked.byId.get(id)!.rank;
        if (left <= 0 && r !== lastRank) break;
        if (!eligible(id)) continue;
        if (left <= 0) overfilled.add(target.id);
        placements.set(id, { placedIn: target.id, step });
        const counts = filled.get(target.id)!;
        if (step === 'L-1') counts.l1++;
        else counts.l2++;
        left--;
        lastRank = r;
      }
      need.set(target.id, Math.max(0, left));
    }
  }
  return { placements, filled, overfilled };
}
