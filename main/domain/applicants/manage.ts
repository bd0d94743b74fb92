import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { ApplicantPage, ApplicantRow } from '../../../shared/contract/setup-types';
import { PanelisError } from '../../../shared/errors';
import type { ApplicantFieldKey } from '../../../shared/selection/applicant-fields';
import type { Role } from '../../../shared/roles';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { applicantView } from '../blindness/applicant-view';
import { mutate, type Trx } from '../mutate';
import { newBlindCodes } from './blind-codes';
import { normaliseApplicant, type NormalisedApplicant } from './fields';

/** Columns of their own; every other field lives in the JSON `fields` column. */
const columnFields = new Set<ApplicantFieldKey>(['registrationNumber', 'name', 'nik', 'nip']);

export function storedFields(a: NormalisedApplicant): string {
  const rest: Partial<Record<ApplicantFieldKey, string>> = {};
  for (const [k, v] of Object.entries(a) as [ApplicantFieldKey, string][]) if (!columnFields.has(k)) rest[k] = v;
  return JSON.stringify(rest);
}

function normaliseOrThrow(values: Partial<Record<ApplicantFieldKey, string>>, today: Date): NormalisedApplicant {
  const r = normaliseApplicant(values, today);
  if (!r.ok) {
    throw new PanelisError('APPLICANT_INVALID', {
      problemsId: r.reasons.map((p) => p.message.id).join(' '),
      problemsEn: r.reasons.map((p) => p.message.en).join(' '),
    });
  }
  return r.applicant;
}

async function visibleFields(db: Kysely<Database>, selectionId: string): Promise<ApplicantFieldKey[]> {
  const row = await db.selectFrom('selections').select('visible_fields').where('id', '=', selectionId).executeTakeFirst();
  if (!row) throw new PanelisError('SELECTION_NOT_FOUND');
  return JSON.parse(row.visible_fields) as ApplicantFieldKey[];
}

/** Refuses a registration number or NIK already used by another applicant of the selection. */
async function checkUnique(trx: Trx, selectionId: string, a: NormalisedApplicant, exceptId: string | null): Promise<void> {
  const clash = async (column: 'registration_number' | 'nik', value: string) => {
    let q = trx.selectFrom('applicants').select('id').where('selection_id', '=', selectionId).where(column, '=', value);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return q.executeTakeFirst();
  };
  if (await clash('registration_number', a.registrationNumber)) {
    throw new PanelisError('DUPLICATE_APPLICANT', { fieldId: 'nomor peserta', fieldEn: 'registration number', value: a.registrationNumber });
  }
  if (a.nik && (await clash('nik', a.nik))) throw new PanelisError('DUPLICATE_APPLICANT', { fieldId: 'NIK', fieldEn: 'NIK', value: a.nik });
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
        fields: storedFields(a),
        status: 'active',
        withdrawn_reason: null,
        created_at: at,
        updated_at: at,
      };
      await trx.insertInto('applicants').values(row).execute();
      return {
        value: applicantView(row, actor.role === 'system' ? 'chair' : actor.role, visible, false),
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
      const current = await trx.selectFrom('applicants').selectAll().where('id', '=', applicantId).where('selection_id', '=', selectionId).executeTakeFirst();
      if (!current) throw new PanelisError('APPLICANT_NOT_FOUND');
      if (current.status === 'withdrawn') throw new PanelisError('APPLICANT_WITHDRAWN');
      const before = { registrationNumber: current.registration_number, name: current.name, nik: current.nik || undefined, nip: current.nip || undefined, ...(JSON.parse(current.fields) as Record<string, string>) };
      // The edit names only what changes; absent fields keep their values.
      const a = normaliseOrThrow({ ...before, ...values }, now());
      await checkUnique(trx, selectionId, a, applicantId);
      const row: Database['applicants'] = {
        ...current,
        registration_number: a.registrationNumber,
        name: a.name,
        nik: a.nik ?? '',
        nip: a.nip ?? '',
        fields: storedFields(a),
        updated_at: now().toISOString(),
      };
      await trx.updateTable('applicants').set(row).where('id', '=', applicantId).execute();
      const visible = await visibleFields(trx, selectionId);
      return {
        value: applicantView(row, actor.role === 'system' ? 'chair' : actor.role, visible, false),
        audit: { action: 'applicants.update', subject: `applicant:${applicantId}`, before, after: a },
      };
    },
    now,
  );
}

/** Withdrawn applicants stay on the record with the reason; nothing is deleted. */
export async function withdrawApplicant(vault: Vault, actor: Actor, selectionId: string, applicantId: string, reason: string, now: () => Date): Promise<ApplicantRow> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const current = await trx.selectFrom('applicants').selectAll().where('id', '=', applicantId).where('selection_id', '=', selectionId).executeTakeFirst();
      if (!current) throw new PanelisError('APPLICANT_NOT_FOUND');
      if (current.status === 'withdrawn') throw new PanelisError('APPLICANT_WITHDRAWN');
      const row: Database['applicants'] = { ...current, status: 'withdrawn', withdrawn_reason: reason, updated_at: now().toISOString() };
      await trx.updateTable('applicants').set({ status: 'withdrawn', withdrawn_reason: reason, updated_at: row.updated_at }).where('id', '=', applicantId).execute();
      const visible = await visibleFields(trx, selectionId);
      return {
        value: applicantView(row, actor.role === 'system' ? 'chair' : actor.role, visible, false),
        audit: { action: 'applicants.withdraw', subject: `applicant:${applicantId}`, before: { status: 'active' }, after: { status: 'withdrawn', reason } },
      };
    },
    now,
  );
}
