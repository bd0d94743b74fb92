import { roundHalfUp } from '../scoring/arithmetic';
import { sortSmall, sortedCopy, sortedSquaresSum, sortedSum, sumInOrder, wholeSum, type ScoreCube } from './score-cube';
import type { AgreementBand, AgreementGap, Bilingual, CriterionAgreement } from './types';

/**
 * Inter-rater agreement: ICC(2,k) of Shrout & Fleiss (1979), two-way random effects, the
 * reliability of the mean of k members:
 *
 *   ICC(2,k) = (BMS - EMS) / (BMS + (JMS - EMS) / n)
 *
 * over n applicants (rows) scored by all k members (columns), with BMS the between-applicants,
 * JMS the between-members and EMS the residual mean square. Computed on the scores as given
 * (never standardised). Edge cases:
 * - fewer than 2 members or 2 complete applicants: no value (`tooFewMembers`, `tooFewApplicants`);
 * - every score identical: no value (`noVariance`);
 * - denominator not positive (applicants differ less than members disagree): no value
 *   (`indeterminate`, to be read as poor);
 * - otherwise the value as computed, which may be negative (band: poor).
 * Every sum runs over sorted terms, so neither the order of applicants nor of members moves
 * the value by a single bit; the band reads the value at 9 decimals (0.7499999999999999 is 0.75).
 */
export function iccTwoK(rows: readonly (readonly number[])[]): { icc: number | null; gap: AgreementGap | null } {
  const n = rows.length;
  const k = rows[0]?.length ?? 0;
  const x = new Float64Array(n * k);
  rows.forEach((r, i) => x.set(r.slice(0, k), i * k));
  return iccOf(x, n, k);
}

/** `iccTwoK` over a row-major n x k block (applicants x members). */
export function iccOf(x: Float64Array, n: number, k: number): { icc: number | null; gap: AgreementGap | null } {
  if (n < 2) return { icc: null, gap: 'tooFewApplicants' };
  if (k < 2) return { icc: null, gap: 'tooFewMembers' };
  let same = true;
  for (let i = 1; i < x.length && same; i++) same = x[i] === x[0];
  if (same) return { icc: null, gap: 'noVariance' };
  const sortedX = sortedCopy(x);
  const grand = (wholeSum(x, 0, x.length) ?? sumInOrder(sortedX)) / (n * k);
  const rowMeans = new Float64Array(n);
  const row = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    let t = wholeSum(x, i * k, i * k + k);
    if (t === null) {
      for (let j = 0; j < k; j++) row[j] = x[i * k + j]!;
      sortSmall(row, k);
      t = 0;
      for (let j = 0; j < k; j++) t += row[j]!;
    }
    rowMeans[i] = t / k;
  }
  const colMeans = new Float64Array(k);
  const col = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < n; i++) col[i] = x[i * k + j]!;
    colMeans[j] = sortedSum(col) / n;
  }
  const ssTotal = sortedSquaresSum(sortedX, grand);
  const ssRows = k * sortedSum(rowMeans.map((m) => (m - grand) ** 2));
  const ssCols = n * sortedSum(colMeans.map((m) => (m - grand) ** 2));
  const bms = ssRows / (n - 1);
  const jms = ssCols / (k - 1);
  const ems = Math.max(0, ssTotal - ssRows - ssCols) / ((n - 1) * (k - 1));
  const denominator = bms + (jms - ems) / n;
  if (!(denominator > 1e-12)) return { icc: null, gap: 'indeterminate' };
  return { icc: (bms - ems) / denominator, gap: null };
}

/** Koo & Li (2016): below 0.5 poor, 0.5 to below 0.75 moderate, 0.75 to 0.9 good, above 0.9 excellent. */
export function agreementBand(value: number): AgreementBand {
  const icc = roundHalfUp(value, 9);
  if (icc < 0.5) return 'poor';
  if (icc < 0.75) return 'moderate';
  if (icc <= 0.9) return 'good';
  return 'excellent';
}

const bandText: Record<AgreementBand, Bilingual> = {
  poor: {
    id: 'Kesepakatan antaranggota buruk (ICC di bawah 0,50): para anggota menilai pelamar pada kriteria ini dengan sangat berbeda. Bahas kriteria dan deskriptornya.',
    en: 'Poor agreement between members (ICC below 0.50): they judged the applicants very differently on this criterion. Discuss the criterion and its descriptors.',
  },
  moderate: {
    id: 'Kesepakatan antaranggota sedang (ICC 0,50–0,75): urutan pelamar umumnya sama, tetapi dengan perbedaan yang berarti.',
    en: 'Moderate agreement between members (ICC 0.50–0.75): they broadly order the applicants alike, with notable differences.',
  },
  good: {
    id: 'Kesepakatan antaranggota baik (ICC 0,75–0,90): para anggota menilai pelamar dengan cukup seragam.',
    en: 'Good agreement between members (ICC 0.75–0.90): they judge the applicants largely alike.',
  },
  excellent: {
    id: 'Kesepakatan antaranggota sangat baik (ICC di atas 0,90): para anggota menilai pelamar hampir sama.',
    en: 'Excellent agreement between members (ICC above 0.90): they judge the applicants almost alike.',
  },
};

