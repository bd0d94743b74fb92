import type { Criterion, Rubric, Scale } from '../../../shared/selection/rubric';
import type { SelectionSetup, Stage, TieBreak } from '../../../shared/selection/selection';
import { applyTemplate, type TemplateKey } from '../../../shared/selection/templates';
import type { ApplicantFacts, MemberScore, ResultsInput } from '../../../shared/results/types';

/** Plain builders for the results tests (no test-runner imports). */

export const numericScale = (min: number, max: number, step = 1): Scale => ({ type: 'numeric', min, max, step });
export const levelScale = (n: number): Scale => ({
  type: 'levels',
  levels: Array.from({ length: n }, (_, i) => ({ value: i + 1, label: `${i + 1}`, descriptor: '' })),
});

export function criterion(id: string, weight: number, scale: Scale, extra: Partial<Criterion> = {}): Criterion {
  return {
    id,
    code: id.toUpperCase(),
    name: `Kriteria ${id}`,
    description: '',
    weight,
    scale,
    minimum: null,
    justificationRequired: false,
    aspectId: null,
    ...extra,
  };
}

export function weighted(criteria: Criterion[], extra: Partial<Rubric> = {}): Rubric {
  return { combine: 'weighted', threshold: null, aspects: [], criteria, ...extra };
}

export function panelStage(id: string, weight: number, rubric: Rubric, extra: Partial<Stage> = {}): Stage {
  return {
    id,
    name: id.toUpperCase(),
    kind: 'scored',
    weight,
    eliminates: false,
    source: 'panel',
    rubric,
    maxTotal: null,
    weightGuide: null,
    ...extra,
  };
}

export function gateStage(id: string, eliminates = true): Stage {
  return {
    id,
    name: id.toUpperCase(),
    kind: 'gate',
    weight: 0,
    eliminates,
    source: 'panel',
    rubric: null,
    maxTotal: null,
    weightGuide: null,
  };
}

export function setupOf(stages: Stage[], tieBreak: TieBreak[] = []): Pick<SelectionSetup, 'stages' | 'tieBreak'> {
  return { stages, tieBreak };
}

export function active(id: string, extra: Partial<ApplicantFacts> = {}): ApplicantFacts {
  return { id, gpa: null, birthDate: null, status: 'active', ...extra };
}

/** Scores from a table: applicant -> criterion -> one value per member (m1, m2, ...). */
export function scoresFrom(table: Record<string, Record<string, number[]>>): MemberScore[] {
  return Object.entries(table).flatMap(([applicantId, byCriterion]) =>
    Object.entries(byCriterion).flatMap(([criterionId, values]) =>
      values.map((value, i) => ({ personId: `m${i + 1}`, applicantId, criterionId, value })),
    ),
  );
}

/** One panel stage, one criterion: the smallest selection. */
export function onePanel(
  scale: Scale,
  scores: MemberScore[],
  applicants: ApplicantFacts[],
  options: ResultsInput['options'] = {},
): ResultsInput {
  const rubric = weighted([criterion('c', 100, scale)]);
  return {
    setup: setupOf([panelStage('s', 100, rubric)]),
    stages: [{ type: 'panel', stageId: 's', rubric, scores, recusals: [] }],
    applicants,
    options,
  };
}

export function template(key: TemplateKey): SelectionSetup {
  let n = 0;
  return applyTemplate(key, `Seleksi ${key}`, () => `${key}-${++n}`);
}

export function stageNamed(setup: Pick<SelectionSetup, 'stages'>, name: string): Stage {
  const s = setup.stages.find((x) => x.name === name);
  if (!s) throw new Error(`no stage ${name}`);
  return s;
}

export function criterionCoded(stage: Stage, code: string): Criterion {
  const c = stage.rubric?.criteria.find((x) => x.code === code);
  if (!c) throw new Error(`no criterion ${code} in ${stage.name}`);
  return c;
}
