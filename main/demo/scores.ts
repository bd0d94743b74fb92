import type { Criterion } from '../../shared/selection/rubric';
import { DISAGREEMENT, type DemoApplicant } from './applicants';

/**
 * The demo's scores: deterministic (a seeded generator keyed by stage, applicant, criterion
 * and member, so the same run gives the same values in any order), plausible (driven by each
 * applicant's strength, members within one level or a few points of each other) and with a
 * justification on every competency level, as the JPT interview rubric asks. One arranged
 * disagreement (DISAGREEMENT) is the only spread over the limit.
 */

/** mulberry32 over a 32-bit seed: small, fast and the same on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEMO_SEED = 20261123;

/** FNV-1a of the key, mixed with the seed: one independent stream per key. */
export function seeded(...key: (string | number)[]): () => number {
  let h = 0x811c9dc5 ^ DEMO_SEED;
  for (const ch of key.join('|')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  return mulberry32(h);
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

const levelWords: Record<number, string[]> = {
  1: ['tidak memberi contoh yang relevan', 'jawaban tidak menunjukkan perilaku yang diharapkan'],
  2: ['jawaban masih umum dan contohnya belum konsisten', 'contoh terbatas, perilaku baru sebagian tampak'],
  3: ['memberi contoh konkret dari pekerjaan, dampak masih sebatas unit', 'perilaku yang diharapkan tampak dengan contoh yang relevan'],
  4: ['perilaku konsisten dengan dampak nyata pada unit kerja', 'contoh kuat dan terukur dari jabatan saat ini'],
  5: ['menjadi teladan dan mendorong perubahan di tingkat organisasi', 'contoh berdampak luas lintas perangkat daerah'],
};

const evidence = ['studi kasus', 'pertanyaan perilaku (STAR)', 'klarifikasi rekam jejak', 'presentasi visi dan misi'];

/** A justification a member would write for a competency level. */
export function justification(criterion: Criterion, value: number, rng: () => number): string {
  const words = levelWords[value] ?? levelWords[3]!;
  const w = words[Math.floor(rng() * words.length)]!;
  const e = evidence[Math.floor(rng() * evidence.length)]!;
  return `${criterion.name}: ${w} (${e}).`;
}

export interface DemoScore {
  value: number;
  note?: string;
}

/**
 * The score `memberKey` gives `applicant` on `criterion` of stage `stageName`. Levels: a base
 * level per applicant and criterion, each member at the base or one above. Numeric 0-100: a
 * base per applicant and criterion, each member within five points of it.
 */
export function demoScore(stageName: string, applicant: DemoApplicant, applicantIndex: number, criterion: Criterion, memberKey: string): DemoScore {
  const shared = seeded(stageName, applicant.registrationNumber, criterion.code);
  const own = seeded(stageName, applicant.registrationNumber, criterion.code, memberKey);
  if (criterion.scale.type === 'levels') {
    let value: number;
    if (applicantIndex === DISAGREEMENT.applicantIndex && criterion.code === DISAGREEMENT.criterionCode) {
      value = memberKey === DISAGREEMENT.memberKey ? DISAGREEMENT.value : DISAGREEMENT.othersValue;
    } else {
      const q = applicant.strength + (shared() - 0.5) * 0.24;
      const base = clamp(Math.round(1.4 + q * 3), 2, 4);
      value = base + (own() < 0.45 ? 1 : 0);
    }
    return { value, note: justification(criterion, value, own) };
  }
  const { min, max } = criterion.scale;
  const base = 58 + applicant.strength * 34 + (shared() - 0.5) * 10;
  return { value: clamp(Math.round(base + (own() - 0.5) * 10), min, max) };
}

/** The assessment centre's JPM (job person match, 0-100), two decimals. */
export function assessmentScore(applicant: DemoApplicant): number {
  const rng = seeded('assessment', applicant.registrationNumber);
  return Math.round((62 + applicant.strength * 32 + (rng() - 0.5) * 6) * 100) / 100;
}
