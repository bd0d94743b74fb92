import type { SetupIssue } from '../../../shared/contract/setup-types';
import { rubricIssues } from '../../../shared/selection/rubric';
import { stageWeightSum, type SelectionSetup } from '../../../shared/selection/selection';
import { WEIGHT_TOLERANCE } from '../../../shared/selection/rubric';

/**
 * What keeps a selection from opening scoring (and the weight-guide warnings). Saving a
 * draft with issues is allowed: the editor saves as the secretary types.
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

/** Referential problems a well-behaved editor never sends; refused outright. */
export function setupErrors(setup: SelectionSetup): string[] {
  const errors: string[] = [];
  const stageIds = setup.stages.map((s) => s.id);
  if (new Set(stageIds).size !== stageIds.length) errors.push('duplicate stage id');
  const positionIds = setup.positions.map((p) => p.id);
  if (new Set(positionIds).size !== positionIds.length) errors.push('duplicate position id');
  for (const s of setup.stages) {
    if (s.kind === 'gate' && s.weight !== 0) errors.push(`gate "${s.name}" cannot carry weight`);
    if (s.rubric?.combine === 'sum' && s.maxTotal === null) errors.push(`stage "${s.name}" sums scores but has no maximum total`);
  }
  for (const t of setup.tieBreak) {
    if (t.kind === 'stageTotal' || t.kind === 'criterion') {
      const stage = setup.stages.find((s) => s.id === t.stageId);
      if (!stage) errors.push('tie-break names an unknown stage');
      else if (t.kind === 'criterion' && !stage.rubric?.criteria.some((c) => c.id === t.criterionId)) {
        errors.push(`tie-break names an unknown criterion of "${stage.name}"`);
      }
    }
  }
  return errors;
}