const gapText: Record<AgreementGap, Bilingual> = {
  tooFewMembers: {
    id: 'Kurang dari dua anggota menilai kriteria ini: kesepakatan tidak dapat dihitung.',
    en: 'Fewer than two members scored this criterion: agreement cannot be computed.',
  },
  tooFewApplicants: {
    id: 'Kurang dari dua pelamar dinilai oleh semua anggota: kesepakatan tidak dapat dihitung.',
    en: 'Fewer than two applicants were scored by every member: agreement cannot be computed.',
  },
  noVariance: {
    id: 'Semua nilai sama: tidak ada yang membedakan pelamar, sehingga kesepakatan tidak dapat dihitung.',
    en: 'Every score is the same: nothing tells the applicants apart, so agreement cannot be computed.',
  },
  indeterminate: {
    id: 'Perbedaan antarpelamar terlalu kecil dibandingkan perbedaan antaranggota, sehingga ICC tidak dapat diperkirakan; bacalah sebagai kesepakatan buruk.',
    en: 'The applicants differ too little against how much the members differ for ICC to be estimated; read it as poor agreement.',
  },
};

export function agreementText(band: AgreementBand | null, gap: AgreementGap | null, leftOut: number): Bilingual {
  const base = band ? bandText[band] : gapText[gap ?? 'noVariance'];
  const source = { id: ' Batas menurut Koo & Li (2016).', en: ' Bands after Koo & Li (2016).' };
  const out = { id: base.id + (band ? source.id : ''), en: base.en + (band ? source.en : '') };
  if (leftOut > 0) {
    out.id += ` ${leftOut} pelamar yang tidak dinilai oleh semua anggota tidak disertakan.`;
    out.en +=
      leftOut === 1
        ? ' 1 applicant not scored by every member was left out.'
        : ` ${leftOut} applicants not scored by every member were left out.`;
  }
  return out;
}

/**
 * Agreement on one criterion of one round. `counted`: applicant -> member -> score as given
 * (recusals removed, active applicants only). The members are everyone with a counted score;
 * the applicants, those scored by all of them; the rest are listed as left out. With panels
 * (members scoring different applicants) call it per panel.
 */
export function criterionAgreement(
  stageId: string,
  criterionId: string,
  counted: ReadonlyMap<string, ReadonlyMap<string, number>>,
): CriterionAgreement {
  const memberSet = new Set<string>();
  for (const byMember of counted.values()) for (const m of byMember.keys()) memberSet.add(m);
  const members = [...memberSet].sort();
  const applicants: string[] = [];
  const leftOut: string[] = [];
  for (const applicantId of [...counted.keys()].sort()) {
    const byMember = counted.get(applicantId)!;
    (members.every((m) => byMember.has(m)) ? applicants : leftOut).push(applicantId);
  }
  const rows = applicants.map((a) => members.map((m) => counted.get(a)!.get(m)!));
  const { icc, gap } = members.length < 2 ? { icc: null, gap: 'tooFewMembers' as const } : iccTwoK(rows);
  const band = icc === null ? null : agreementBand(icc);
  return { stageId, criterionId, members, applicants, leftOut, icc, band, gap, text: agreementText(band, gap, leftOut.length) };
}

/**
 * `criterionAgreement` over the counted scores of a panel stage (score-cube.ts): criterion
 * `c` of the cube, whose applicants are numbered in sorted id order.
 */
export function cubeAgreement(stageId: string, cube: ScoreCube, c: number): CriterionAgreement {
  const { A, C, M, values } = cube;
  const scored = new Uint8Array(M);
  for (let a = 0; a < A; a++) {
    const base = (a * C + c) * M;
    for (let m = 0; m < M; m++) if (values[base + m] === values[base + m]) scored[m] = 1;
  }
  const order = Int32Array.from(
    [...scored.keys()]
      .filter((m) => scored[m])
      .sort((x, y) => (cube.members[x]! < cube.members[y]! ? -1 : cube.members[x]! > cube.members[y]! ? 1 : 0)),
  );
  const members = [...order].map((m) => cube.members[m]!);
  const k = order.length;
  const rows = new Float64Array(A * k);
  let n = 0;
  const applicants: string[] = [];
  const leftOut: string[] = [];
  for (let a = 0; a < A; a++) {
    const base = (a * C + c) * M;
    let have = 0;
    for (let j = 0; j < k; j++) {
      const v = values[base + order[j]!]!;
      if (v === v) rows[n * k + have++] = v;
    }
    if (have === 0) continue;
    if (have < k) {
      leftOut.push(cube.applicants[a]!);
      continue;
    }
    applicants.push(cube.applicants[a]!);
    n++;
  }
  const { icc, gap } = k < 2 ? { icc: null, gap: 'tooFewMembers' as const } : iccOf(rows.subarray(0, n * k), n, k);
  const band = icc === null ? null : agreementBand(icc);
  return {
    stageId,
    criterionId: cube.criteria[c]!,
    members,
    applicants,
    leftOut,
    icc,
    band,
    gap,
    text: agreementText(band, gap, leftOut.length),
  };
}
