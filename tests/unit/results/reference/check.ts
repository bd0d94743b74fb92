import type { MemberScore, ResultsInput, StageInput } from '../../../../shared/results/types';

/** Every score of a panel stage: the plain ones and the packed ones (both count). */
export function scoresOf(si: Extract<StageInput, { type: 'panel' }>): MemberScore[] {
  const t = si.table;
  const packed = t
    ? Array.from({ length: t.length }, (_, i) => ({
        personId: t.members[t.member[i]!]!,
        applicantId: t.applicants[t.applicant[i]!]!,
        criterionId: t.criteria[t.criterion[i]!]!,
        value: t.value[i]!,
      }))
    : [];
  return [...si.scores, ...packed];
}

/**
 * Just enough checking that the reference never computes from contradictory inputs (which
 * production refuses with ResultsInputError; its messages are tested in validate.test.ts).
 */
function refuse(what: string): never {
  throw new Error(`reference: ${what}`);
}

function once(keys: readonly string[], what: string): void {
  if (new Set(keys).size !== keys.length) refuse(`duplicate ${what}`);
}

export function checkInput(input: ResultsInput): void {
  const { setup, applicants } = input;
  once(
    applicants.map((a) => a.id),
    'applicant',
  );
  for (const a of applicants) {
    if (a.birthDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(a.birthDate)) refuse(`birth date of ${a.id}`);
    if (a.gpa !== null && !Number.isFinite(a.gpa)) refuse(`GPA of ${a.id}`);
  }
  const known = (id: string) => applicants.some((a) => a.id === id) || refuse(`unknown applicant ${id}`);
  once(
    setup.stages.map((s) => s.id),
    'stage',
  );
  once(
    input.stages.map((s) => s.stageId),
    'stage input',
  );
  for (const si of input.stages) {
    const stage = setup.stages.find((s) => s.id === si.stageId) ?? refuse(`unknown stage ${si.stageId}`);
    if (si.type !== (stage.kind === 'gate' ? 'gate' : stage.source)) refuse(`stage ${stage.id} of the wrong type`);
    if (si.type === 'gate') {
      si.decisions.forEach((d) => known(d.applicantId));
      once(
        si.decisions.map((d) => d.applicantId),
        'decision',
      );
      continue;
    }
    const criterion = (id: string) => si.rubric.criteria.some((c) => c.id === id) || refuse(`unknown criterion ${id}`);
    const rows = si.type === 'external' ? si.values.map((v) => ({ ...v, personId: '' })) : scoresOf(si);
    for (const r of rows) {
      known(r.applicantId);
      criterion(r.criterionId);
      if (!Number.isFinite(r.value)) refuse(`a value at stage ${stage.id} is not a number`);
    }
    once(
      rows.map((r) => [r.personId, r.applicantId, r.criterionId].join('\u0000')),
      `score at stage ${stage.id}`,
    );
    if (si.type === 'panel') si.recusals.forEach((r) => known(r.applicantId));
  }
  for (const rule of setup.tieBreak) {
    if (rule.kind !== 'stageTotal' && rule.kind !== 'criterion') continue;
    const stage = setup.stages.find((s) => s.id === rule.stageId);
    if (!stage || stage.kind !== 'scored') refuse(`tie-break rule names no scored stage ${rule.stageId}`);
    const si = input.stages.find((s) => s.stageId === stage.id);
    const rubric = si && si.type !== 'gate' ? si.rubric : stage.rubric;
    if (rule.kind === 'criterion' && rubric && !rubric.criteria.some((c) => c.id === rule.criterionId))
      refuse(`tie-break rule names no criterion ${rule.criterionId}`);
  }
}
