import type { CarryRule, MotionOutcome, VoteChoice } from '../contract/deliberation-types';

export interface Tally {
  setuju: number;
  tidakSetuju: number;
  abstain: number;
}

export function tallyOf(votes: readonly VoteChoice[]): Tally {
  const t: Tally = { setuju: 0, tidakSetuju: 0, abstain: 0 };
  for (const v of votes) t[v] += 1;
  return t;
}

/**
 * Whether a motion carries, once every eligible present member has voted:
 * - `majority` (suara terbanyak): more setuju than tidak setuju; abstentions are not votes cast;
 *   a tie does not carry;
 * - `unanimous`: every eligible present member votes setuju (an abstention blocks it);
 * - `mufakat` (musyawarah mufakat): nobody disagrees and at least one agrees; otherwise no
 *   consensus was reached (recorded as such; the chair may then put a vote by majority).
 */
export function motionOutcome(rule: CarryRule, tally: Tally): MotionOutcome {
  switch (rule) {
    case 'majority':
      return tally.setuju > tally.tidakSetuju ? 'carried' : 'rejected';
    case 'unanimous':
      return tally.setuju > 0 && tally.tidakSetuju === 0 && tally.abstain === 0 ? 'carried' : 'rejected';
    case 'mufakat':
      return tally.setuju > 0 && tally.tidakSetuju === 0 ? 'carried' : 'noConsensus';
  }
}
