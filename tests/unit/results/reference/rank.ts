import type { TieBreak } from '../../../../shared/selection/selection';
import type { RankTie, TieStep } from '../../../../shared/results/types';
import { cmp, frac, roundedKey, type Q } from './rational';
import { facts } from './text';

/**
 * Competition ranking straight from its definition: an applicant's rank is 1 + the number of
 * applicants ahead of them, "ahead" meaning a higher score at 9 decimals, or the same score
 * and better on the first tie-break rule where they differ (a missing value comes last).
 * Equal on everything: the same rank. Listed by rank, then by id.
 */
export type Key = Q | string | null;

export interface Rule {
  step: TieStep;
  /** Higher first (scores, GPA) or earlier first (birth dates). */
  higherFirst: boolean;
  key(applicantId: string): Key;
}

/** Scores are equal when they agree at 9 decimals (half up), the rule that forgives float noise. */
export const scoreKey = (x: Q): Q => frac(roundedKey(x, 9), 10n ** 9n);

/** Negative when `a` goes first. */
function compareKey(a: Key, b: Key, higherFirst: boolean): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const c =
    typeof a === 'string' && typeof b === 'string'
      ? a < b
        ? -1
        : a > b
          ? 1
          : 0
      : typeof a !== 'string' && typeof b !== 'string'
        ? cmp(a, b)
        : 0;
  return higherFirst ? -c : c;
}

/** The first rule on which two applicants differ, or rules.length when they are equal on all. */
function firstDifference(a: string, b: string, rules: readonly Rule[]): number {
  const i = rules.findIndex((r) => compareKey(r.key(a), r.key(b), r.higherFirst) !== 0);
  return i < 0 ? rules.length : i;
}

export interface Ranked {
  order: string[];
  rank: Map<string, number>;
  tie: Map<string, RankTie | null>;
}

export function rankAmong(ids: readonly string[], score: (id: string) => Q, rules: readonly Rule[]): Ranked {
  const key = new Map(ids.map((id) => [id, scoreKey(score(id))]));
  const sameScore = (a: string, b: string) => cmp(key.get(a)!, key.get(b)!) === 0;
  const ahead = (a: string, b: string): boolean => {
    if (!sameScore(a, b)) return cmp(key.get(a)!, key.get(b)!) > 0;
    const i = firstDifference(a, b, rules);
    return i < rules.length && compareKey(rules[i]!.key(a), rules[i]!.key(b), rules[i]!.higherFirst) < 0;
  };
  const rank = new Map(ids.map((id) => [id, 1 + ids.filter((other) => ahead(other, id)).length]));
  const order = [...ids].sort((a, b) => rank.get(a)! - rank.get(b)! || (a < b ? -1 : 1));

  const tie = new Map<string, RankTie | null>();
  for (const id of order) {
    const group = order.filter((other) => sameScore(id, other));
    if (group.length < 2) {
      tie.set(id, null);
      continue;
    }
    const at = group.indexOf(id);
    // The rules that placed this applicant against the applicants just before and after it.
    const decided = [group[at - 1], group[at + 1]]
      .filter((n): n is string => n !== undefined)
      .map((n) => firstDifference(id, n, rules))
      .filter((i) => i < rules.length);
    const decidedBy = [...new Set(decided)].sort((a, b) => a - b).map((i) => rules[i]!.step);
    const tiedOnScoreWith = group.filter((other) => other !== id);
    const sharedWith = tiedOnScoreWith.filter((other) => rank.get(other) === rank.get(id));
    const mentions = [String(tiedOnScoreWith.length), ...(sharedWith.length > 0 ? [String(sharedWith.length)] : [])];
    tie.set(id, {
      tiedOnScoreWith,
      decidedBy,
      sharedWith,
      text: facts([...mentions, ...decidedBy.map((s) => s.label.id)], [...mentions, ...decidedBy.map((s) => s.label.en)]),
    });
  }
  return { order, rank, tie };
}

/** What a tie-break rule reads, per applicant. */
export interface RuleLookups {
  stageScore(stageId: string, applicantId: string): Q | null;
  criterionValue(stageId: string, criterionId: string, applicantId: string): Q | null;
  gpa(applicantId: string): Q | null;
  birthDate(applicantId: string): string | null;
}

export function ruleOf(rule: TieBreak, step: TieStep, at: RuleLookups): Rule {
  const scored = (x: Q | null): Key => (x === null ? null : scoreKey(x));
  switch (rule.kind) {
    case 'stageTotal':
      return { step, higherFirst: true, key: (a) => scored(at.stageScore(rule.stageId, a)) };
    case 'criterion':
      return { step, higherFirst: true, key: (a) => scored(at.criterionValue(rule.stageId, rule.criterionId, a)) };
    case 'gpa':
      return { step, higherFirst: true, key: (a) => at.gpa(a) };
    case 'olderFirst':
      return { step, higherFirst: false, key: (a) => at.birthDate(a) };
  }
}
