import { randomUUID } from 'node:crypto';
import { writeInitialSelectionDocuments } from './document-settings';
import { finalState } from '../final/freeze';
import type { Kysely } from 'kysely';
import type { SelectionDetail, SelectionSummary } from '../../../shared/contract/setup-types';
import { PanelisError } from '../../../shared/errors';
import { applicantFieldKeys, defaultScorerVisible, type ApplicantFieldKey } from '../../../shared/selection/applicant-fields';
import type { SelectionSetup } from '../../../shared/selection/selection';
import { applyTemplate, templateInfo, type TemplateKey } from '../../../shared/selection/templates';
import { importMappingColumn, selectionSetupColumn, visibleFieldsColumn } from '../../vault/codecs/columns';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { committeeOf } from '../committee/committee';
import { mutate } from '../mutate';
import { recordRubrics, rubricVersions } from './rubric-versions';
import { setupErrors, setupIssues } from '../../../shared/selection/setup-issues';
import { joinBilingual } from '../../../shared/error-messages/bilingual';

type SelectionRow = Database['selections'];

function parseSetup(row: SelectionRow): SelectionSetup {
  return selectionSetupColumn.decode(row.setup);
}

async function selectionRow(db: Kysely<Database>, selectionId: string): Promise<SelectionRow> {
  const row = await db.selectFrom('selections').selectAll().where('id', '=', selectionId).executeTakeFirst();
  if (!row) throw new PanelisError('SELECTION_NOT_FOUND');
  return row;
}

export async function loadSetup(db: Kysely<Database>, selectionId: string): Promise<SelectionSetup> {
  return parseSetup(await selectionRow(db, selectionId));
}

export async function selectionDetail(db: Kysely<Database>, selectionId: string): Promise<SelectionDetail> {
  const row = await selectionRow(db, selectionId);
  const setup = parseSetup(row);
  const members = await committeeOf(db, selectionId);
  const counts = await db
    .selectFrom('applicants')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('selection_id', '=', selectionId)
    .groupBy('status')
    .execute();
  const conflicts = await db
    .selectFrom('conflicts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('selection_id', '=', selectionId)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    template: row.template as TemplateKey | null,
    setup,
    visibleFields: visibleFieldsColumn.decode(row.visible_fields),
    importMapping: row.import_mapping ? importMappingColumn.decode(row.import_mapping) : null,
    members,
    applicants: {
      active: Number(counts.find((c) => c.status === 'active')?.n ?? 0),
      withdrawn: Number(counts.find((c) => c.status === 'withdrawn')?.n ?? 0),
    },
    conflicts: Number(conflicts.n),
    // Scoring is blind: only people with the member role score (rounds/assignment.ts).
    issues: setupIssues(setup, members.filter((m) => m.role === 'member').length),
    rubricVersions: await rubricVersions(db, selectionId),
    final: await finalState(db, selectionId),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** All selections, or only those the person sits on (members see no others). */
export async function listSelections(db: Kysely<Database>, onlyFor: string | null): Promise<SelectionSummary[]> {
  let q = db
    .selectFrom('selections as s')
    .select([
      's.id',
      's.kind',
      's.title',
      's.setup',
      's.created_at',
      's.updated_at',
      (eb) =>
        eb
          .selectFrom('applicants as a')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('a.selection_id', '=', 's.id')
          .where('a.status', '=', 'active')
          .as('applicants'),
      (eb) =>
        eb
          .selectFrom('selection_members as m')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('m.selection_id', '=', 's.id')
          .as('members'),
    ])
    .orderBy('s.created_at', 'desc');
  if (onlyFor !== null) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('selection_members as m2')
          .select('m2.person_id')
          .whereRef('m2.selection_id', '=', 's.id')
          .where('m2.person_id', '=', onlyFor),
      ),
    );
  }
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as SelectionSummary['kind'],
    title: r.title,
    agency: selectionSetupColumn.decode(r.setup).agency,
    applicants: Number(r.applicants ?? 0),
    members: Number(r.members ?? 0),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

/** A new selection from a template (or empty); its creator sits on its committee. */
export async function createSelection(
  vault: Vault,
  actor: Actor,
  input: { template: TemplateKey | null; title: string },
  now: () => Date,
): Promise<string> {
  const setup: SelectionSetup = input.template
    ? applyTemplate(input.template, input.title, randomUUID)
    : {
        kind: 'other',
        title: input.title,
        agency: '',
        unit: '',
        address: '',
        decreeNumber: '',
        startDate: null,
        endDate: null,
        positions: [],
        stages: [],
        tieBreak: [],
      };
  const id = randomUUID();
  await mutate(
    vault,
    actor,
    async (trx) => {
      const at = now().toISOString();
      await trx
        .insertInto('selections')
        .values({
          id,
          kind: setup.kind,
          title: setup.title,
          setup: selectionSetupColumn.encode(setup),
          template: input.template,
          visible_fields: visibleFieldsColumn.encode(defaultScorerVisible),
          import_mapping: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await recordRubrics(trx, actor, id, null, setup, at);
      await writeInitialSelectionDocuments(trx, id, input.template, at);
      if (actor.personId)
        await trx.insertInto('selection_members').values({ selection_id: id, person_id: actor.personId, added_at: at }).execute();
      return {
        value: id,
        audit: {
          action: 'selection.create',
          subject: `selection:${id}`,
          after: setup,
          extra: input.template ? { template: input.template, source: templateInfo[input.template].source.id } : {},
        },
      };
    },
    now,
  );
  return id;
}

/** Saves the edited set-up; rubric changes are versioned (frozen ones need the chair). */
export async function updateSetup(vault: Vault, actor: Actor, selectionId: string, setup: SelectionSetup, now: () => Date): Promise<void> {
  const errors = setupErrors(setup);
  if (errors.length) {
    throw new PanelisError('INVALID_SETUP', { problems: joinBilingual(errors, '; ') });
  }
  await mutate(
    vault,
    actor,
    async (trx) => {
      const before = parseSetup(await selectionRow(trx, selectionId));
      const at = now().toISOString();
      const rubrics = await recordRubrics(trx, actor, selectionId, before, setup, at);
      await trx
        .updateTable('selections')
        .set({ setup: selectionSetupColumn.encode(setup), kind: setup.kind, title: setup.title, updated_at: at })
        .where('id', '=', selectionId)
        .execute();
      return {
        value: null,
        audit: { action: 'selection.update', subject: `selection:${selectionId}`, before, after: setup, extra: { rubrics } },
      };
    },
    now,
  );
}

export async function setVisibleFields(
  vault: Vault,
  actor: Actor,
  selectionId: string,
  fields: ApplicantFieldKey[],
  now: () => Date,
): Promise<void> {
  const wanted = applicantFieldKeys.filter((k) => fields.includes(k) && k !== 'registrationNumber');
  await mutate(
    vault,
    actor,
    async (trx) => {
      const row = await selectionRow(trx, selectionId);
      await trx
        .updateTable('selections')
        .set({ visible_fields: visibleFieldsColumn.encode(wanted), updated_at: now().toISOString() })
        .where('id', '=', selectionId)
        .execute();
      return {
        value: null,
        audit: {
          action: 'selection.setVisibleFields',
          subject: `selection:${selectionId}`,
          before: visibleFieldsColumn.decode(row.visible_fields),
          after: wanted,
        },
      };
    },
    now,
  );
}
