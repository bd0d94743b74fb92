import type { Kysely } from 'kysely';
import type { DeliberationOverview, MeetingView } from '../../../shared/contract/deliberation-types';
import { objectionWindow } from '../../../shared/deliberation/objection-period';
import type { Database } from '../../vault/schema';
import { agendaProposals } from './agenda';
import { deliberationConfig } from './config';
import { isFinal } from '../final/freeze';
import { loadMeeting, meetingSummary } from './meeting-record';
import { meetingMinutes } from './minutes';
import { listObjections } from './objections';
import { listSnapshots } from './snapshot';

/** A selection's deliberation at a glance: settings, meetings, final state, objections. */
export async function deliberationOverview(db: Kysely<Database>, selectionId: string): Promise<DeliberationOverview> {
  const config = await deliberationConfig(db, selectionId);
  const meetings = (
    await db.selectFrom('meetings').selectAll().where('selection_id', '=', selectionId).orderBy('created_at', 'desc').execute()
  ).map(meetingSummary);
  const snapshots = await listSnapshots(db, selectionId);
  const final = snapshots.find((s) => s.reopenedAt === null) ?? null;
  return {
    config,
    meetings,
    final,
    snapshots,
    objectionDeadline: final ? objectionWindow(final.finalisedAt, config.objectionDays).until : null,
    objections: await listObjections(db, selectionId),
  };
}

/** The meeting screen: its minutes so far, the flagged applicants not yet on the agenda. */
export async function meetingView(db: Kysely<Database>, meetingId: string): Promise<MeetingView> {
  const meeting = await loadMeeting(db, meetingId);
  const minutes = await meetingMinutes(db, meetingId);
  return {
    ...minutes,
    meeting: meetingSummary(meeting),
    proposals: meeting.status === 'open' ? await agendaProposals(db, meetingId) : [],
    final: await isFinal(db, meeting.selection_id),
  };
}
