import { sql, type Kysely } from 'kysely';
import type {
  AgendaItem,
  CarryRule,
  MeetingMinutes,
  Motion,
  MotionOutcome,
  RevisionRecord,
  VoteChoice,
} from '../../../shared/contract/deliberation-types';
import { tallyOf } from '../../../shared/deliberation/carry';
import type { Database } from '../../vault/schema';
import { attendeesOf, loadMeeting, meetingSummary, quorumOf } from './meeting-record';
import { revisionsOf } from './revision-record';
import { agendaFlagsColumn } from '../../vault/codecs/columns';

const ruleText: Record<CarryRule, string> = { majority: 'suara terbanyak', unanimous: 'suara bulat', mufakat: 'musyawarah mufakat' };

/**
 * Everything the minutes (notulen rapat pleno) need: selection, date, time, place, attendees
 * with role and presence, the quorum rule and whether it is met, agenda items with notes,
 * motions with each vote and the outcome, score revisions and the decisions taken.
 */
export async function meetingMinutes(db: Kysely<Database>, meetingId: string): Promise<MeetingMinutes> {
  const meeting = await loadMeeting(db, meetingId);
  const selection = await db
    .selectFrom('selections')
    .select(['id', 'title'])
    .where('id', '=', meeting.selection_id)
    .executeTakeFirstOrThrow();
  const attendees = await attendeesOf(db, meetingId);
  const chairRow = attendees.find((a) => a.role === 'chair') ?? null;

  const itemRows = await db
    .selectFrom('agenda_items as i')
    .leftJoin('applicants as a', 'a.id', 'i.applicant_id')
    .select(['i.id', 'i.position', 'i.source', 'i.applicant_id', 'a.blind_code', 'a.name', 'i.title', 'i.notes', 'i.flags'])
    .where('i.meeting_id', '=', meetingId)
    .orderBy('i.position')
    .execute();
  const items: AgendaItem[] = itemRows.map((r) => ({
    id: r.id,
    position: r.position,
    source: r.source,
    applicantId: r.applicant_id,
    applicantCode: r.blind_code,
    applicantName: r.name,
    title: r.title,
    notes: r.notes,
    flags: agendaFlagsColumn.decode(r.flags),
  }));

  const conflicts = await db
    .selectFrom('conflicts')
    .select(['person_id', 'applicant_id'])
    .where('selection_id', '=', meeting.selection_id)
    .execute();
  const recusedFrom = (applicantId: string | null) =>
    new Set(applicantId === null ? [] : conflicts.filter((c) => c.applicant_id === applicantId).map((c) => c.person_id));
  const motionRows = await db
    .selectFrom('motions')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('created_at')
    .orderBy(sql`rowid`)
    .execute();
  const voteRows = motionRows.length
    ? await db
        .selectFrom('votes as v')
        .innerJoin('people as p', 'p.id', 'v.person_id')
        .select(['v.motion_id', 'v.person_id', 'p.name', 'v.vote', 'v.at'])
        .where(
          'v.motion_id',
          'in',
          motionRows.map((m) => m.id),
        )
        .orderBy('p.name')
        .execute()
    : [];
  const correctionRows = motionRows.length
    ? await db
        .selectFrom('vote_corrections as c')
        .innerJoin('people as p', 'p.id', 'c.person_id')
        .select(['c.motion_id', 'c.person_id', 'p.name', 'c.from_vote', 'c.to_vote', 'c.reason', 'c.at'])
        .where(
          'c.motion_id',
          'in',
          motionRows.map((m) => m.id),
        )
        .orderBy('c.at')
        .orderBy(sql`c.rowid`)
        .execute()
    : [];
  const motions: Motion[] = motionRows.map((m) => {
    const votes = voteRows
      .filter((v) => v.motion_id === m.id)
      .map((v) => ({ personId: v.person_id, name: v.name, vote: v.vote as VoteChoice, at: v.at }));
    const recused = recusedFrom(m.applicant_id);
    const presentVoters = attendees.filter((a) => a.voting && a.present);
    return {
      id: m.id,
      itemId: m.item_id,
      applicantId: m.applicant_id,
      text: m.text,
      rule: m.rule as CarryRule,
      status: m.status,
      outcome: m.outcome as MotionOutcome | null,
      votes,
      pending:
        m.status === 'open'
          ? presentVoters
              .filter((a) => !recused.has(a.personId) && !votes.some((v) => v.personId === a.personId))
              .map((a) => ({ personId: a.personId, name: a.name }))
          : [],
      recused: presentVoters.filter((a) => recused.has(a.personId)).map((a) => ({ personId: a.personId, name: a.name })),
      tally: tallyOf(votes.map((v) => v.vote)),
      decidedAt: m.decided_at,
      corrections: correctionRows
        .filter((c) => c.motion_id === m.id)
        .map((c) => ({
          personId: c.person_id,
          name: c.name,
          from: c.from_vote as VoteChoice,
          to: c.to_vote as VoteChoice,
          reason: c.reason,
          at: c.at,
        })),
    };
  });

  const revisions: RevisionRecord[] = await revisionsOf(db, { meetingId });
  const snapshots = await db
    .selectFrom('final_snapshots')
    .select(['sha256', 'finalised_at', 'meeting_id', 'reopened_at', 'reopen_reason'])
    .where('selection_id', '=', meeting.selection_id)
    .execute();
  const decisions: MeetingMinutes['decisions'] = [
    ...motions
      .filter((m) => m.status === 'decided' && m.decidedAt)
      .map((m) => ({
        kind: 'motion' as const,
        text: `${m.text} (${ruleText[m.rule]})`,
        outcome: m.outcome,
        rule: m.rule,
        at: m.decidedAt!,
        sha256: null,
      })),
    ...snapshots
      .filter((s) => s.meeting_id === meetingId)
      .map((s) => ({
        kind: 'finalised' as const,
        text: 'Hasil seleksi difinalkan',
        outcome: null,
        rule: null,
        at: s.finalised_at,
        sha256: s.sha256,
      })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  return {
    meeting: meetingSummary(meeting),
    selection: { id: selection.id, title: selection.title },
    chair: chairRow ? { personId: chairRow.personId, name: chairRow.name } : null,
    attendees,
    quorum: quorumOf(meeting, attendees),
    items,
    motions,
    revisions,
    decisions,
  };
}
