import type { SetupIssue } from '../contract/setup-types';
import { rubricIssues, WEIGHT_TOLERANCE } from './rubric';
import { stageWeightSum, type SelectionSetup } from './selection';

/**
 * What keeps a selection from opening scoring (and the weight-guide warnings). Saving a
 * draft with issues is allowed: the editor saves as the secretary types. Shared, so the
 * editor shows live exactly what main will report once saved.
 */
export function setupIssues(setup: SelectionSetup, memberCount: number): SetupIssue[] {
  const issues: SetupIssue[] = [];
  if (setup.stages.length === 0) issues.push({ kind: 'noStages' });
  const scored = setup.stages.filter((s) => s.kind === 'scored');
  const sum = stageWeightSum(setup.stages);
  if (scored.length > 0 && Math.abs(sum - 100) > WEIGHT_TOLERANCE) issues.push({ kind: 'stageWeights', sum });
  for (const stage of scored) {
    if (stage.weightGuide && (stage.weight < stage.weightGuide.min || stage.weight > stage.weightGuide.max)) {
      issues.push({ kind: 'weightOutsideGuide', stageId: stage.id, weight: stage.weight, ...stage.weightGuide });
    }
    if (!stage.rubric) issues.push({ kind: 'missingRubric', stageId: stage.id });
    else for (const issue of rubricIssues(stage.rubric)) issues.push({ kind: 'rubric', stageId: stage.id, issue });
  }
  if (memberCount === 0) issues.push({ kind: 'noMembers' });
  return issues;
}

/** Weight-guide findings are advice (a regulation's range); the rest keep scoring from opening. */
export function isWarning(issue: SetupIssue): boolean {
  return issue.kind === 'weightOutsideGuide';
}

export interface SetupError {
  id: string;
  en: string;
}

/** Referential problems a well-behaved editor never sends; refused outright, in both languages. */
export function setupErrors(setup: SelectionSetup): SetupError[] {
  const errors: SetupError[] = [];
  const stageIds = setup.stages.map((s) => s.id);
  if (new Set(stageIds).size !== stageIds.length) errors.push({ id: 'ada dua tahap dengan id yang sama', en: 'two stages share an id' });
  const positionIds = setup.positions.map((p) => p.id);
  if (new Set(positionIds).size !== positionIds.length)
    errors.push({ id: 'ada dua jabatan dengan id yang sama', en: 'two positions share an id' });
  for (const s of setup.stages) {
    if (s.kind === 'gate' && s.weight !== 0)
      errors.push({ id: `tahap gugur "${s.name}" tidak boleh berbobot`, en: `gate "${s.name}" cannot carry weight` });
    if (s.rubric?.combine === 'sum' && s.maxTotal === null) {
      errors.push({
        id: `tahap "${s.name}" menjumlahkan nilai tetapi tidak punya nilai maksimal`,
        en: `stage "${s.name}" sums scores but has no maximum total`,
      });
    }
  }
  for (const t of setup.tieBreak) {
    if (t.kind === 'stageTotal' || t.kind === 'criterion') {
      const stage = setup.stages.find((s) => s.id === t.stageId);
      if (!stage) errors.push({ id: 'aturan urutan menyebut tahap yang tidak ada', en: 'a tie-break rule names an unknown stage' });
      else if (t.kind === 'criterion' && !stage.rubric?.criteria.some((c) => c.id === t.criterionId)) {
        errors.push({
          id: `aturan urutan menyebut kriteria yang tidak ada di "${stage.name}"`,
          en: `a tie-break rule names an unknown criterion of "${stage.name}"`,
        });
      }
    }
  }
  return errors;
}
