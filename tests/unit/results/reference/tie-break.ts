import { roundHalfUp } from '../../../../shared/scoring/arithmetic';
import type { TieBreak } from '../../../../shared/selection/selection';
import type { Names } from './names';
import type { ApplicantFacts, Bilingual, TieStep } from './types';

/**
 * The selection's ordered tie-break rules as sort keys.
 *
 * - stageTotal: the stage score (points for a summed stage, 0-100 for a weighted one), higher first.
 * - criterion: the criterion's aggregate in that stage, higher first.
 * - gpa: higher first.  olderFirst: the earlier birth date first.
 * - A missing value (no GPA, no birth date, no score) comes after every present one; two
 *   missing values are equal under that rule. (Treating "missing" as "cannot decide" would
 *   make the order depend on who is compared with whom.)
 * - Scores are compared in full precision up to float noise: at 9 decimals (`scoreKey`),
 *   far below the 2 shown, so 77.0909... reached by two routes is one value.
 */
export type TieKey = number | string | null;

export interface TieColumn {
  step: TieStep;
  order: 'higherFirst' | 'earlierFirst';
  key: (applicantId: string) => TieKey;
}

export interface TieLookups {
  stageScore(stageId: string, applicantId: string): number | null;
  criterionValue(stageId: string, criterionId: string, applicantId: string): number | null;
  facts(applicantId: string): ApplicantFacts | undefined;
}

/** Full precision less float noise: the key every score comparison uses. */
export function scoreKey(x: number): number {
  return roundHalfUp(x, 9);
}

const scored = (x: number | null): TieKey => (x === null ? null : scoreKey(x));

export function ruleLabel(rule: TieBreak, names: Names): Bilingual {
  switch (rule.kind) {
    case 'stageTotal': {
      const s = names.stage(rule.stageId);
      return { id: `total tahap ${s}`, en: `the ${s} total` };
    }
    case 'criterion': {
      const c = names.criterion(rule.stageId, rule.criterionId);
      const s = names.stage(rule.stageId);
      return { id: `nilai ${c} tahap ${s}`, en: `${c} at stage ${s}` };
    }
    case 'gpa':
      return { id: 'IPK', en: 'GPA' };
    case 'olderFirst':
      return { id: 'usia (yang lebih tua didahulukan)', en: 'age (the older applicant first)' };
  }
}

function column(rule: TieBreak, ruleIndex: number, lookups: TieLookups, names: Names): TieColumn {
  const step: TieStep = { ruleIndex, rule, label: ruleLabel(rule, names) };
  switch (rule.kind) {
    case 'stageTotal':
      return { step, order: 'higherFirst', key: (a) => scored(lookups.stageScore(rule.stageId, a)) };
    case 'criterion':
      return { step, order: 'higherFirst', key: (a) => scored(lookups.criterionValue(rule.stageId, rule.criterionId, a)) };
    case 'gpa':
      return { step, order: 'higherFirst', key: (a) => lookups.facts(a)?.gpa ?? null };
    case 'olderFirst':
      return { step, order: 'earlierFirst', key: (a) => lookups.facts(a)?.birthDate ?? null };
  }
}

/** The columns for the final ranking: every rule, in the selection's order. */
export function finalTieColumns(rules: readonly TieBreak[], lookups: TieLookups, names: Names): TieColumn[] {
  return rules.map((r, i) => column(r, i, lookups, names));
}

/**
 * The columns for one stage's ranking: only the rules about that stage's criteria (its own
 * total is the score being ranked; other stages, GPA and age belong to the final ranking).
 */
export function stageTieColumns(stageId: string, rules: readonly TieBreak[], lookups: TieLookups, names: Names): TieColumn[] {
  return rules.flatMap((r, i) => (r.kind === 'criterion' && r.stageId === stageId ? [column(r, i, lookups, names)] : []));
}

/** Negative when `a` goes first. */
export function compareKeys(a: TieKey, b: TieKey, order: TieColumn['order']): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (a === b) return 0;
  const aFirst = order === 'higherFirst' ? a > b : a < b;
  return aFirst ? -1 : 1;
}
