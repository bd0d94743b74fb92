import type { Rubric } from '../selection/rubric';
import { ResultsInputError } from './input-error';
import { buildCube, tableOf, type ScoreCube } from './score-cube';
import type { ApplicantFacts, ResultsInput, StageInput } from './types';

export interface CheckedInput {
  inputs: Map<string, StageInput>;
  /** Per scored stage: the frozen rubric of its input, else the set-up's. */
  rubrics: Map<string, Rubric>;
  facts: Map<string, ApplicantFacts>;
  /** Every applicant id, sorted: the applicant numbering of the cubes. */
  ids: string[];
  applicantIndex: Map<string, number>;
  /** Per panel stage with an input: every score, packed (not yet filtered to what counts). */
  cubes: Map<string, ScoreCube>;
}

function once<T>(items: readonly T[], key: (t: T) => string, what: string): void {
  const seen = new Set<string>();
  for (const t of items) {
    const k = key(t);
    if (seen.has(k)) throw new ResultsInputError(`duplicate ${what}: ${k.split('\u0000').join(' / ')}`);
    seen.add(k);
  }
}

/**
 * Inputs that contradict the set-up or each other are refused (thrown), never guessed at:
 * a duplicate or unknown applicant, stage or criterion, a stage of the wrong type, a value
 * that is not a finite number, a birth date not written yyyy-mm-dd (it is compared as text),
 * a tie-break rule naming something that does not exist.
 */
export function checkInput(input: ResultsInput): CheckedInput {
  const { setup } = input;
  once(input.applicants, (a) => a.id, 'applicant');
  for (const a of input.applicants) {
    if (a.birthDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(a.birthDate))
      throw new ResultsInputError(`birth date of ${a.id} is not yyyy-mm-dd`);
    if (a.gpa !== null && !Number.isFinite(a.gpa)) throw new ResultsInputError(`GPA of ${a.id} is not a number`);
  }
  const facts = new Map(input.applicants.map((a) => [a.id, a]));
  const ids = [...facts.keys()].sort();
  const applicantIndex = new Map(ids.map((id, i) => [id, i]));
  const cubes = new Map<string, ScoreCube>();
  const known = (applicantId: string) => {
    if (!facts.has(applicantId)) throw new ResultsInputError(`unknown applicant ${applicantId}`);
  };
  once(setup.stages, (s) => s.id, 'stage in the set-up');
  once(input.stages, (s) => s.stageId, 'stage input');

  const inputs = new Map<string, StageInput>();
  const rubrics = new Map<string, Rubric>();
  for (const stage of setup.stages) if (stage.kind === 'scored' && stage.rubric) rubrics.set(stage.id, stage.rubric);

  for (const si of input.stages) {
    const stage = setup.stages.find((s) => s.id === si.stageId);
    if (!stage) throw new ResultsInputError(`input for unknown stage ${si.stageId}`);
    const expected = stage.kind === 'gate' ? 'gate' : stage.source;
    if (si.type !== expected) throw new ResultsInputError(`stage ${stage.id} is ${expected}, its input is ${si.type}`);
    inputs.set(si.stageId, si);
    if (si.type === 'gate') {
      once(si.decisions, (d) => d.applicantId, `decision at stage ${stage.id}`);
      si.decisions.forEach((d) => known(d.applicantId));
      continue;
    }
    rubrics.set(stage.id, si.rubric);
    if (si.type === 'panel') {
      // Unknown applicants and criteria, values, duplicates: checked while packing (score-cube.ts).
      const tables = si.scores.length > 0 || !si.table ? [tableOf(si.scores)] : [];
      if (si.table) tables.push(si.table);
      cubes.set(stage.id, buildCube(stage.id, si.rubric, tables, ids, applicantIndex));
      si.recusals.forEach((r) => known(r.applicantId));
      continue;
    }
    const criteria = new Set(si.rubric.criteria.map((c) => c.id));
    for (const e of si.values) {
      known(e.applicantId);
      if (!criteria.has(e.criterionId)) throw new ResultsInputError(`stage ${stage.id} has no criterion ${e.criterionId}`);
      if (!Number.isFinite(e.value)) throw new ResultsInputError(`a value at stage ${stage.id} is not a number`);
    }
    once(si.values, (v) => [v.applicantId, v.criterionId].join('\u0000'), `value at stage ${stage.id}`);
  }

  for (const rule of setup.tieBreak) {
    if (rule.kind !== 'stageTotal' && rule.kind !== 'criterion') continue;
    const stage = setup.stages.find((s) => s.id === rule.stageId);
    if (!stage || stage.kind !== 'scored') throw new ResultsInputError(`tie-break rule names no scored stage: ${rule.stageId}`);
    const rubric = rubrics.get(stage.id);
    if (rule.kind === 'criterion' && rubric && !rubric.criteria.some((c) => c.id === rule.criterionId)) {
      throw new ResultsInputError(`tie-break rule names no criterion ${rule.criterionId} of stage ${stage.id}`);
    }
  }
  return { inputs, rubrics, facts, ids, applicantIndex, cubes };
}
