import type { Kysely } from 'kysely';
import { PanelisError } from '../../../shared/errors';
import { defaultResultOptions, resolveOptions } from '../../../shared/results/options';
import { ResultsInputError } from '../../../shared/results/input-error';
import type { ResultOptions } from '../../../shared/results/types';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';
import { assertSelectionOpen } from './final-guard';
import { resultOptionsColumn } from '../../vault/codecs/columns';

/**
 * The result options of a selection (method, standardisation, minimum scorers, disagreement
 * limit): the defaults until the chair or the secretary chooses. Stored whole (every key),
 * so a later change of the defaults never changes a selection's results silently.
 */
export async function loadResultOptions(db: Kysely<Database>, selectionId: string): Promise<{ options: ResultOptions; chosen: boolean }> {
  const row = await db.selectFrom('result_options').select('options').where('selection_id', '=', selectionId).executeTakeFirst();
  if (!row) return { options: { ...defaultResultOptions }, chosen: false };
  // Unreadable (written by another version): the defaults, and say so by `chosen: false`.
  const unreadable = { options: { ...defaultResultOptions }, chosen: false };
  const parsed = resultOptionsColumn.tryDecode(row.options);
  if (!parsed) return unreadable;
  try {
    return { options: resolveOptions(parsed), chosen: true };
  } catch {
    return unreadable;
  }
}

export async function setResultOptions(
  vault: Vault,
  actor: Actor,
  selectionId: string,
  given: ResultOptions,
  now: () => Date,
): Promise<ResultOptions> {
  let options: ResultOptions;
  try {
    options = resolveOptions(given);
  } catch (e) {
    if (e instanceof ResultsInputError) throw new PanelisError('BAD_ARGUMENTS', { issues: e.message });
    throw e;
  }
  return mutate(
    vault,
    actor,
    async (trx) => {
      await assertSelectionOpen(trx, selectionId);
      const before = await loadResultOptions(trx, selectionId);
      const at = now().toISOString();
      const json = resultOptionsColumn.encode(options);
      await trx
        .insertInto('result_options')
        .values({ selection_id: selectionId, options: json, updated_by: actor.personId, updated_at: at })
        .onConflict((oc) => oc.column('selection_id').doUpdateSet({ options: json, updated_by: actor.personId, updated_at: at }))
        .execute();
      return {
        value: options,
        audit: {
          action: 'results.options',
          subject: `selection:${selectionId}`,
          before: before.chosen ? before.options : null,
          after: options,
        },
      };
    },
    now,
  );
}
