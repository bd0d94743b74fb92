import type { QuorumRule, QuorumState } from '../contract/deliberation-types';

/** The default: more than half of the voting members (lebih dari setengah). */
export const defaultQuorumRule: QuorumRule = { kind: 'moreThanHalf' };

/** How many voting members must be present under `rule` when `voting` may vote (never more than all of them). */
export function quorumRequired(rule: QuorumRule, voting: number): number {
  if (voting <= 0) return 1;
  switch (rule.kind) {
    case 'moreThanHalf':
      return Math.floor(voting / 2) + 1;
    case 'twoThirds':
      return Math.ceil((2 * voting) / 3);
    case 'all':
      return voting;
    case 'atLeast':
      return Math.min(Math.max(1, rule.count), voting);
  }
}

export function quorumState(rule: QuorumRule, voting: number, present: number): QuorumState {
  const required = quorumRequired(rule, voting);
  return { rule, voting, present, required, met: voting > 0 && present >= required };
}
