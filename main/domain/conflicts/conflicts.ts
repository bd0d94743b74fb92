import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ConflictInfo } from '../../../shared/contract/setup-types';
import { PanelisError } from '../../../shared/errors';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { isOnCommittee } from '../committee/committee';
import { mutate } from '../mutate';

export interface ConflictInput {
  selectionId: string;
  applicantId: string;
  personId: string;
  reasonKind: 'family' | 'work' | 'other';
  reasonText: string;
}

function conflictsQuery(db: Kysely<Database>, selectionId: string) {
  return db
    .selectFrom('conflicts as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .innerJoin('applicants as a', 'a.id', 'c.applicant_id')
    .select(['c.id', 'c.selection_id', 'c.person_id', 'p.name as person_name', 'c.applicant_id', 'a.blind_code', 'c.reason_kind', 'c.reason_text', 'c.declared_by', 'c.created_at'])
    .where('c.selection_id', '=', selectionId)
    .orderBy('c.created_at');
}

type ConflictRow = Awaited<ReturnType<ReturnType<typeof conflictsQuery>['execute']>>[number];
const toInfo = (r: ConflictRow): ConflictInfo => ({
  id: r.id,
  selectionId: r.selection_id,
  personId: r.person_id,
  personName: r.person_name,
  applicantId: r.applicant_id,
  applicantCode: r.blind_code,
  reasonKind: r.reason_kind,
  reasonText: r.reason_text,
  declaredBy: r.declared_by,
  createdAt: r.created_at,
});

/** All conflicts of a selection, or only one person's own (what a member may see). */
export async function listConflicts(db: Kysely<Database>, selectionId: string, onlyPerson: string | null): Promise<ConflictInfo[]> {
  let q = conflictsQuery(db, selectionId);
  if (onlyPerson !== null) q = q.where('c.person_id', '=', onlyPerson);
  return (await q.execute()).map(toInfo);
}

/** Members with a conflict for an applicant: they can never score that applicant. */
export async function recusedFor(db: Kysely<Database>, selectionId: string, applicantId: string): Promise<string[]> {
  const rows = await db.selectFrom('conflicts').select('person_id').where('selection_id', '=', selectionId).where('applicant_id', '=', applicantId).execute();
  return rows.map((r) => r.person_id);
}

/**
 * Records a conflict of interest: declared by the member, or recorded by the secretary or
 * chair for a member. It cannot be withdrawn: the record is part of the selection's history.
 */
export async function declareConflict(vault: Vault, actor: Actor, input: ConflictInput, now: () => Date): Promise<ConflictInfo> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const applicant = await trx.selectFrom('applicants').select(['id', 'blind_code']).where('id', '=', input.applicantId).where('selection_id', '=', input.selectionId).executeTakeFirst();
      if (!applicant) throw new PanelisError('APPLICANT_NOT_FOUND');
      const person = await trx.selectFrom('people').select(['id', 'name']).where('id', '=', input.personId).executeTakeFirst();
      if (!person) throw new PanelisError('PERSON_NOT_FOUND');
      if (!(await isOnCommittee(trx, input.selectionId, input.personId))) throw new PanelisError('PERSON_NOT_ON_COMMITTEE', { name: person.name });
      const existing = await trx
        .selectFrom('conflicts')
        .select('id')
        .where('selection_id', '=', input.selectionId)
        .where('person_id', '=', input.personId)
        .where('applicant_id', '=', input.applicantId)
        .executeTakeFirst();
      if (existing) throw new PanelisError('CONFLICT_EXISTS');
      const id = randomUUID();
      const at = now().toISOString();
      await trx
        .insertInto('conflicts')
        .values({ id, selection_id: input.selectionId, person_id: input.personId, applicant_id: input.applicantId, reason_kind: input.reasonKind, reason_text: input.reasonText, declared_by: actor.personId ?? '', created_at: at })
        .execute();
      const info: ConflictInfo = {
        id,
        selectionId: input.selectionId,
        personId: input.personId,
        personName: person.name,
        applicantId: input.applicantId,
        applicantCode: applicant.blind_code,
        reasonKind: input.reasonKind,
        reasonText: input.reasonText,
        declaredBy: actor.personId ?? '',
        createdAt: at,
      };
      return { value: info, audit: { action: 'conflicts.declare', subject: `selection:${input.selectionId}`, after: { personId: input.personId, applicantId: input.applicantId, reasonKind: input.reasonKind, reasonText: input.reasonText } } };
    },
    now,
  );
}
