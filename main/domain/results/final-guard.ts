import { PanelisError } from '../../../shared/errors';
import { assertNotFinal } from '../final/freeze';
import type { Trx } from '../mutate';

/**
 * Refuses changes to the inputs of results (gate decisions, external imports, result
 * options) of an unknown selection, or once its results are final (SELECTION_FINAL, until a
 * recorded reopening). Called inside every stage-inputs mutation, so the check and the
 * change share one transaction.
 */
export async function assertSelectionOpen(trx: Trx, selectionId: string): Promise<void> {
  const exists = await trx.selectFrom('selections').select('id').where('id', '=', selectionId).executeTakeFirst();
  if (!exists) throw new PanelisError('SELECTION_NOT_FOUND');
  await assertNotFinal(trx, selectionId);
}
