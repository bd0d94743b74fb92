import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PanelInfo } from '../../../shared/contract/setup-types';
import { PanelisError } from '../../../shared/errors';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';
import { reason } from '../../../shared/error-messages/reasons';

export interface PanelInput {
  name: string;
  memberIds: string[];
  applicantIds: string[];
}

/**
 * Panels split a large stage: each panel's members score only that panel's applicants.
 * No panels for a stage means every committee member scores every applicant (the default).
 */
export async function listPanels(db: Kysely<Database>, selectionId: string): Promise<PanelInfo[]> {
  const panels = await db
    .selectFrom('panels')
    .selectAll()
    .where('selection_id', '=', selectionId)
    .orderBy('created_at')
    .orderBy('name')
    .execute();
  const out: PanelInfo[] = [];
  for (const p of panels) {
    const members = await db.selectFrom('panel_members').select('person_id').where('panel_id', '=', p.id).execute();
    const applicants = await db.selectFrom('panel_applicants').select('applicant_id').where('panel_id', '=', p.id).execute();
    out.push({
      id: p.id,
      stageId: p.stage_id,
      name: p.name,
      memberIds: members.map((m) => m.person_id),
      applicantIds: applicants.map((a) => a.applicant_id),
    });
  }
  return out;
}

/** Replaces the panels of one stage. An applicant sits in at most one panel of a stage. */
export async function savePanels(
  vault: Vault,
  actor: Actor,
  selectionId: string,
  stageId: string,
  panels: PanelInput[],
  now: () => Date,
): Promise<void> {
  const seen = new Set<string>();
  for (const p of panels) {
    for (const a of p.applicantIds) {
      if (seen.has(a)) throw new PanelisError('INVALID_SETUP', { problems: reason('APPLICANT_IN_TWO_PANELS') });
      seen.add(a);
    }
  }
  await mutate(
    vault,
    actor,
    async (trx) => {
      const round = await trx
        .selectFrom('rounds')
        .select('state')
        .where('selection_id', '=', selectionId)
        .where('stage_id', '=', stageId)
        .executeTakeFirst();
      if (round && round.state !== 'draft') throw new PanelisError('PANELS_FROZEN');
      const members = new Set(
        (await trx.selectFrom('selection_members').select('person_id').where('selection_id', '=', selectionId).execute()).map(
          (m) => m.person_id,
        ),
      );
      for (const p of panels)
        for (const m of p.memberIds) if (!members.has(m)) throw new PanelisError('PERSON_NOT_ON_COMMITTEE', { name: m });
      const applicants = new Set(
        (await trx.selectFrom('applicants').select('id').where('selection_id', '=', selectionId).execute()).map((a) => a.id),
      );
      for (const a of seen) if (!applicants.has(a)) throw new PanelisError('APPLICANT_NOT_FOUND');
      const old = await trx
        .selectFrom('panels')
        .select('id')
        .where('selection_id', '=', selectionId)
        .where('stage_id', '=', stageId)
        .execute();
      const oldIds = old.map((o) => o.id);
      if (oldIds.length) {
        await trx.deleteFrom('panel_members').where('panel_id', 'in', oldIds).execute();
        await trx.deleteFrom('panel_applicants').where('panel_id', 'in', oldIds).execute();
        await trx.deleteFrom('panels').where('id', 'in', oldIds).execute();
      }
      const at = now().toISOString();
      for (const p of panels) {
        const id = randomUUID();
        await trx.insertInto('panels').values({ id, selection_id: selectionId, stage_id: stageId, name: p.name, created_at: at }).execute();
        await trx
          .insertInto('panel_members')
          .values(p.memberIds.map((person_id) => ({ panel_id: id, person_id })))
          .execute();
        for (let i = 0; i < p.applicantIds.length; i += 5000) {
          await trx
            .insertInto('panel_applicants')
            .values(p.applicantIds.slice(i, i + 5000).map((applicant_id) => ({ panel_id: id, applicant_id })))
            .execute();
        }
      }
      return {
        value: null,
        audit: {
          action: 'panels.save',
          subject: `selection:${selectionId}`,
          extra: { stageId, panels: panels.map((p) => ({ name: p.name, members: p.memberIds, applicants: p.applicantIds.length })) },
        },
      };
    },
    now,
  );
}
