import { compareKeys, scoreKey, type TieColumn, type TieKey } from './tie-break';
import type { Bilingual, RankTie, TieStep } from './types';

/**
 * Competition ranking ("1224"): higher score first, then the tie-break columns in order.
 * Applicants equal on the score and on every column share a rank and the next rank is
 * skipped (1, 2, 2, 4): the stated final rule, never a silent order. Within a shared rank the
 * list shows applicants by id, which decides nothing.
 */
export interface Ranked {
  /** Rank order. */
  order: string[];
  byId: Map<string, { rank: number; tie: RankTie | null }>;
}

interface Row {
  id: string;
  score: number;
  keys: TieKey[];
}

/** -1: differs on the score; i: first column that differs; columns.length: equal throughout. */
function firstDifference(a: Row, b: Row, columns: readonly TieColumn[]): number {
  if (a.score !== b.score) return -1;
  for (let i = 0; i < columns.length; i++) if (compareKeys(a.keys[i]!, b.keys[i]!, columns[i]!.order) !== 0) return i;
  return columns.length;
}

function compareRows(a: Row, b: Row, columns: readonly TieColumn[]): number {
  if (a.score !== b.score) return b.score - a.score;
  for (let i = 0; i < columns.length; i++) {
    const c = compareKeys(a.keys[i]!, b.keys[i]!, columns[i]!.order);
    if (c !== 0) return c;
  }
  return 0;
}

const other = (n: number, lang: 'id' | 'en') =>
  lang === 'id' ? `${n} pelamar lain` : n === 1 ? '1 other applicant' : `${n} other applicants`;

function tieText(tied: number, steps: TieStep[], shared: number): Bilingual {
  const id: string[] = [`Nilai sama dengan ${other(tied, 'id')}.`];
  const en: string[] = [`Same score as ${other(tied, 'en')}.`];
  if (steps.length > 0) {
    id.push(`Urutan ditentukan oleh ${steps.map((s) => s.label.id).join(', lalu ')}.`);
    en.push(`Ordered by ${steps.map((s) => s.label.en).join(', then ')}.`);
  }
  if (shared > 0) {
    id.push(`Sama pada semua aturan penentu dengan ${other(shared, 'id')}: peringkat bersama.`);
    en.push(`Equal on every tie-break rule with ${other(shared, 'en')}: shared rank.`);
  }
  return { id: id.join(' '), en: en.join(' ') };
}

export function rank(ids: readonly string[], score: (id: string) => number, columns: readonly TieColumn[]): Ranked {
  const rows: Row[] = ids.map((id) => ({ id, score: scoreKey(score(id)), keys: columns.map((c) => c.key(id)) }));
  rows.sort((a, b) => compareRows(a, b, columns) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const byId = new Map<string, { rank: number; tie: RankTie | null }>();
  const ranks: number[] = [];
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    ranks.push(prev && firstDifference(prev, row, columns) === columns.length ? ranks[i - 1]! : i + 1);
  });

  // Runs of equal score are contiguous once sorted; so are runs equal on every column.
  let start = 0;
  while (start < rows.length) {
    let end = start + 1;
    while (end < rows.length && rows[end]!.score === rows[start]!.score) end++;
    const group = rows.slice(start, end);
    group.forEach((row, j) => {
      const i = start + j;
      if (group.length < 2) {
        byId.set(row.id, { rank: ranks[i]!, tie: null });
        return;
      }
      const neighbours = [group[j - 1], group[j + 1]].filter((r): r is Row => r !== undefined);
      const decided = new Set<number>();
      for (const n of neighbours) {
        const d = firstDifference(row, n, columns);
        if (d < columns.length) decided.add(d);
      }
      const decidedBy = [...decided].sort((a, b) => a - b).map((d) => columns[d]!.step);
      const sharedWith = group.filter((_, k) => k !== j && ranks[start + k] === ranks[i]).map((r) => r.id);
      const tiedOnScoreWith = group.filter((_, k) => k !== j).map((r) => r.id);
      byId.set(row.id, {
        rank: ranks[i]!,
        tie: { tiedOnScoreWith, decidedBy, sharedWith, text: tieText(tiedOnScoreWith.length, decidedBy, sharedWith.length) },
      });
    });
    start = end;
  }
  return { order: rows.map((r) => r.id), byId };
}
