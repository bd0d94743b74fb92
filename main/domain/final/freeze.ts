import type { Kysely } from 'kysely';
import type { FinalState } from '../../../shared/contract/setup-types';
import { PanelisError } from '../../../shared/errors';
import { formatDateTimeZone } from '../../../shared/format';
import type { Database } from '../../vault/schema';
import { readSelectionDocuments } from '../selections/document-settings';

/**
 * The freeze: while a selection's final snapshot stands (finalised and not reopened), nothing
 * its results or documents rest on may change. The dispatcher applies it to every contract
 * method whose effect is `results` (shared/contract/define.ts); domain writes that can also be
 * reached without the dispatcher (CLI imports, gates, revisions) call `assertNotFinal` inside
 * their own transaction. Only a recorded reopening by the chair lifts it.
 */

/** The standing (not reopened) snapshot row of a selection, if any. */
export async function standingSnapshotRow(db: Kysely<Database>, selectionId: string) {
  return db
    .selectFrom('final_snapshots')
    .selectAll()
    .where('selection_id', '=', selectionId)
    .where('reopened_at', 'is', null)
    .orderBy('finalised_at', 'desc')
    .executeTakeFirst();
}

/** Who finalised, when (long date in the selection's time zone) and the snapshot's hash; null while not final. */
export async function finalState(db: Kysely<Database>, selectionId: string): Promise<FinalState | null> {
  // Not the payload (megabytes for a large selection): this runs before every result-altering call.
  const row = await db
    .selectFrom('final_snapshots')
    .select(['id', 'sha256', 'finalised_at', 'finalised_by_name'])
    .where('selection_id', '=', selectionId)
    .where('reopened_at', 'is', null)
    .orderBy('finalised_at', 'desc')
    .executeTakeFirst();
  if (!row) return null;
  const zone = (await readSelectionDocuments(db, selectionId)).timeZone;
  return {
    snapshotId: row.id,
    sha256: row.sha256,
    finalisedAt: row.finalised_at,
    finalisedBy: row.finalised_by_name,
    finalisedAtText: { id: formatDateTimeZone(row.finalised_at, 'id', zone), en: formatDateTimeZone(row.finalised_at, 'en', zone) },
  };
}

/** Refuses with SELECTION_FINAL (who, when, hash, how to reopen) while the selection is final. */
export async function assertNotFinal(db: Kysely<Database>, selectionId: string): Promise<void> {
  const state = await finalState(db, selectionId);
  if (state) {
    throw new PanelisError('SELECTION_FINAL', {
      by: state.finalisedBy,
      at: state.finalisedAtText,
      sha256: state.sha256,
    });
  }
}

export async function isFinal(db: Kysely<Database>, selectionId: string): Promise<boolean> {
  const row = await db
    .selectFrom('final_snapshots')
    .select('id')
    .where('selection_id', '=', selectionId)
    .where('reopened_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
