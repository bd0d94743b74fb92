import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AgendaItem, AgendaProposal } from '../../../shared/contract/deliberation-types';
import { PanelisError } from '../../../shared/errors';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';
import { resultsView } from '../results/results-view';
import { loadRound, roundRubric } from '../rounds/round-record';
import { loadMeeting, requireOpen, type MeetingRow } from './meeting-record';
import { agendaFlagsColumn } from '../../vault/codecs/columns';

/** Flagged applicants (spreads beyond the limit in the results) grouped per applicant. */
async function flaggedApplicants(db: Kysely<Database>, meeting: MeetingRow): Promise<AgendaProposal[]> {
  const results = await resultsView(db, meeting.selection_id, { personId: null, role: 'chair' }, null);
  const names = new Map<string, string>();
  for (const s of results.stages) {
    if (s.roundId === null || s.status !== 'counted') continue;
    const rubric = await roundRubric(db, await loadRound(db, s.roundId));
    for (const c of rubric.criteria) names.set(`${s.stageId}:${c.id}`, c.name);
  }
  const byApplicant = new Map<string, AgendaProposal>();
  for (const d of results.disagreements) {
    const row = results.rows.find((r) => r.applicantId === d.applicantId);
    const p = byApplicant.get(d.applicantId) ?? { applicantId: d.applicantId, code: row?.code ?? '', name: row?.name ?? null, flags: [] };
    p.flags.push({
      stageId: d.stageId,
      criterionId: d.criterionId,
      criterionName: names.get(`${d.stageId}:${d.criterionId}`) ?? d.criterionId,
      spread: d.spread,
      text: d.text,
    });
    byApplicant.set(d.applicantId, p);
  }
  return [...byApplicant.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** Flagged applicants not yet on this meeting's agenda: proposed automatically. */
export async function agendaProposals(db: Kysely<Database>, meetingId: string): Promise<AgendaProposal[]> {
  const meeting = await loadMeeting(db, meetingId);
  const taken = new Set(
    (await db.selectFrom('agenda_items').select('applicant_id').where('meeting_id', '=', meetingId).execute()).map((r) => r.applicant_id),
  );
  return (await flaggedApplicants(db, meeting)).filter((p) => !taken.has(p.applicantId));
}

/**
 * Adds an agenda item: a flagged applicant (taken from the proposals, with its flags), an
 * applicant added by hand, or a free item with a title only.
 */
export async function addAgendaItem(
  vault: Vault,
  actor: Actor,
  input: { meetingId: string; applicantId?: string | undefined; title?: string | undefined },
  now: () => Date,
): Promise<{ id: string }> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const meeting = await loadMeeting(trx, input.meetingId);
      requireOpen(meeting);
      let flags: AgendaItem['flags'] = [];
      if (input.applicantId) {
        const a = await trx
          .selectFrom('applicants')
          .select('id')
          .where('id', '=', input.applicantId)
          .where('selection_id', '=', meeting.selection_id)
          .executeTakeFirst();
        if (!a) throw new PanelisError('APPLICANT_NOT_FOUND');
        const dup = await trx
          .selectFrom('agenda_items')
          .select('id')
          .where('meeting_id', '=', meeting.id)
          .where('applicant_id', '=', input.applicantId)
          .executeTakeFirst();
        if (dup) throw new PanelisError('ITEM_EXISTS');
        flags = (await flaggedApplicants(trx, meeting)).find((p) => p.applicantId === input.applicantId)?.flags ?? [];
      }
      const last = await trx
        .selectFrom('agenda_items')
        .select((eb) => eb.fn.max('position').as('m'))
        .where('meeting_id', '=', meeting.id)
        .executeTakeFirst();
      const id = randomUUID();
      const values = {
        id,
        meeting_id: meeting.id,
        position: Number(last?.m ?? 0) + 1,
        source: flags.length ? ('flagged' as const) : ('manual' as const),
        applicant_id: input.applicantId ?? null,
        title: input.title?.trim() ?? '',
        notes: '',
        flags: agendaFlagsColumn.encode(flags),
        created_at: now().toISOString(),
      };
      await trx.insertInto('agenda_items').values(values).execute();
      return {
        value: { id },
        audit: {
          action: 'deliberation.agenda.add',
          subject: `meeting:${meeting.id}`,
          after: { itemId: id, source: values.source, applicantId: values.applicant_id, title: values.title },
        },
      };
    },
    now,
  );
}

/** Notes of an item (the clerk's record of the discussion); the audit event keeps the earlier text. */
export async function setItemNotes(vault: Vault, actor: Actor, input: { itemId: string; notes: string }, now: () => Date): Promise<void> {
  await mutate(
    vault,
    actor,
    async (trx) => {
      const item = await trx.selectFrom('agenda_items').select(['meeting_id', 'notes']).where('id', '=', input.itemId).executeTakeFirst();
      if (!item) throw new PanelisError('ITEM_NOT_FOUND');
      requireOpen(await loadMeeting(trx, item.meeting_id));
      await trx.updateTable('agenda_items').set({ notes: input.notes }).where('id', '=', input.itemId).execute();
      return {
        value: null,
        audit: { action: 'deliberation.agenda.notes', subject: `item:${input.itemId}`, before: item.notes, after: input.notes },
      };
    },
    now,
  );
}
