import { interviewRubric } from './interview-setup';

const criteria = interviewRubric.criteria.map((c) => c.id);

/** The i-th keypress of the desk writer: which applicant, which criterion, which level. */
export function deskStep(i: number, applicants: string[]): { applicantId: string; criterionId: string; value: number } {
  return {
    applicantId: applicants[Math.floor(i / criteria.length) % applicants.length]!,
    criterionId: criteria[i % criteria.length]!,
    value: (i % 4) + 1,
  };
}
