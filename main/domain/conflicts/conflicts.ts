import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ConflictInfo } from '../../../shared/contract/setup-types';
import { PanelisError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
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
    .leftJoin('people as d', 'd.id', 'c.declared_by')
    .select([
      'c.id',
      'c.selection_id',
      'c.person_id',
      'p.name as person_name',
      'c.applicant_id',
      'a.blind_code',
      'a.registration_number',
      'a.name as applicant_name',
      'c.reason_kind',
      'c.reason_text',
      'c.declared_by',
      'd.name as declared_by_name',
      'c.created_at',
    ])
    .where('c.selection_id', '=', selectionId)
    .orderBy('c.created_at');
}

type ConflictRow = Awaited<ReturnType<ReturnType<typeof conflictsQuery>['execute']>>[number];

/** A blind member sees the code of the applicant, never who it is. */
const toInfo = (r: ConflictRow, blind: boolean): ConflictInfo => ({
  id: r.id,
  selectionId: r.selection_id,
  personId: r.person_id,
  personName: r.person_name,
  applicantId: r.applicant_id,
  applicantCode: r.blind_code,
  applicantRegistrationNumber: blind ? null : r.registration_number,
  applicantName: blind ? null : r.applicant_name,
  reasonKind: r.reason_kind,
  reasonText: r.reason_text,
  declaredBy: r.declared_by,
  declaredByName: r.declared_by_name ?? '',
  createdAt: r.created_at,
});

export interface ConflictViewer {
  personId: string | null;
  role: Role | 'system';
}

/** All conflicts of a selection; a member sees only their own, and codes instead of names. */
export async function listConflicts(
  db: Kysely<Database>,
  selectionId: string,
  viewer: ConflictViewer,
  onlyId?: string,
): Promise<ConflictInfo[]> {
  const blind = viewer.role === 'member';
  let q = conflictsQuery(db, selectionId);
  if (blind) q = q.where('c.person_id', '=', viewer.personId ?? '');
  if (onlyId) q = q.where('c.id', '=', onlyId);
  return (await q.execute()).map((r) => toInfo(r, blind));
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
      const applicant = await trx
        .selectFrom('applicants')
        .select(['id', 'blind_code'])
        .where('id', '=', input.applicantId)
        .where('selection_id', '=', input.selectionId)
        .executeTakeFirst();
      if (!applicant) throw new PanelisError('APPLICANT_NOT_FOUND');
      const person = await trx.selectFrom('people').select(['id', 'name']).where('id', '=', input.personId).executeTakeFirst();
      if (!person) throw new PanelisError('PERSON_NOT_FOUND');
      if (!(await isOnCommittee(trx, input.selectionId, input.personId)))
        throw new PanelisError('PERSON_NOT_ON_COMMITTEE', { name: person.name });
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
        .values({
          id,
          selection_id: input.selectionId,
          person_id: input.personId,
          applicant_id: input.applicantId,
          reason_kind: input.reasonKind,
          reason_text: input.reasonText,
          declared_by: actor.personId ?? '',
          created_at: at,
        })
        .execute();
      // Recused at once: scores already entered for this applicant on an unsubmitted sheet
      // are removed (the audit event says how many); a submitted sheet stays as signed.
      const drafts = await trx
        .selectFrom('round_scorers as r')
        .innerJoin('rounds as o', 'o.id', 'r.round_id')
        .select('r.round_id')
        .where('o.selection_id', '=', input.selectionId)
        .where('o.state', '=', 'open')
        .where('r.person_id', '=', input.personId)
        .where('r.status', '=', 'scoring')
        .execute();
      let removedScores = 0;
      for (const d of drafts) {
        const res = await trx
          .deleteFrom('scores')
          .where('round_id', '=', d.round_id)
          .where('person_id', '=', input.personId)
          .where('applicant_id', '=', input.applicantId)
          .executeTakeFirst();
        removedScores += Number(res.numDeletedRows);
      }
      const [info] = await listConflicts(trx, input.selectionId, actor, id);
      return {
        value: info!,
        audit: {
          action: 'conflicts.declare',
          subject: `selection:${input.selectionId}`,
          after: { personId: input.personId, applicantId: input.applicantId, reasonKind: input.reasonKind, reasonText: input.reasonText },
          extra: { removedDraftScores: removedScores },
        },
      };
    },
    now,
  );
}
