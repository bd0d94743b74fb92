import { mean } from '../scoring/arithmetic';
import { ascending } from './aggregate';

/**
 * Per-member standardisation of one criterion in one round.
 *
 * For member m with scores x on the criterion (active applicants, recusals removed):
 *   z = (x - mean_m) / sd_m, and the value that counts is mean_P + sd_P x z, clamped to the
 *   scale's range,
 * where mean_m, sd_m are over m's own scores and mean_P, sd_P over every counted score on
 * the criterion in the round (all members pooled). Standard deviations are population ones
 * (divide by n), the same definition on both sides. A member whose scores do not vary
 * (sd_m = 0, including a member with a single score) carries no ranking information: z = 0,
 * so their scores count as the panel mean.
 */
export interface PersonValue {
  personId: string;
  applicantId: string;
  value: number;
}

export function meanAndSd(xs: readonly number[]): { mean: number; sd: number } | null {
  const s = ascending(xs);
  const m = mean(s);
  if (m === null) return null;
  // Equal scores have sd 0 exactly: 0.1 + 0.1 + 0.1 in floats would read as a tiny variation.
  if (s[0] === s[s.length - 1]) return { mean: s[0]!, sd: 0 };
  const squares = ascending(s.map((x) => (x - m) ** 2));
  return { mean: m, sd: Math.sqrt(mean(squares)!) };
}

export const pairKey = (personId: string, applicantId: string): string => `${personId}\u0000${applicantId}`;

/** The standardised value of each (person, applicant) score, keyed by `pairKey`. */
export function standardise(scores: readonly PersonValue[], range: { min: number; max: number }): Map<string, number> {
  const out = new Map<string, number>();
  const panel = meanAndSd(scores.map((s) => s.value));
  if (!panel) return out;
  const byPerson = new Map<string, PersonValue[]>();
  for (const s of scores) {
    const own = byPerson.get(s.personId);
    if (own) own.push(s);
    else byPerson.set(s.personId, [s]);
  }
  for (const [personId, own] of byPerson) {
    const m = meanAndSd(own.map((s) => s.value))!;
    for (const s of own) {
      const z = m.sd > 0 ? (s.value - m.mean) / m.sd : 0;
      const v = panel.mean + panel.sd * z;
      out.set(pairKey(personId, s.applicantId), Math.min(range.max, Math.max(range.min, v)));
    }
  }
  return out;
}
