import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Objection } from '../../../shared/contract/deliberation-types';
import { objectionWindow, wibDate, withinObjectionPeriod } from '../../../shared/deliberation/objection-period';
import { PanelisError } from '../../../shared/errors';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';
import { deliberationConfig } from './config';
import { standingSnapshotRow } from '../final/freeze';

/**
 * Records an applicant's objection (sanggahan) to the published (final) results, received
 * within the objection period counted from finalisation.
 */
export async function recordObjection(
  vault: Vault,
  actor: Actor & { personId: string },
  input: { selectionId: string; applicantId: string; receivedOn: string; text: string },
  now: () => Date,
): Promise<{ id: string }> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const snapshot = await standingSnapshotRow(trx, input.selectionId);
      if (!snapshot) throw new PanelisError('NOT_FINAL');
      const applicant = await trx
        .selectFrom('applicants')
        .select('id')
        .where('id', '=', input.applicantId)
        .where('selection_id', '=', input.selectionId)
        .executeTakeFirst();
      if (!applicant) throw new PanelisError('APPLICANT_NOT_FOUND');
      const { objectionDays } = await deliberationConfig(trx, input.selectionId);
      const today = wibDate(now().toISOString());
      const window = objectionWindow(snapshot.finalised_at, objectionDays);
      if (input.receivedOn > today || !withinObjectionPeriod(input.receivedOn, snapshot.finalised_at, objectionDays)) {
        throw new PanelisError('OBJECTION_PERIOD', { from: window.from, until: window.until });
      }
      const id = randomUUID();
      await trx
        .insertInto('objections')
        .values({
          id,
          selection_id: input.selectionId,
          snapshot_id: snapshot.id,
          applicant_id: input.applicantId,
          received_on: input.receivedOn,
          text: input.text,
          answer: null,
          result_changed: null,
          answered_at: null,
          answered_by: null,
          recorded_by: actor.personId,
          created_at: now().toISOString(),
        })
        .execute();
      return {
        value: { id },
        audit: {
          action: 'deliberation.objection',
          subject: `selection:${input.selectionId}`,
          after: { objectionId: id, applicantId: input.applicantId, receivedOn: input.receivedOn, text: input.text },
        },
      };
    },
    now,
  );
}

/** The committee's answer, and whether the result changed (a change itself needs a reopening). */
export async function answerObjection(
  vault: Vault,
  actor: Actor & { personId: string },
  input: { objectionId: string; answer: string; resultChanged: boolean },
  now: () => Date,
): Promise<void> {
  await mutate(
    vault,
    actor,
    async (trx) => {
      const o = await trx.selectFrom('objections').select(['id', 'answer']).where('id', '=', input.objectionId).executeTakeFirst();
      if (!o) throw new PanelisError('OBJECTION_NOT_FOUND');
      if (o.answer !== null) throw new PanelisError('OBJECTION_ANSWERED');
      await trx
        .updateTable('objections')
        .set({
          answer: input.answer,
          result_changed: input.resultChanged ? 1 : 0,
          answered_at: now().toISOString(),
          answered_by: actor.personId,
        })
        .where('id', '=', o.id)
        .execute();
      return {
        value: null,
        audit: {
          action: 'deliberation.objection.answer',
          subject: `objection:${o.id}`,
          after: { answer: input.answer, resultChanged: input.resultChanged },
        },
      };
    },
    now,
  );
}

export async function listObjections(db: Kysely<Database>, selectionId: string): Promise<Objection[]> {
  const rows = await db
    .selectFrom('objections as o')
    .innerJoin('applicants as a', 'a.id', 'o.applicant_id')
    .innerJoin('people as r', 'r.id', 'o.recorded_by')
    .leftJoin('people as w', 'w.id', 'o.answered_by')
    .select([
      'o.id',
      'o.applicant_id',
      'a.blind_code',
      'a.name',
      'o.received_on',
      'o.text',
      'o.answer',
      'o.result_changed',
      'o.answered_at',
      'w.name as answerer',
      'r.name as recorder',
      'o.snapshot_id',
    ])
    .where('o.selection_id', '=', selectionId)
    .orderBy('o.received_on')
    .orderBy('o.created_at')
    .orderBy(sql`o.rowid`)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    applicantId: r.applicant_id,
    applicantCode: r.blind_code,
    applicantName: r.name,
    receivedOn: r.received_on,
    text: r.text,
    answer: r.answer,
    resultChanged: r.result_changed === null ? null : r.result_changed === 1,
    answeredAt: r.answered_at,
    answeredBy: r.answerer,
    recordedBy: r.recorder,
    snapshotId: r.snapshot_id,
  }));
}
