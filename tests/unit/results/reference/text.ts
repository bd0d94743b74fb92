import type { Bilingual } from '../../../../shared/results/types';

/**
 * The reference does not word texts again (a second copy of the wording would be a copy, not
 * a check). Where production's wording function is exported it is used on the reference's
 * facts; the tie and disagreement texts are worded inside shared/results, so the reference
 * gives, in their place, the facts they must name, each after FACT. The comparison
 * (compare.ts) checks that every such fact appears in production's text.
 */
export const FACT = '\u241f';

export function facts(id: readonly string[], en: readonly string[]): Bilingual {
  return { id: id.map((f) => FACT + f).join(''), en: en.map((f) => FACT + f).join('') };
}
