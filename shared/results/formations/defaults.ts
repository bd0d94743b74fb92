import type { SelectionKind, SelectionSetup } from '../../selection/selection';
import { ResultsInputError } from '../input-error';
import { cpnsSkdPassingGrades, cpnsSkdQuotaGate } from './passing-grades';
import type { FormationRules } from './types';

/** Every rule off: each formation ranked by the tie-break chain against the rubric's own minimums. */
export function plainFormationRules(setup: Pick<SelectionSetup, 'stages' | 'tieBreak'>): FormationRules {
  return { setup, passingGrades: [], quotaGates: [], optimalisasi: false, priorityGroups: [], afirmasi: [] };
}

/** CPNS: 2024 passing grades per jenis and the 3 x kebutuhan quota on SKD, optimalisasi on. */
export function cpnsFormationRules(setup: Pick<SelectionSetup, 'stages' | 'tieBreak'>, skdStageId: string): FormationRules {
  const skd = setup.stages.find((s) => s.id === skdStageId);
  if (!skd) throw new ResultsInputError(`unknown stage ${skdStageId}`);
  return {
    ...plainFormationRules(setup),
    passingGrades: [cpnsSkdPassingGrades(skd)],
    quotaGates: [cpnsSkdQuotaGate(skd)],
    optimalisasi: true,
  };
}

/** The PPPK priority groups a template offers (off by default: the list is empty until chosen). */
export const pppkPriorityGroupsSuggested: readonly string[] = ['Eks THK-II', 'Non-ASN terdata di pangkalan data BKN', 'Pelamar umum'];

/** Names declared per place: a JPT pansel proposes three per post; every other kind one. */
export function defaultProposePerPlace(kind: SelectionKind): number {
  return kind === 'jpt' ? 3 : 1;
}
