import { randomUUID } from 'node:crypto';
import type { CarryRule, MotionOutcome, VoteChoice } from '../../../shared/contract/deliberation-types';
import { motionOutcome } from '../../../shared/deliberation/carry';
import { PanelisError } from '../../../shared/errors';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate, type Trx } from '../mutate';
import { assertNotFinal } from '../final/freeze';
import { attendeesOf, loadMeeting, requireOpen, requireQuorum } from './meeting-record';
import { meetingMinutes } from './minutes';

/** Puts a motion to the meeting (the chair), on an agenda item (and its applicant) or on its own. */
export async function addMotion(
  vault: Vault,
  actor: Actor & { personId: string },
  input: { meetingId: string; itemId?: string | undefined; text: string; rule: CarryRule },
  now: () => Date,
): Promise<{ id: string }> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const meeting = await loadMeeting(trx, input.meetingId);
      requireOpen(meeting);
      let applicantId: string | null = null;
      if (input.itemId) {
        const item = await trx
          .selectFrom('agenda_items')
          .select(['applicant_id'])
          .where('id', '=', input.itemId)
          .where('meeting_id', '=', meeting.id)
          .executeTakeFirst();
        if (!item) throw new PanelisError('ITEM_NOT_FOUND');
        applicantId = item.applicant_id;
      }
      const id = randomUUID();
      await trx
        .insertInto('motions')
        .values({
          id,
          meeting_id: meeting.id,
          item_id: input.itemId ?? null,
          applicant_id: applicantId,
          text: input.text,
          rule: input.rule,
          status: 'open',
          outcome: null,
          created_by: actor.personId,
          created_at: now().toISOString(),
          decided_at: null,
        })
        .execute();
      return {
        value: { id },
        audit: {
          action: 'deliberation.motion.add',
          subject: `meeting:${meeting.id}`,
          after: { motionId: id, text: input.text, rule: input.rule, applicantId },
        },
      };
    },
    now,
  );
}

async function openMotion(trx: Trx, motionId: string) {
  const motion = await trx.selectFrom('motions').selectAll().where('id', '=', motionId).executeTakeFirst();
  if (!motion) throw new PanelisError('MOTION_NOT_FOUND');
  const meeting = await loadMeeting(trx, motion.meeting_id);
  requireOpen(meeting);
  if (motion.status !== 'open') throw new PanelisError('MOTION_DECIDED');
  await assertNotFinal(trx, meeting.selection_id);
  await requireQuorum(trx, meeting);
  return { motion, meeting };
}

/**
 * Records one present member's vote (the clerk enters it as the member says it). Observers and
 * absent people cannot vote; a member recused from the motion's applicant cannot either.
 * A vote may be corrected until the motion is decided (the audit event keeps the earlier one).
 */
export async function recordVote(
  vault: Vault,
  actor: Actor & { personId: string },
  input: { motionId: string; personId: string; vote: VoteChoice; reason?: string | undefined },
  now: () => Date,
): Promise<void> {
  await mutate(
    vault,
    actor,
    async (trx) => {
      const { motion, meeting } = await openMotion(trx, input.motionId);
      const attendee = (await attendeesOf(trx, meeting.id)).find((a) => a.personId === input.personId);
      const person = await trx.selectFrom('people').select('name').where('id', '=', input.personId).executeTakeFirst();
      const name = person?.name ?? input.personId;
      if (!attendee || !attendee.voting) throw new PanelisError('NOT_A_VOTER', { name });
      if (!attendee.present) throw new PanelisError('NOT_PRESENT', { name });
      if (motion.applicant_id) {
        const conflict = await trx
          .selectFrom('conflicts')
          .select('id')
          .where('selection_id', '=', meeting.selection_id)
          .where('person_id', '=', input.personId)
          .where('applicant_id', '=', motion.applicant_id)
          .executeTakeFirst();
        if (conflict) throw new PanelisError('VOTER_RECUSED', { name });
      }
      const before = await trx
        .selectFrom('votes')
        .select('vote')
        .where('motion_id', '=', motion.id)
        .where('person_id', '=', input.personId)
        .executeTakeFirst();
      const at = now().toISOString();
      const reason = (input.reason ?? '').trim();
      // Changing a recorded vote is a correction of the record: it needs a reason, and the
      // earlier vote stays (vote_corrections, the audit chain, the minutes).
      if (before && before.vote !== input.vote) {
        if (reason.length < 3) throw new PanelisError('VOTE_CORRECTION_REASON', { name });
        await trx
          .insertInto('vote_corrections')
          .values({
            id: randomUUID(),
            motion_id: motion.id,
            person_id: input.personId,
            from_vote: before.vote,
            to_vote: input.vote,
            reason,
            recorded_by: actor.personId,
            at,
          })
          .execute();
      }
      await trx
        .insertInto('votes')
        .values({ motion_id: motion.id, person_id: input.personId, vote: input.vote, recorded_by: actor.personId, at })
        .onConflict((oc) => oc.columns(['motion_id', 'person_id']).doUpdateSet({ vote: input.vote, recorded_by: actor.personId, at }))
        .execute();
      return {
        value: null,
        audit: {
          action: before && before.vote !== input.vote ? 'deliberation.vote.correct' : 'deliberation.vote',
          subject: `motion:${motion.id}`,
          before: before?.vote ?? null,
          after: input.vote,
          extra: { personId: input.personId, ...(before && before.vote !== input.vote ? { reason } : {}) },
        },
      };
    },
    now,
  );
}

/** Decides a motion (the chair) once every eligible present member has voted, by its rule. */
export async function decideMotion(vault: Vault, actor: Actor, motionId: string, now: () => Date): Promise<{ outcome: MotionOutcome }> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const { motion, meeting } = await openMotion(trx, motionId);
      const view = (await meetingMinutes(trx, meeting.id)).motions.find((m) => m.id === motion.id)!;
      if (view.pending.length) throw new PanelisError('VOTES_PENDING', { names: view.pending.map((p) => p.name).join(', ') });
      // Votes of people no longer present (left the meeting) do not count.
      const presentIds = new Set((await attendeesOf(trx, meeting.id)).filter((a) => a.present).map((a) => a.personId));
      const counted = view.votes.filter((v) => presentIds.has(v.personId));
      const tally = { setuju: 0, tidakSetuju: 0, abstain: 0 };
      for (const v of counted) tally[v.vote] += 1;
      const outcome = motionOutcome(motion.rule as CarryRule, tally);
      await trx
        .updateTable('motions')
        .set({ status: 'decided', outcome, decided_at: now().toISOString() })
        .where('id', '=', motion.id)
        .execute();
      return {
        value: { outcome },
        audit: { action: 'deliberation.motion.decide', subject: `motion:${motion.id}`, after: { outcome, rule: motion.rule, tally } },
      };
    },
    now,
  );
}
