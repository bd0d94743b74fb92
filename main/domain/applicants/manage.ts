import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { ApplicantPage, ApplicantRow } from '../../../shared/contract/setup-types';
import { PanelisError } from '../../../shared/errors';
import type { ApplicantFieldKey } from '../../../shared/selection/applicant-fields';
import type { Role } from '../../../shared/roles';
import { applicantFieldsColumn, visibleFieldsColumn } from '../../vault/codecs/columns';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { applicantView } from '../access/applicant-view';
import { mutate, type Trx } from '../mutate';
import { newBlindCodes } from './blind-codes';
import { ExistingApplicants } from './duplicates';
import { normaliseApplicant, type NormalisedApplicant } from './fields';
import { otherFieldsJson } from './store';
import { joinBilingual } from '../../../shared/error-messages/bilingual';

function normaliseOrThrow(values: Partial<Record<ApplicantFieldKey, string>>, today: Date): NormalisedApplicant {
  const r = normaliseApplicant(values, today);
  if (!r.ok) {
    throw new PanelisError('APPLICANT_INVALID', {
      problems: joinBilingual(
        r.reasons.map((p) => p.message),
        ' ',
      ),
    });
  }
  return r.applicant;
}

async function visibleFields(db: Kysely<Database>, selectionId: string): Promise<ApplicantFieldKey[]> {
  const row = await db.selectFrom('selections').select('visible_fields').where('id', '=', selectionId).executeTakeFirst();
  if (!row) throw new PanelisError('SELECTION_NOT_FOUND');
  return visibleFieldsColumn.decode(row.visible_fields);
}

/** Refuses a registration number, NIK or NIP already used in the selection (the import's rule). */
async function checkUnique(trx: Trx, selectionId: string, a: NormalisedApplicant, exceptId: string | null): Promise<void> {
  const existing = await ExistingApplicants.load(trx, selectionId, exceptId ?? undefined);
  const clashes = existing.clashes({ registrationNumber: a.registrationNumber, nik: a.nik, nip: a.nip });
  if (clashes.length) {
    throw new PanelisError('DUPLICATE_APPLICANT', {
      problems: joinBilingual(
        clashes.map((p) => p.message),
        ' ',
      ),
    });
  }
}

/** An applicant that may still change: found in the selection and not withdrawn. */
async function changeableApplicant(trx: Trx, selectionId: string, applicantId: string): Promise<Database['applicants']> {
  const current = await trx
    .selectFrom('applicants')
    .selectAll()
    .where('id', '=', applicantId)
    .where('selection_id', '=', selectionId)
    .executeTakeFirst();
  if (!current) throw new PanelisError('APPLICANT_NOT_FOUND');
  if (current.status === 'withdrawn') throw new PanelisError('APPLICANT_WITHDRAWN');
  return current;
}

/** What the person who made a change sees of the result (the CLI counts as a manager). */
function viewFor(actor: Actor, row: Database['applicants'], visible: ApplicantFieldKey[]): ApplicantRow {
  return applicantView(row, actor.role === 'system' ? 'chair' : actor.role, visible, false);
}

/**
 * One page of a selection's applicants as the viewer's role may see them. Scorers search by
 * code only: searching names or NIK would let a blind member find out who is who.
 */
export async function listApplicants(
  db: Kysely<Database>,
  viewer: Role,
  args: { selectionId: string; query: string; status: 'all' | 'active' | 'withdrawn'; offset: number; limit: number },
): Promise<ApplicantPage> {
  const visible = await visibleFields(db, args.selectionId);
  const blind = viewer === 'member';
  let q = db.selectFrom('applicants').where('selection_id', '=', args.selectionId);
  if (args.status !== 'all') q = q.where('status', '=', args.status);
  const term = args.query.trim();
  if (term) {
    const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = blind
      ? q.where(sql<boolean>`blind_code like ${like} escape '\\'`)
      : q.where(
          sql<boolean>`(name like ${like} escape '\\' or registration_number like ${like} escape '\\' or nik like ${like} escape '\\' or blind_code like ${like} escape '\\')`,
        );
  }
  const total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await q
    .selectAll()
    .orderBy(blind ? 'blind_code' : 'registration_number')
    .offset(args.offset)
    .limit(args.limit)
    .execute();
  return { total, offset: args.offset, rows: rows.map((r) => applicantView(r, viewer, visible, false)) };
}

