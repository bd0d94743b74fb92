import type { Role } from '../../../shared/roles';
import type { DeliberationOverview, MeetingMinutes } from '../../../shared/contract/deliberation-types';

/**
 * Blindness: what a member may not see of applicants. The rules are here, named; the readers
 * (results, the results screen's cache, charts, the meeting record, the applicant form in
 * applicant-view.ts) apply them instead of deciding for themselves.
 */

/**
 * Members are blind until every round of the selection is revealed and at least one counts:
 * a round still draft, open or closed keeps the blind codes, since codes are shared by the
 * selection's rounds. Chair, secretary and observer are never blind.
 */
export function membersBlind(anyRoundCounted: boolean, roundStates: readonly string[]): boolean {
  return !(anyRoundCounted && roundStates.every((s) => s === 'revealed'));
}

/** Charts of a counted (closed or revealed) round: a member is blind by the results rule. */
export function chartsBlind(role: Role, roundStates: readonly string[]): boolean {
  return role === 'member' && membersBlind(true, roundStates);
}

/**
 * The meeting record (view or minutes) for a blind member: applicant names only where the
 * member's results give them (`shown`, by applicant id), and no proposal names.
 */
export function blindMinutes<T extends MeetingMinutes & { proposals?: { name: string | null }[] }>(
  view: T,
  shown: ReadonlyMap<string, string | null>,
): T {
  return {
    ...view,
    items: view.items.map((i) => ({ ...i, applicantName: i.applicantId ? (shown.get(i.applicantId) ?? null) : null })),
    revisions: view.revisions.map((r) => ({ ...r, applicantName: shown.get(r.applicantId) ?? '' })),
    ...(view.proposals ? { proposals: view.proposals.map((p) => ({ ...p, name: null })) } : {}),
  };
}

/** The deliberation overview for a blind member: objections without the applicant's name. */
export function blindOverview(o: DeliberationOverview): DeliberationOverview {
  return { ...o, objections: o.objections.map((x) => ({ ...x, applicantName: '' })) };
}
