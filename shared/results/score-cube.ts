import type { Rubric } from '../selection/rubric';
import { ResultsInputError } from './input-error';
import type { MemberScore, Recusal, ScoreTable } from './types';

/**
 * The counted scores of one panel stage in one dense block, for speed at scale (a million
 * scores): cell (applicant a, criterion c, member m) at `(a * C + c) * M + m`, NaN where
 * nothing counts (no score, a recused pair, an applicant who is not active). Applicants are
 * numbered in the order given (the results use the sorted ids), criteria in rubric order,
 * members in the order they first appear. Memory: 8 bytes x applicants x criteria x members
 * of the stage (10,000 x 12 x 9: 8.6 MB; with panels every member of every panel counts).
 */
export interface ScoreCube {
  applicants: readonly string[];
  criteria: readonly string[];
  members: readonly string[];
  A: number;
  C: number;
  M: number;
  values: Float64Array;
}

/** A `MemberScore[]` as a table (the plain form of the input, kept for tests and small callers). */
export function tableOf(scores: readonly MemberScore[]): ScoreTable {
  const index = (list: string[], map: Map<string, number>, id: string): number => {
    let i = map.get(id);
    if (i === undefined) {
      i = list.length;
      list.push(id);
      map.set(id, i);
    }
    return i;
  };
  const members: string[] = [];
  const applicants: string[] = [];
  const criteria: string[] = [];
  const mi = new Map<string, number>();
  const ai = new Map<string, number>();
  const ci = new Map<string, number>();
  const n = scores.length;
  const t: ScoreTable = {
    members,
    applicants,
    criteria,
    member: new Int32Array(n),
    applicant: new Int32Array(n),
    criterion: new Int32Array(n),
    value: new Float64Array(n),
    length: n,
  };
  for (let i = 0; i < n; i++) {
    const s = scores[i]!;
    t.member[i] = index(members, mi, s.personId);
    t.applicant[i] = index(applicants, ai, s.applicantId);
    t.criterion[i] = index(criteria, ci, s.criterionId);
    t.value[i] = s.value;
  }
  return t;
}

/**
 * Checks and packs the scores of one panel stage: an unknown applicant or criterion, a value
 * that is not a finite number, the same member, applicant and criterion twice are refused
 * (`ResultsInputError`), as for every input of the module.
 */
export function buildCube(
  stageId: string,
  rubric: Rubric,
  tables: readonly ScoreTable[],
  applicantIds: readonly string[],
  applicantIndex: ReadonlyMap<string, number>,
): ScoreCube {
  const criteria = rubric.criteria.map((c) => c.id);
  const criterionIndex = new Map(criteria.map((id, i) => [id, i]));
  const members: string[] = [];
  const memberIndex = new Map<string, number>();
  const maps = tables.map((t) => ({
    member: Int32Array.from(t.members, (id) => {
      let i = memberIndex.get(id);
      if (i === undefined) {
        i = members.length;
        members.push(id);
        memberIndex.set(id, i);
      }
      return i;
    }),
    applicant: Int32Array.from(t.applicants, (id) => {
      const i = applicantIndex.get(id);
      if (i === undefined) throw new ResultsInputError(`unknown applicant ${id}`);
      return i;
    }),
    criterion: Int32Array.from(t.criteria, (id) => {
      const i = criterionIndex.get(id);
      if (i === undefined) throw new ResultsInputError(`stage ${stageId} has no criterion ${id}`);
      return i;
    }),
  }));
  const A = applicantIds.length;
  const C = criteria.length;
  const M = members.length;
  const values = new Float64Array(A * C * M).fill(Number.NaN);
  tables.forEach((t, ti) => {
    const map = maps[ti]!;
    for (let i = 0; i < t.length; i++) {
      const v = t.value[i]!;
      if (!Number.isFinite(v)) throw new ResultsInputError(`a value at stage ${stageId} is not a number`);
      const m = map.member[t.member[i]!]!;
      const a = map.applicant[t.applicant[i]!]!;
      const c = map.criterion[t.criterion[i]!]!;
      const at = (a * C + c) * M + m;
      if (values[at] === values[at]) {
        throw new ResultsInputError(`duplicate score at stage ${stageId}: ${[members[m], applicantIds[a], criteria[c]].join(' / ')}`);
      }
      values[at] = v;
    }
  });
  return { applicants: applicantIds, criteria, members, A, C, M, values };
}

