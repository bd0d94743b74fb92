import { ResultsInputError } from '../input-error';
import type { FormationInput } from './types';

/** Inputs that contradict each other are a caller's bug: refused, never turned into a result. */
export function checkFormationInput(input: FormationInput): void {
  const { rules, formations, applicants } = input;
  const stages = new Map(rules.setup.stages.map((s) => [s.id, s]));
  const scored = (stageId: string, what: string) => {
    const s = stages.get(stageId);
    if (!s) throw new ResultsInputError(`${what}: unknown stage ${stageId}`);
    if (s.kind !== 'scored' || !s.rubric) throw new ResultsInputError(`${what}: stage ${stageId} is not scored`);
    return s.rubric;
  };
  const known = new Map(
    rules.setup.stages.map((s) => [s.id, new Set(s.kind === 'scored' ? (s.rubric?.criteria ?? []).map((c) => c.id) : [])]),
  );
  const criterion = (stageId: string, criterionId: string, what: string) => {
    if (known.get(stageId)?.has(criterionId)) return;
    scored(stageId, what);
    throw new ResultsInputError(`${what}: unknown criterion ${criterionId} in stage ${stageId}`);
  };

  const formationIds = new Set<string>();
  for (const f of formations) {
    if (formationIds.has(f.id)) throw new ResultsInputError(`formation ${f.id} twice`);
    formationIds.add(f.id);
    if (!Number.isInteger(f.kebutuhan) || f.kebutuhan < 1)
      throw new ResultsInputError(`formation ${f.id}: kebutuhan must be an integer of at least 1`);
    if (!Number.isInteger(f.proposePerPlace) || f.proposePerPlace < 1)
      throw new ResultsInputError(`formation ${f.id}: proposePerPlace must be an integer of at least 1`);
  }
  for (const g of rules.passingGrades) {
    scored(g.stageId, 'passing grade');
    for (const grade of [g.otherwise, ...g.byJenis.map((r) => r.grade)])
      for (const id of Object.keys(grade.components)) criterion(g.stageId, id, 'passing grade');
  }
  for (const q of rules.quotaGates) {
    scored(q.stageId, 'quota gate');
    if (!Number.isInteger(q.perPlace) || q.perPlace < 1)
      throw new ResultsInputError(`quota gate ${q.stageId}: perPlace must be an integer of at least 1`);
  }
  if (new Set(rules.quotaGates.map((q) => q.stageId)).size !== rules.quotaGates.length)
    throw new ResultsInputError('two quota gates on one stage');
  for (const a of rules.afirmasi) {
    criterion(a.stageId, a.criterionId, 'afirmasi');
    if (!Number.isFinite(a.percent) || a.percent < 0) throw new ResultsInputError(`afirmasi ${a.attribute}: percent must be 0 or more`);
  }
  for (const id of input.held) if (!stages.has(id)) throw new ResultsInputError(`held: unknown stage ${id}`);

  const applicantIds = new Set<string>();
  for (const a of applicants) {
    if (applicantIds.has(a.id)) throw new ResultsInputError(`applicant ${a.id} twice`);
    applicantIds.add(a.id);
    if (!formationIds.has(a.formationId)) throw new ResultsInputError(`applicant ${a.id}: unknown formation ${a.formationId}`);
    for (const stageId of Object.keys(a.gates))
      if (stages.get(stageId)?.kind !== 'gate') throw new ResultsInputError(`applicant ${a.id}: ${stageId} is not a gate`);
    for (const [stageId, values] of Object.entries(a.values)) {
      for (const [criterionId, v] of Object.entries(values)) {
        if (!known.get(stageId)?.has(criterionId)) criterion(stageId, criterionId, `applicant ${a.id}`);
        if (v !== 'TH' && !Number.isFinite(v)) throw new ResultsInputError(`applicant ${a.id}: value of ${criterionId} is not a number`);
      }
    }
  }
}
