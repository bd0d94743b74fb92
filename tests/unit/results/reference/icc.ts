import { agreementText } from '../../../../shared/results/agreement';
import type { AgreementBand, AgreementGap, CriterionAgreement } from '../../../../shared/results/types';
import { add, cmp, div, frac, lt, mean, mul, roundedKey, sub, sum, toNumber, type Q } from './rational';

/**
 * ICC(2,k) (Shrout & Fleiss 1979) on one criterion of one panel stage, from the textbook
 * sums of squares in exact arithmetic. `given`: the counted scores as given (never
 * standardised) of the active applicants, recused pairs left out.
 */
export function agreementOf(
  stageId: string,
  criterionId: string,
  given: readonly { member: string; applicant: string; value: Q }[],
): CriterionAgreement {
  const members = [...new Set(given.map((s) => s.member))].sort();
  const applicants: string[] = [];
  const leftOut: string[] = [];
  for (const a of [...new Set(given.map((s) => s.applicant))].sort()) {
    const scoredBy = given.filter((s) => s.applicant === a).length;
    (scoredBy === members.length ? applicants : leftOut).push(a);
  }
  const value = new Map(given.map((s) => [`${s.applicant}\u0000${s.member}`, s.value]));
  const rows = applicants.map((a) => members.map((m) => value.get(`${a}\u0000${m}`)!));
  const { icc, gap } = icc2k(rows, members.length);
  const band = icc === null ? null : bandOf(icc);
  return {
    stageId,
    criterionId,
    members,
    applicants,
    leftOut,
    icc: icc === null ? null : toNumber(icc),
    band,
    gap,
    text: agreementText(band, gap, leftOut.length),
  };
}

function icc2k(rows: readonly Q[][], k: number): { icc: Q | null; gap: AgreementGap | null } {
  const n = rows.length;
  if (k < 2) return { icc: null, gap: 'tooFewMembers' };
  if (n < 2) return { icc: null, gap: 'tooFewApplicants' };
  const all = rows.flat();
  if (all.every((x) => cmp(x, all[0]!) === 0)) return { icc: null, gap: 'noVariance' };
  const square = (x: Q) => mul(x, x);
  const grand = mean(all);
  const rowMeans = rows.map(mean);
  const colMeans = Array.from({ length: k }, (_, j) => mean(rows.map((r) => r[j]!)));
  const ssTotal = sum(all.map((x) => square(sub(x, grand))));
  const ssRows = mul(frac(k), sum(rowMeans.map((m) => square(sub(m, grand)))));
  const ssCols = mul(frac(n), sum(colMeans.map((m) => square(sub(m, grand)))));
  const bms = div(ssRows, frac(n - 1));
  const jms = div(ssCols, frac(k - 1));
  // Never negative in exact arithmetic; production clamps its float noise at 0.
  const ems = div(sub(sub(ssTotal, ssRows), ssCols), frac((n - 1) * (k - 1)));
  const denominator = add(bms, div(sub(jms, ems), frac(n)));
  // Not estimable when applicants differ no more than members disagree (up to 1e-12).
  if (!lt(frac(1, 10 ** 12), denominator)) return { icc: null, gap: 'indeterminate' };
  return { icc: div(sub(bms, ems), denominator), gap: null };
}

/** Koo & Li (2016), read at 9 decimals: below 0.5 poor, below 0.75 moderate, up to 0.9 good, above excellent. */
function bandOf(icc: Q): AgreementBand {
  const at9 = roundedKey(icc, 9);
  if (at9 < 500_000_000n) return 'poor';
  if (at9 < 750_000_000n) return 'moderate';
  if (at9 <= 900_000_000n) return 'good';
  return 'excellent';
}
