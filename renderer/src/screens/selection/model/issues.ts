import type { SetupIssue } from '../../../../../shared/contract';

/** The issues of a set-up still being edited: the same function main runs on save. */
export { isWarning, setupIssues as liveIssues } from '../../../../../shared/selection/setup-issues';

export function issueStageId(issue: SetupIssue): string | null {
  return 'stageId' in issue ? issue.stageId : null;
}
