import type { Kysely } from 'kysely';
import type { MemberSummary } from '../../../shared/contract/setup-types';
import { PanelisError } from '../../../shared/errors';
import type { Database } from '../../vault/schema';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';
import type { Vault } from '../../vault/vault';

/** The committee of one selection: people of the vault who sit on it. */
export async function committeeOf(db: Kysely<Database>, selectionId: string): Promise<MemberSummary[]> {
  const rows = await db
    .selectFrom('selection_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['p.id', 'p.name', 'p.nip', 'p.position', 'p.role'])
    .where('m.selection_id', '=', selectionId)
    .orderBy('p.name')
    .execute();
  return rows.map((r) => ({ personId: r.id, name: r.name, nip: r.nip, position: r.position, role: r.role }));
}

export async function isOnCommittee(db: Kysely<Database>, selectionId: string, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('selection_members')
    .select('person_id')
    .where('selection_id', '=', selectionId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Replaces the committee of a selection; the audit event keeps who joined and who left. */
export async function setCommittee(vault: Vault, actor: Actor, selectionId: string, personIds: string[], now: () => Date): Promise<void> {
  const wanted = [...new Set(personIds)];
  await mutate(
    vault,
    actor,
    async (trx) => {
      const known = await trx
        .selectFrom('people')
        .select('id')
        .where('id', 'in', wanted.length ? wanted : [''])
        .where('active', '=', 1)
        .execute();
      if (known.length !== wanted.length) throw new PanelisError('PERSON_NOT_FOUND');
      const before = (await trx.selectFrom('selection_members').select('person_id').where('selection_id', '=', selectionId).execute()).map(
        (r) => r.person_id,
      );
      const joined = wanted.filter((id) => !before.includes(id));
      const left = before.filter((id) => !wanted.includes(id));
      if (left.length) {
        // Someone scoring in an open round stays until the round closes (or they are excused).
        const scoring = await trx
          .selectFrom('round_scorers as r')
          .innerJoin('rounds as o', 'o.id', 'r.round_id')
          .innerJoin('people as p', 'p.id', 'r.person_id')
          .select('p.name')
          .where('o.selection_id', '=', selectionId)
          .where('o.state', '=', 'open')
          .where('r.status', '!=', 'excused')
          .where('r.person_id', 'in', left)
          .executeTakeFirst();
        if (scoring) throw new PanelisError('SCORER_IN_ROUND', { name: scoring.name });
      }
      if (left.length)
        await trx.deleteFrom('selection_members').where('selection_id', '=', selectionId).where('person_id', 'in', left).execute();
      if (joined.length) {
        await trx
          .insertInto('selection_members')
          .values(joined.map((person_id) => ({ selection_id: selectionId, person_id, added_at: now().toISOString() })))
          .execute();
      }
      return {
        value: null,
        audit: { action: 'committee.set', subject: `selection:${selectionId}`, before, after: wanted, extra: { joined, left } },
      };
    },
    now,
  );
}
