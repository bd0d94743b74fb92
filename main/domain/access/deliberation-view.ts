import type { Kysely } from 'kysely';
import type { DeliberationOverview, MeetingMinutes } from '../../../shared/contract/deliberation-types';
import type { Database } from '../../vault/schema';
import { resultsView } from '../results/results-view';
import { blindMinutes, blindOverview } from './blindness';
import type { Viewer } from './selection-access';

/** A member stays blind in the meeting record as in the results: no names until every round is revealed. */
export async function minutesAsSeenBy<T extends MeetingMinutes & { proposals?: { name: string | null }[] }>(
  db: Kysely<Database>,
  selectionId: string,
  viewer: Viewer,
  view: T,
): Promise<T> {
  if (viewer.role !== 'member') return view;
  const { blind, rows } = await resultsView(db, selectionId, { personId: viewer.personId, role: 'member' }, null);
  if (!blind) return view;
  return blindMinutes(view, new Map(rows.map((r) => [r.applicantId, r.name])));
}

/** The deliberation overview as this person may see it (a blind member: objections unnamed). */
export async function overviewAsSeenBy(
  db: Kysely<Database>,
  selectionId: string,
  viewer: Viewer,
  overview: DeliberationOverview,
): Promise<DeliberationOverview> {
  if (viewer.role !== 'member') return overview;
  const blind = (await resultsView(db, selectionId, { personId: viewer.personId, role: 'member' }, null)).blind;
  return blind ? blindOverview(overview) : overview;
}
