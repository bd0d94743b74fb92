import { randomUUID } from 'node:crypto';
import type { MeetingSummary } from '../../../shared/contract/deliberation-types';
import { PanelisError } from '../../../shared/errors';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { committeeOf } from '../committee/committee';
import { mutate } from '../mutate';
import { deliberationConfig } from './config';
import { loadMeeting, meetingSummary, requireOpen } from './meeting-record';
import { quorumRuleColumn } from '../../vault/codecs/columns';

export interface NewMeeting {
  selectionId: string;
  date: string;
  time: string;
  place: string;
}

/**
 * Opens a meeting (the chair): the selection's committee is its attendance list, everyone
 * recorded absent until marked present; the quorum rule in force is kept with the meeting.
 */
export async function createMeeting(
  vault: Vault,
  actor: Actor & { personId: string },
  input: NewMeeting,
  now: () => Date,
): Promise<MeetingSummary> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const sel = await trx.selectFrom('selections').select('id').where('id', '=', input.selectionId).executeTakeFirst();
      if (!sel) throw new PanelisError('SELECTION_NOT_FOUND');
      const config = await deliberationConfig(trx, input.selectionId);
      const at = now().toISOString();
      const id = randomUUID();
      await trx
        .insertInto('meetings')
        .values({
          id,
          selection_id: input.selectionId,
          date: input.date,
          time: input.time,
          place: input.place,
          quorum_rule: quorumRuleColumn.encode(config.quorumRule),
          status: 'open',
          created_by: actor.personId,
          created_at: at,
          closed_at: null,
        })
        .execute();
      const committee = await committeeOf(trx, input.selectionId);
      if (committee.length) {
        await trx
          .insertInto('meeting_attendees')
          .values(committee.map((p) => ({ meeting_id: id, person_id: p.personId, role: p.role, present: 0, updated_at: at })))
          .execute();
      }
      const meeting = await loadMeeting(trx, id);
      return {
        value: meetingSummary(meeting),
        audit: { action: 'deliberation.meeting.create', subject: `meeting:${id}`, after: { ...input, quorumRule: config.quorumRule } },
      };
    },
    now,
  );
}

/** Marks an attendee present or absent (chair or secretary as clerk). */
export async function setAttendance(
  vault: Vault,
  actor: Actor,
  input: { meetingId: string; personId: string; present: boolean },
  now: () => Date,
): Promise<void> {
  await mutate(
    vault,
    actor,
    async (trx) => {
      const meeting = await loadMeeting(trx, input.meetingId);
      requireOpen(meeting);
      const row = await trx
        .selectFrom('meeting_attendees')
        .select('present')
        .where('meeting_id', '=', meeting.id)
        .where('person_id', '=', input.personId)
        .executeTakeFirst();
      if (!row) throw new PanelisError('PERSON_NOT_ON_COMMITTEE', { name: input.personId });
      await trx
        .updateTable('meeting_attendees')
        .set({ present: input.present ? 1 : 0, updated_at: now().toISOString() })
        .where('meeting_id', '=', meeting.id)
        .where('person_id', '=', input.personId)
        .execute();
      return {
        value: null,
        audit: {
          action: 'deliberation.attendance',
          subject: `meeting:${meeting.id}`,
          before: { present: row.present === 1 },
          after: { present: input.present },
          extra: { personId: input.personId },
        },
      };
    },
    now,
  );
}

/** Closes a meeting (the chair): nothing in it changes after. */
export async function closeMeeting(vault: Vault, actor: Actor, meetingId: string, now: () => Date): Promise<MeetingSummary> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const meeting = await loadMeeting(trx, meetingId);
      requireOpen(meeting);
      const at = now().toISOString();
      await trx.updateTable('meetings').set({ status: 'closed', closed_at: at }).where('id', '=', meetingId).execute();
      return {
        value: meetingSummary({ ...meeting, status: 'closed', closed_at: at }),
        audit: { action: 'deliberation.meeting.close', subject: `meeting:${meetingId}`, after: { status: 'closed' } },
      };
    },
    now,
  );
}