export async function addApplicant(
  vault: Vault,
  actor: Actor,
  selectionId: string,
  values: Partial<Record<ApplicantFieldKey, string>>,
  now: () => Date,
): Promise<ApplicantRow> {
  const a = normaliseOrThrow(values, now());
  return mutate(
    vault,
    actor,
    async (trx) => {
      const visible = await visibleFields(trx, selectionId);
      await checkUnique(trx, selectionId, a, null);
      const [code] = await newBlindCodes(trx, selectionId, 1);
      const at = now().toISOString();
      const row: Database['applicants'] = {
        id: randomUUID(),
        selection_id: selectionId,
        registration_number: a.registrationNumber,
        blind_code: code!,
        name: a.name,
        nik: a.nik ?? '',
        nip: a.nip ?? '',
        fields: otherFieldsJson(a),
        status: 'active',
        withdrawn_reason: null,
        created_at: at,
        updated_at: at,
      };
      await trx.insertInto('applicants').values(row).execute();
      return {
        value: viewFor(actor, row, visible),
        audit: { action: 'applicants.add', subject: `applicant:${row.id}`, after: { ...a, code: row.blind_code } },
      };
    },
    now,
  );
}

export async function updateApplicant(
  vault: Vault,
  actor: Actor,
  selectionId: string,
  applicantId: string,
  values: Partial<Record<ApplicantFieldKey, string>>,
  now: () => Date,
): Promise<ApplicantRow> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const current = await changeableApplicant(trx, selectionId, applicantId);
      const before = {
        registrationNumber: current.registration_number,
        name: current.name,
        nik: current.nik || undefined,
        nip: current.nip || undefined,
        ...applicantFieldsColumn.decode(current.fields),
      };
      // The edit names only what changes; absent fields keep their values.
      const a = normaliseOrThrow({ ...before, ...values }, now());
      await checkUnique(trx, selectionId, a, applicantId);
      const row: Database['applicants'] = {
        ...current,
        registration_number: a.registrationNumber,
        name: a.name,
        nik: a.nik ?? '',
        nip: a.nip ?? '',
        fields: otherFieldsJson(a),
        updated_at: now().toISOString(),
      };
      await trx.updateTable('applicants').set(row).where('id', '=', applicantId).execute();
      const visible = await visibleFields(trx, selectionId);
      return {
        value: viewFor(actor, row, visible),
        audit: { action: 'applicants.update', subject: `applicant:${applicantId}`, before, after: a },
      };
    },
    now,
  );
}

/** Withdrawn applicants stay on the record with the reason; nothing is deleted. */
export async function withdrawApplicant(
  vault: Vault,
  actor: Actor,
  selectionId: string,
  applicantId: string,
  reason: string,
  now: () => Date,
): Promise<ApplicantRow> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const current = await changeableApplicant(trx, selectionId, applicantId);
      const row: Database['applicants'] = { ...current, status: 'withdrawn', withdrawn_reason: reason, updated_at: now().toISOString() };
      await trx
        .updateTable('applicants')
        .set({ status: 'withdrawn', withdrawn_reason: reason, updated_at: row.updated_at })
        .where('id', '=', applicantId)
        .execute();
      const visible = await visibleFields(trx, selectionId);
      return {
        value: viewFor(actor, row, visible),
        audit: {
          action: 'applicants.withdraw',
          subject: `applicant:${applicantId}`,
          before: { status: 'active' },
          after: { status: 'withdrawn', reason },
        },
      };
    },
    now,
  );
}
