import { criterionPercent } from '../scoring/arithmetic';
import { scaleRange, type Criterion, type Rubric } from '../selection/rubric';
import { TRIM_FROM } from './aggregate';
import { isDisagreement, spreadLimit } from './disagreement';
import { below } from './pass-fail';
import { sortSmall, sortedCopy, sortedSquaresSum, sumInOrder, type ScoreCube } from './score-cube';
import { pairKey } from './standardise';
import type { CriterionResult, ExternalValue, ResultOptions } from './types';

export interface PanelCriteria {
  /** applicant -> one result per criterion, in rubric order (active applicants only). */
  results: Map<string, CriterionResult[]>;
  /** The counted scores as given (not standardised), for agreement and the agenda. */
  cube: ScoreCube;
  /** applicant id -> its index in the cube. */
  applicantIndex: ReadonlyMap<string, number>;
}

function belowMinimum(c: Criterion, value: number | null): boolean {
  return value !== null && c.minimum !== null && below(value, c.minimum);
}

/** The chosen method over `sorted[0..n)` (ascending, n > 0): what `aggregate` gives for those values. */
function aggregateSorted(sorted: Float64Array, n: number, method: ResultOptions['method']): number {
  if (method === 'median') {
    const mid = n >> 1;
    return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  }
  const trimmed = method === 'trimmed' && n >= TRIM_FROM;
  const from = trimmed ? 1 : 0;
  const to = trimmed ? n - 1 : n;
  let total = 0;
  for (let i = from; i < to; i++) total += sorted[i]!;
  return total / (to - from);
}

/** `meanAndSd` (standardise.ts) over typed values. */
function meanAndSdOf(xs: Float64Array): { mean: number; sd: number } | null {
  if (xs.length === 0) return null;
  const s = sortedCopy(xs);
  // Scores that do not vary have sd 0 exactly (standardise.ts); float sums would leave noise.
  if (s[0] === s[s.length - 1]) return { mean: s[0]!, sd: 0 };
  const m = sumInOrder(s) / s.length;
  return { mean: m, sd: Math.sqrt(sortedSquaresSum(s, m) / s.length) };
}

/** Per-member standardisation (standardise.ts) of every counted score of criterion `c`, into `out` (same cells). */
function standardiseCriterion(cube: ScoreCube, c: number, range: { min: number; max: number }, out: Float64Array): void {
  const { A, C, M, values } = cube;
  const pooled: number[] = [];
  const own: number[][] = Array.from({ length: M }, () => []);
  for (let a = 0; a < A; a++) {
    const base = (a * C + c) * M;
    for (let m = 0; m < M; m++) {
      const v = values[base + m]!;
      if (v !== v) continue;
      pooled.push(v);
      own[m]!.push(v);
    }
  }
  const panel = meanAndSdOf(Float64Array.from(pooled));
  if (!panel) return;
  const stats = own.map((xs) => meanAndSdOf(Float64Array.from(xs)));
  for (let a = 0; a < A; a++) {
    const base = (a * C + c) * M;
    for (let m = 0; m < M; m++) {
      const v = values[base + m]!;
      if (v !== v) continue;
      const own = stats[m]!;
      const z = own.sd > 0 ? (v - own.mean) / own.sd : 0;
      out[base + m] = Math.min(range.max, Math.max(range.min, panel.mean + panel.sd * z));
    }
  }
}

/**
 * Per applicant and criterion of a panel stage: the counted scores are the active applicants'
 * scores whose (member, applicant) pair is not recused (`cube`, see score-cube.ts); the
 * aggregate uses the chosen method on those (standardised first when on); spread and
 * disagreement use the scores as given. `applicantIds`: the active applicants, each a cube index.
 */
export function panelCriteria(
  rubric: Rubric,
  cube: ScoreCube,
  applicantIndex: ReadonlyMap<string, number>,
  applicantIds: readonly string[],
  options: ResultOptions,
): PanelCriteria {
  const { C, M, values } = cube;
  const std = options.standardise ? new Float64Array(values.length).fill(Number.NaN) : null;
  const info = rubric.criteria.map((c, ci) => {
    const range = scaleRange(c.scale);
    if (std) standardiseCriterion(cube, ci, range, std);
    return { c, max: range.max, limit: spreadLimit(range, options.disagreementFraction) };
  });
  const raw = new Float64Array(Math.max(1, M));
  const given = new Float64Array(Math.max(1, M));
  const results = new Map<string, CriterionResult[]>();
  for (const applicantId of applicantIds) {
    const a = applicantIndex.get(applicantId)!;
    const row: CriterionResult[] = new Array(C);
    for (let ci = 0; ci < C; ci++) {
      const { c, max, limit } = info[ci]!;
      const base = (a * C + ci) * M;
      let n = 0;
      for (let m = 0; m < M; m++) {
        const v = values[base + m]!;
        if (v !== v) continue;
        raw[n] = v;
        if (std) given[n] = std[base + m]!;
        n++;
      }
      let value: number | null = null;
      let rawValue: number | null = null;
      let spread: number | null = null;
      if (n > 0) {
        sortSmall(raw, n);
        rawValue = aggregateSorted(raw, n, options.method);
        value = rawValue;
        if (std) {
          sortSmall(given, n);
          value = aggregateSorted(given, n, options.method);
        }
        if (n > 1) spread = raw[n - 1]! - raw[0]!;
      }
      row[ci] = {
        criterionId: c.id,
        aggregate: value,
        rawAggregate: rawValue,
        percent: value === null ? null : max === 0 ? 0 : (value / max) * 100,
        scorers: n,
        trimmed: n >= TRIM_FROM && options.method === 'trimmed',
        spread,
        spreadLimit: limit,
        flaggedSpread: isDisagreement(spread, limit),
        tooFewScorers: n > 0 && n < options.minScorers,
        belowMinimum: belowMinimum(c, value),
      };
    }
    results.set(applicantId, row);
  }
  return { results, cube, applicantIndex };
}

/** The counted scores as given of one applicant on one criterion (member order). */
export function givenScores(p: PanelCriteria, applicantId: string, criterionId: string): number[] {
  const a = p.applicantIndex.get(applicantId);
  const c = p.cube.criteria.indexOf(criterionId);
  if (a === undefined || c < 0) return [];
  const out: number[] = [];
  const base = (a * p.cube.C + c) * p.cube.M;
  for (let m = 0; m < p.cube.M; m++) {
    const v = p.cube.values[base + m]!;
    if (v === v) out.push(v);
  }
  return out;
}

/** An external stage: the imported value is the aggregate; no members, no spread. */
export function externalCriteria(
  rubric: Rubric,
  values: readonly ExternalValue[],
  applicantIds: readonly string[],
): Map<string, CriterionResult[]> {
  const byKey = new Map(values.map((v) => [pairKey(v.applicantId, v.criterionId), v.value]));
  const results = new Map<string, CriterionResult[]>();
  for (const applicantId of applicantIds) {
    results.set(
      applicantId,
      rubric.criteria.map((c): CriterionResult => {
        const value = byKey.get(pairKey(applicantId, c.id)) ?? null;
        return {
          criterionId: c.id,
          aggregate: value,
          rawAggregate: value,
          percent: value === null ? null : criterionPercent(value, rubric, c.id),
          scorers: null,
          trimmed: false,
          spread: null,
          spreadLimit: null,
          flaggedSpread: false,
          tooFewScorers: false,
          belowMinimum: belowMinimum(c, value),
        };
      }),
    );
  }
  return results;
}
