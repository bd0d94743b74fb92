import type { SetupIssue } from '../../../../../shared/contract';
import { rubricIssues, WEIGHT_TOLERANCE } from '../../../../../shared/selection/rubric';
import { stageWeightSum, type SelectionSetup } from '../../../../../shared/selection/selection';

/**
 * The issues of a set-up that is still being edited, so the editor can show them live. The
 * same rules as main/domain/selections/setup-issues.ts (which the renderer may not import);
 * once saved, the list main returns is shown instead. Both should come from one function
 * in shared/ (see the report of this change).
 */
export function liveIssues(setup: SelectionSetup, memberCount: number): SetupIssue[] {
  const issues: SetupIssue[] = [];
  if (setup.stages.length === 0) issues.push({ kind: 'noStages' });
  const scored = setup.stages.filter((s) => s.kind === 'scored');
  const sum = stageWeightSum(setup.stages);
  if (scored.length > 0 && Math.abs(sum - 100) > WEIGHT_TOLERANCE) issues.push({ kind: 'stageWeights', sum });
  for (const stage of scored) {
    const guide = stage.weightGuide;
    if (guide && (stage.weight < guide.min || stage.weight > guide.max)) {
      issues.push({ kind: 'weightOutsideGuide', stageId: stage.id, weight: stage.weight, ...guide });
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

export function issueStageId(issue: SetupIssue): string | null {
  return 'stageId' in issue ? issue.stageId : null;
}
