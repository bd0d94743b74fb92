import type { Kysely } from 'kysely';
import type { FinaliseCheck } from '../../../shared/contract/deliberation-types';
import { loadSetup } from '../selections/selections';
import { gateCounts } from '../results/gates';
import { resultsView } from '../results/results-view';
import type { Database } from '../../vault/schema';
import { loadMeeting } from './meeting-record';

/**
 * What the chair must see before finalising: applicants the results flag for disagreement
 * that no meeting of this selection ever took onto its agenda, gate decisions still
 * unrecorded, and rows still incomplete. Finalising with any of these needs the chair to
 * confirm exactly these counts (finalise.ts).
 */
export async function finaliseCheck(db: Kysely<Database>, meetingId: string): Promise<FinaliseCheck> {
  const meeting = await loadMeeting(db, meetingId);
  const selectionId = meeting.selection_id;
  const results = await resultsView(db, selectionId, { personId: null, role: 'chair' }, null);
  const onAgenda = new Set(
    (
      await db
        .selectFrom('agenda_items')
        .innerJoin('meetings', 'meetings.id', 'agenda_items.meeting_id')
        .select('agenda_items.applicant_id')
        .where('meetings.selection_id', '=', selectionId)
        .execute()
    ).map((r) => r.applicant_id),
  );
  const flagged = new Set(results.disagreements.map((d) => d.applicantId));
  const flaggedNotOnAgenda = results.rows
    .filter((r) => flagged.has(r.applicantId) && !onAgenda.has(r.applicantId))
    .map((r) => ({ applicantId: r.applicantId, code: r.code }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  let gatesUndecided = 0;
  for (const stage of (await loadSetup(db, selectionId)).stages) {
    if (stage.kind === 'gate') gatesUndecided += (await gateCounts(db, selectionId, stage.id)).undecided;
  }
  const incompleteRows = results.rows.filter((r) => r.outcome === 'incomplete').length;
  return {
    flaggedNotOnAgenda,
    gatesUndecided,
    incompleteRows,
    counts: { flagged: flaggedNotOnAgenda.length, undecided: gatesUndecided, incomplete: incompleteRows },
  };
}

/** Whether the counts a chair confirmed are exactly today's (nothing to confirm: always true). */
export function confirmedFinalise(check: FinaliseCheck, confirmed: FinaliseCheck['counts'] | undefined): boolean {
  const c = check.counts;
  if (c.flagged === 0 && c.undecided === 0 && c.incomplete === 0) return true;
  return (
    confirmed !== undefined &&
    confirmed.flagged === c.flagged &&
    confirmed.undecided === c.undecided &&
    confirmed.incomplete === c.incomplete
  );
}
