import { scaleRange, type Aspect, type Criterion, type Level, type Rubric, type Scale } from '../../../../../shared/selection/rubric';
import { newId } from './ids';
import { emptyRubric, move, patchStage, type Edit } from './stages';

export const MAX_ASPECTS = 50;
export const MAX_CRITERIA = 200;
export const MIN_LEVELS = 2;
export const MAX_LEVELS = 11;

export function patchRubric(stageId: string, fn: (r: Rubric) => Rubric): Edit {
  return patchStage(stageId, (s) => ({ ...s, rubric: fn(s.rubric ?? emptyRubric()) }));
}

/**
 * Weighted or summed. A summed stage needs a maximum total (main refuses one without):
 * the sum of the criteria's maxima is the natural start, as SKD's 150 + 175 + 225 = 550.
 */
export function setCombine(stageId: string, combine: Rubric['combine']): Edit {
  return patchStage(stageId, (s) => {
    const rubric = s.rubric ?? emptyRubric();
    if (rubric.combine === combine) return s;
    const maxTotal = combine === 'sum' ? (s.maxTotal ?? (rubric.criteria.reduce((a, c) => a + scaleRange(c.scale).max, 0) || 100)) : null;
    return { ...s, rubric: { ...rubric, combine }, maxTotal };
  });
}

export function addAspect(stageId: string, name: string): Edit {
  return patchRubric(stageId, (r) => ({ ...r, aspects: [...r.aspects, { id: newId(), name, weight: 0 }] }));
}

export function patchAspect(stageId: string, aspectId: string, patch: Partial<Aspect>): Edit {
  return patchRubric(stageId, (r) => ({ ...r, aspects: r.aspects.map((a) => (a.id === aspectId ? { ...a, ...patch } : a)) }));
}

/** Its criteria stay, without an aspect, so nothing typed is lost; the issue list says so. */
export function removeAspect(stageId: string, aspectId: string): Edit {
  return patchRubric(stageId, (r) => ({
    ...r,
    aspects: r.aspects.filter((a) => a.id !== aspectId),
    criteria: r.criteria.map((c) => (c.aspectId === aspectId ? { ...c, aspectId: null } : c)),
  }));
}

export function moveAspect(stageId: string, aspectId: string, delta: -1 | 1): Edit {
  return patchRubric(stageId, (r) => ({
    ...r,
    aspects: move(
      r.aspects,
      r.aspects.findIndex((a) => a.id === aspectId),
      delta,
    ),
  }));
}

export function newCriterion(name: string, aspectId: string | null, code: string): Criterion {
  return {
    id: newId(),
    code,
    name,
    description: '',
    weight: 0,
    scale: { type: 'numeric', min: 0, max: 100, step: 1 },
    minimum: null,
    justificationRequired: false,
    aspectId,
  };
}

export function addCriterion(stageId: string, criterion: Criterion): Edit {
  return patchRubric(stageId, (r) => ({ ...r, criteria: [...r.criteria, criterion] }));
}

export function patchCriterion(stageId: string, criterionId: string, patch: Partial<Criterion> | ((c: Criterion) => Criterion)): Edit {
  return patchRubric(stageId, (r) => ({
    ...r,
    criteria: r.criteria.map((c) => (c.id === criterionId ? (typeof patch === 'function' ? patch(c) : { ...c, ...patch }) : c)),
  }));
}

/** Removes a criterion and the tie-break rules that name it. */
export function removeCriterion(stageId: string, criterionId: string): Edit {
  return (setup) => {
    const next = patchRubric(stageId, (r) => ({ ...r, criteria: r.criteria.filter((c) => c.id !== criterionId) }))(setup);
    return { ...next, tieBreak: next.tieBreak.filter((t) => t.kind !== 'criterion' || t.criterionId !== criterionId) };
  };
}

/** Moves a criterion past its neighbour in the same group (aspect), as the editor shows them. */
export function moveCriterion(stageId: string, criterionId: string, delta: -1 | 1): Edit {
  return patchRubric(stageId, (r) => {
    const from = r.criteria.findIndex((c) => c.id === criterionId);
    const me = r.criteria[from];
    if (!me) return r;
    const peers = r.criteria.map((c, i) => ({ c, i })).filter(({ c }) => c.aspectId === me.aspectId);
    const at = peers.findIndex(({ i }) => i === from);
    const other = peers[at + delta];
    if (!other) return r;
    const criteria = [...r.criteria];
    criteria[from] = other.c;
    criteria[other.i] = me;
    return { ...r, criteria };
  });
}

/**
 * Switching between a numeric range and anchored levels keeps what can be kept: levels
 * become their value range, a range becomes as many levels as it has whole steps (max. 11).
 */
export function convertScale(scale: Scale, to: Scale['type'], levelLabel: (value: number) => string): Scale {
  if (scale.type === to) return scale;
  if (scale.type === 'levels') {
    const r = scaleRange(scale);
    return { type: 'numeric', min: r.min, max: r.max, step: 1 };
  }
  const lo = Math.ceil(scale.min);
  const hi = Math.floor(scale.max);
  const count = hi - lo + 1;
  const values = count >= MIN_LEVELS && count <= MAX_LEVELS ? Array.from({ length: count }, (_, i) => lo + i) : [1, 2, 3, 4, 5];
  return { type: 'levels', levels: values.map((value) => ({ value, label: levelLabel(value), descriptor: '' })) };
}

export function patchLevel(scale: Scale, index: number, patch: Partial<Level>): Scale {
  if (scale.type !== 'levels') return scale;
  return { ...scale, levels: scale.levels.map((l, i) => (i === index ? { ...l, ...patch } : l)) };
}

export function addLevel(scale: Scale, levelLabel: (value: number) => string): Scale {
  if (scale.type !== 'levels' || scale.levels.length >= MAX_LEVELS) return scale;
  const value = Math.max(...scale.levels.map((l) => l.value)) + 1;
  return { ...scale, levels: [...scale.levels, { value, label: levelLabel(value), descriptor: '' }] };
}

export function removeLevel(scale: Scale, index: number): Scale {
  if (scale.type !== 'levels' || scale.levels.length <= MIN_LEVELS) return scale;
  return { ...scale, levels: scale.levels.filter((_, i) => i !== index) };
}

/** The criteria of one group in the order the rubric keeps them. */
export function criteriaOf(rubric: Rubric, aspectId: string | null): Criterion[] {
  return rubric.criteria.filter((c) => c.aspectId === aspectId);
}

/** A code for the next criterion, continuing the stage's letters: K4 after K1..K3, else K{n}. */
export function nextCode(rubric: Rubric): string {
  const last = rubric.criteria.at(-1)?.code ?? '';
  const m = /^(.*?)(\d+)$/.exec(last);
  if (m) return `${m[1]}${Number(m[2]) + 1}`;
  return `K${rubric.criteria.length + 1}`;
}
