import type { Rubric } from '../../../../../shared/selection/rubric';
import type { Position, SelectionSetup, Stage } from '../../../../../shared/selection/selection';
import { newId } from './ids';

/** Pure edits of a selection set-up: each returns a new set-up and leaves the old one as it was. */
export type Edit = (setup: SelectionSetup) => SelectionSetup;

export const MAX_STAGES = 20;
export const MAX_POSITIONS = 200;

export function emptyRubric(): Rubric {
  return { aspects: [], criteria: [], combine: 'weighted', threshold: null };
}

export function move<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function patchStage(stageId: string, patch: Partial<Stage> | ((s: Stage) => Stage)): Edit {
  return (setup) => ({
    ...setup,
    stages: setup.stages.map((s) => (s.id === stageId ? (typeof patch === 'function' ? patch(s) : { ...s, ...patch }) : s)),
  });
}

export function addStage(name: string): { edit: Edit; id: string } {
  const id = newId();
  const stage: Stage = {
    id,
    name,
    kind: 'scored',
    weight: 0,
    eliminates: false,
    source: 'panel',
    rubric: emptyRubric(),
    maxTotal: null,
    weightGuide: null,
  };
  return { id, edit: (setup) => ({ ...setup, stages: [...setup.stages, stage] }) };
}

/** Removes a stage and every tie-break rule that names it (main refuses dangling rules). */
export function removeStage(stageId: string): Edit {
  return (setup) => ({
    ...setup,
    stages: setup.stages.filter((s) => s.id !== stageId),
    tieBreak: setup.tieBreak.filter((t) => !('stageId' in t) || t.stageId !== stageId),
  });
}

export function moveStage(stageId: string, delta: -1 | 1): Edit {
  return (setup) => ({
    ...setup,
    stages: move(
      setup.stages,
      setup.stages.findIndex((s) => s.id === stageId),
      delta,
    ),
  });
}

/**
 * A gate carries no weight and no rubric; a scored stage needs a rubric. The rubric a gate
 * drops is handed back by `kept` so switching back within the same edit restores it.
 */
export function setStageKind(stageId: string, kind: Stage['kind'], kept: Rubric | null): Edit {
  return patchStage(stageId, (s) => {
    if (s.kind === kind) return s;
    if (kind === 'gate') return { ...s, kind, weight: 0, rubric: null, maxTotal: null };
    return { ...s, kind, rubric: kept ?? emptyRubric() };
  });
}

/** Tie-break rules on a stage that became a gate (it has no total any more) go too. */
export function dropGateTieBreaks(): Edit {
  return (setup) => {
    const scored = new Set(setup.stages.filter((s) => s.kind === 'scored').map((s) => s.id));
    return { ...setup, tieBreak: setup.tieBreak.filter((t) => !('stageId' in t) || scored.has(t.stageId)) };
  };
}

export function patchPosition(positionId: string, patch: Partial<Position>): Edit {
  return (setup) => ({ ...setup, positions: setup.positions.map((p) => (p.id === positionId ? { ...p, ...patch } : p)) });
}

export function addPosition(name: string): Edit {
  return (setup) => ({ ...setup, positions: [...setup.positions, { id: newId(), name, places: 1, proposePerPlace: 1 }] });
}

export function removePosition(positionId: string): Edit {
  return (setup) => ({ ...setup, positions: setup.positions.filter((p) => p.id !== positionId) });
}

export function then(...edits: Edit[]): Edit {
  return (setup) => edits.reduce((s, e) => e(s), setup);
}
