import type { Kysely, Selectable } from 'kysely';
import type { Attendee, MeetingSummary, QuorumState } from '../../../shared/contract/deliberation-types';
import { quorumState } from '../../../shared/deliberation/quorum';
import { PanelisError } from '../../../shared/errors';
import { isRole, roles, type Role } from '../../../shared/roles';
import type { Database, MeetingsTable } from '../../vault/schema';
import { quorumRuleColumn } from '../../vault/codecs/columns';

export type MeetingRow = Selectable<MeetingsTable>;

/** Chair, secretary and members vote and count for quorum; observers attend but never vote. */
export const votingRoles: readonly Role[] = ['chair', 'secretary', 'member'];
export const isVotingRole = (role: string) => (votingRoles as readonly string[]).includes(role);

/** meeting_attendees.role is copied from people.role (kept one of the roles by its CHECK). */
function attendeeRole(role: string): Role {
  if (!isRole(role)) throw new PanelisError('VAULT_DAMAGED', { reason: `meeting_attendees.role: ${role}` });
  return role;
}

export async function loadMeeting(db: Kysely<Database>, meetingId: string): Promise<MeetingRow> {
  const row = await db.selectFrom('meetings').selectAll().where('id', '=', meetingId).executeTakeFirst();
  if (!row) throw new PanelisError('MEETING_NOT_FOUND');
  return row;
}

export function requireOpen(meeting: MeetingRow): void {
  if (meeting.status !== 'open') throw new PanelisError('MEETING_CLOSED');
}

export function meetingSummary(m: MeetingRow): MeetingSummary {
  return { id: m.id, selectionId: m.selection_id, date: m.date, time: m.time, place: m.place, status: m.status, createdAt: m.created_at };
}

export async function attendeesOf(db: Kysely<Database>, meetingId: string): Promise<Attendee[]> {
  const rows = await db
    .selectFrom('meeting_attendees as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select(['a.person_id', 'p.name', 'p.nip', 'a.role', 'a.present'])
    .where('a.meeting_id', '=', meetingId)
    .orderBy('p.name')
    .execute();
  return rows
    .map((r) => ({
      personId: r.person_id,
      name: r.name,
      nip: r.nip,
      role: attendeeRole(r.role),
      voting: isVotingRole(r.role),
      present: r.present === 1,
    }))
    .sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role));
}

export function quorumOf(meeting: MeetingRow, attendees: Attendee[]): QuorumState {
  const voters = attendees.filter((a) => a.voting);
  return quorumState(quorumRuleColumn.decode(meeting.quorum_rule), voters.length, voters.filter((a) => a.present).length);
}

/** The meeting may take decisions only with its quorum present. */
export async function requireQuorum(db: Kysely<Database>, meeting: MeetingRow): Promise<QuorumState> {
  const q = quorumOf(meeting, await attendeesOf(db, meeting.id));
  if (!q.met) throw new PanelisError('QUORUM_NOT_MET', { present: q.present, voting: q.voting, required: q.required });
  return q;
}
