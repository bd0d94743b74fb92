import type { CriterionScore, DeskStatus, SheetProblem } from '../contract/scoring-types';
import type { Rubric } from '../selection/rubric';
import { needsNote, onScale } from './scale-values';

/** What keeps one applicant's scores from being submitted. */
export function applicantProblems(rubric: Rubric, scores: Record<string, CriterionScore | undefined>): SheetProblem[] {
  const problems: SheetProblem[] = [];
  for (const c of rubric.criteria) {
    const s = scores[c.id];
    if (!s || s.value === null) problems.push({ kind: 'missing', criterionId: c.id });
    else if (!onScale(c.scale, s.value)) problems.push({ kind: 'outOfRange', criterionId: c.id });
    else if (needsNote(c, s.value, s.note)) problems.push({ kind: 'noteRequired', criterionId: c.id });
  }
  return problems;
}

/** not started: nothing entered; done: every criterion scored (and justified where asked). */
export function deskStatus(rubric: Rubric, scores: Record<string, CriterionScore | undefined>, recused: boolean): DeskStatus {
  if (recused) return 'recused';
  const entered = rubric.criteria.some((c) => {
    const s = scores[c.id];
    return s !== undefined && (s.value !== null || s.note.trim() !== '');
  });
  if (!entered) return 'notStarted';
  return applicantProblems(rubric, scores).length === 0 ? 'done' : 'inProgress';
}
