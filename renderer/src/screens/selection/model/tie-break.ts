import type { SelectionSetup, TieBreak } from '../../../../../shared/selection/selection';
import { move, type Edit } from './stages';

export const MAX_TIE_BREAK = 10;

/** One string per rule, for list keys and for telling whether a rule is already there. */
export function tieBreakKey(rule: TieBreak): string {
  switch (rule.kind) {
    case 'stageTotal':
      return `stage:${rule.stageId}`;
    case 'criterion':
      return `criterion:${rule.stageId}:${rule.criterionId}`;
    case 'gpa':
    case 'olderFirst':
      return rule.kind;
  }
}

/** Every rule the set-up could use, in stage order, GPA and age last. */
export function tieBreakCandidates(setup: SelectionSetup): TieBreak[] {
  const out: TieBreak[] = [];
  for (const stage of setup.stages) {
    if (stage.kind !== 'scored') continue;
    out.push({ kind: 'stageTotal', stageId: stage.id });
    for (const c of stage.rubric?.criteria ?? []) out.push({ kind: 'criterion', stageId: stage.id, criterionId: c.id });
  }
  out.push({ kind: 'gpa' }, { kind: 'olderFirst' });
  return out;
}

export function availableTieBreaks(setup: SelectionSetup): TieBreak[] {
  const used = new Set(setup.tieBreak.map(tieBreakKey));
  return tieBreakCandidates(setup).filter((r) => !used.has(tieBreakKey(r)));
}

export function addTieBreak(rule: TieBreak): Edit {
  return (setup) => (setup.tieBreak.length >= MAX_TIE_BREAK ? setup : { ...setup, tieBreak: [...setup.tieBreak, rule] });
}

export function removeTieBreak(index: number): Edit {
  return (setup) => ({ ...setup, tieBreak: setup.tieBreak.filter((_, i) => i !== index) });
}

export function moveTieBreak(index: number, delta: -1 | 1): Edit {
  return (setup) => ({ ...setup, tieBreak: move(setup.tieBreak, index, delta) });
}
