import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { PanelisError } from '../../../shared/errors';
import type { Formation } from '../../../shared/results/formations/types';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { assertNotFinal } from '../final/freeze';
import { mutate } from '../mutate';
import { formationKey, type FormationRow } from './table';

/** A JPT pansel proposes three names per post; every other selection declares one per place. */
export function defaultProposePerPlace(kind: string): number {
  return kind === 'jpt' ? 3 : 1;
}

/** The selection's kind (SELECTION_NOT_FOUND when there is none). */
export async function selectionKind(db: Kysely<Database>, selectionId: string): Promise<string> {
  const row = await db.selectFrom('selections').select('kind').where('id', '=', selectionId).executeTakeFirst();
  if (!row) throw new PanelisError('SELECTION_NOT_FOUND');
  return row.kind;
}

/** A selection's formations in list order (the order optimalisasi serves them). Empty: one implicit formation, as before. */
export async function listFormations(db: Kysely<Database>, selectionId: string): Promise<Formation[]> {
  const rows = await db.selectFrom('formations').selectAll().where('selection_id', '=', selectionId).orderBy('position').execute();
  return rows.map((r) => ({
    id: r.id,
    jabatan: r.jabatan,
    lokasi: r.lokasi,
    jenis: r.jenis,
    pendidikan: r.pendidikan,
    kebutuhan: r.kebutuhan,
    proposePerPlace: r.propose_per_place,
  }));
}

/** Rows per INSERT: 11 columns each, well under SQLite's bound-parameter limit. */
const INSERT_BATCH = 500;

/**
 * Replaces every formation of a selection with `rows` (checked by checkFormationTable), in
 * one transaction with its audit event. Refused while the selection is final.
 */
export async function replaceFormations(
  vault: Vault,
  actor: Actor,
  selectionId: string,
  rows: readonly FormationRow[],
  file: { name: string; sha256: string },
  now: () => Date = () => new Date(),
): Promise<{ formations: number }> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      await selectionKind(trx, selectionId);
      await assertNotFinal(trx, selectionId);
      const before = await trx
        .selectFrom('formations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('selection_id', '=', selectionId)
        .executeTakeFirstOrThrow();
      await trx.deleteFrom('formations').where('selection_id', '=', selectionId).execute();
      const at = now().toISOString();
      for (let start = 0; start < rows.length; start += INSERT_BATCH) {
        const batch = rows.slice(start, start + INSERT_BATCH).map((f, i) => ({
          id: randomUUID(),
          selection_id: selectionId,
          position: start + i,
          jabatan: f.jabatan,
          lokasi: f.lokasi,
          jenis: f.jenis,
          pendidikan: f.pendidikan,
          key: formationKey(f),
          kebutuhan: f.kebutuhan,
          propose_per_place: f.proposePerPlace,
          created_at: at,
        }));
        await trx.insertInto('formations').values(batch).execute();
      }
      return {
        value: { formations: rows.length },
        audit: {
          action: 'formations.replace',
          subject: `selection:${selectionId}`,
          before: { formations: Number(before.n) },
          after: { formations: rows.length },
          extra: { fileName: file.name, sha256: file.sha256 },
        },
      };
    },
    now,
  );
}
