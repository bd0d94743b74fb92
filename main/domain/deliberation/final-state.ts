import type { Kysely } from 'kysely';
import { PanelisError } from '../../../shared/errors';
import type { Database } from '../../vault/schema';
import type { Trx } from '../mutate';
import { standingSnapshotRow } from './snapshot';

/**
 * Refuses any change that would alter a selection's results while its final snapshot stands
 * (`SELECTION_FINAL`). Call it inside the mutation's transaction, before changing anything:
 * only a recorded reopening by the chair (reopen.ts) lifts it.
 */
export async function assertNotFinal(db: Kysely<Database> | Trx, selectionId: string): Promise<void> {
  const row = await standingSnapshotRow(db, selectionId);
  if (row) throw new PanelisError('SELECTION_FINAL', { sha256: row.sha256 });
}

export async function isFinal(db: Kysely<Database>, selectionId: string): Promise<boolean> {
  return (await standingSnapshotRow(db, selectionId)) !== undefined;
}