/** Leaves only what counts: active applicants, pairs not recused (cells of the rest become NaN). */
export function keepCounted(
  cube: ScoreCube,
  active: (applicantIndex: number) => boolean,
  recusals: readonly Recusal[],
  applicantIndex: ReadonlyMap<string, number>,
): void {
  const { A, C, M, values } = cube;
  const clear = (a: number, m: number) => {
    for (let c = 0; c < C; c++) values[(a * C + c) * M + m] = Number.NaN;
  };
  for (let a = 0; a < A; a++) {
    if (active(a)) continue;
    for (let m = 0; m < M; m++) clear(a, m);
  }
  const memberIndex = new Map(cube.members.map((id, i) => [id, i]));
  for (const r of recusals) {
    const a = applicantIndex.get(r.applicantId);
    const m = memberIndex.get(r.personId);
    if (a !== undefined && m !== undefined) clear(a, m);
  }
}

/** Ascending insertion sort of `xs[0..n)` in place (small n: the scores of one applicant on one criterion). */
export function sortSmall(xs: Float64Array, n: number): void {
  if (n > 32) {
    xs.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const x = xs[i]!;
    let j = i - 1;
    while (j >= 0 && xs[j]! > x) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
}

/**
 * `xs` sorted ascending, as a copy. Whole numbers within a range of 65,536 (scores nearly
 * always are) are counted rather than compared: the same order, in linear time.
 */
export function sortedCopy(xs: Float64Array): Float64Array {
  const n = xs.length;
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (let i = 0; i < n && whole; i++) {
    const x = xs[i]!;
    if (!Number.isInteger(x) || Object.is(x, -0)) whole = false;
    else {
      if (x < min) min = x;
      if (x > max) max = x;
    }
  }
  if (!whole || n < 64 || max - min > 65_535) return xs.slice().sort();
  const counts = new Int32Array(max - min + 1);
  for (let i = 0; i < n; i++) counts[xs[i]! - min]!++;
  const out = new Float64Array(n);
  let at = 0;
  for (let v = 0; v < counts.length; v++) {
    const c = counts[v]!;
    if (c > 0) out.fill(v + min, at, at + c);
    at += c;
  }
  return out;
}

/**
 * The sum of `xs` in ascending order (what `ascending(xs).reduce((a, b) => a + b, 0)` gives),
 * without touching `xs`. Whole numbers whose magnitudes add up below 2^53 sum exactly in any
 * order, so they are added as they come.
 */
export function sortedSum(xs: Float64Array): number {
  const exact = wholeSum(xs, 0, xs.length);
  return exact ?? sumInOrder(sortedCopy(xs));
}

/** The sum of `xs[from..to)` when every term is a whole number and the sum of magnitudes stays below 2^53 (exact in any order); else null. */
export function wholeSum(xs: Float64Array, from: number, to: number): number | null {
  let total = 0;
  let magnitude = 0;
  for (let i = from; i < to; i++) {
    const x = xs[i]!;
    if (!Number.isInteger(x)) return null;
    total += x;
    magnitude += Math.abs(x);
  }
  return magnitude < 9_007_199_254_740_992 ? total : null;
}

export function sumInOrder(sorted: Float64Array): number {
  let total = 0;
  for (let i = 0; i < sorted.length; i++) total += sorted[i]!;
  return total;
}

/**
 * The sum of (x - centre)^2 over ascending `sorted`, the squares added in ascending order
 * (what sorting the squares and summing gives): the squares fall towards `centre` and rise
 * after it, so the two runs are merged instead of sorted.
 */
export function sortedSquaresSum(sorted: Float64Array, centre: number): number {
  let right = 0;
  while (right < sorted.length && sorted[right]! < centre) right++;
  let left = right - 1;
  let total = 0;
  while (left >= 0 || right < sorted.length) {
    const l = left >= 0 ? (sorted[left]! - centre) ** 2 : Infinity;
    const r = right < sorted.length ? (sorted[right]! - centre) ** 2 : Infinity;
    if (l <= r) {
      total += l;
      left--;
    } else {
      total += r;
      right++;
    }
  }
  return total;
}
