import type { Kysely } from 'kysely';
import type { DeliberationConfig } from '../../../shared/contract/deliberation-types';
import { defaultObjectionDays } from '../../../shared/deliberation/objection-period';
import { defaultQuorumRule } from '../../../shared/deliberation/quorum';
import { PanelisError } from '../../../shared/errors';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';
import { quorumRuleColumn } from '../../vault/codecs/columns';

/** A selection's quorum rule and objection period (defaults: more than half, 3 days). */
export async function deliberationConfig(db: Kysely<Database>, selectionId: string): Promise<DeliberationConfig> {
  const row = await db.selectFrom('deliberation_config').selectAll().where('selection_id', '=', selectionId).executeTakeFirst();
  return {
    selectionId,
    quorumRule: row ? quorumRuleColumn.decode(row.quorum_rule) : defaultQuorumRule,
    objectionDays: row ? row.objection_days : defaultObjectionDays,
  };
}

/** The chair sets them per selection; a meeting keeps the quorum rule it was opened with. */
export async function setDeliberationConfig(
  vault: Vault,
  actor: Actor,
  input: DeliberationConfig,
  now: () => Date,
): Promise<DeliberationConfig> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const sel = await trx.selectFrom('selections').select('id').where('id', '=', input.selectionId).executeTakeFirst();
      if (!sel) throw new PanelisError('SELECTION_NOT_FOUND');
      const before = await deliberationConfig(trx, input.selectionId);
      await trx
        .insertInto('deliberation_config')
        .values({
          selection_id: input.selectionId,
          quorum_rule: quorumRuleColumn.encode(input.quorumRule),
          objection_days: input.objectionDays,
          updated_at: now().toISOString(),
        })
        .onConflict((oc) =>
          oc.column('selection_id').doUpdateSet({
            quorum_rule: quorumRuleColumn.encode(input.quorumRule),
            objection_days: input.objectionDays,
            updated_at: now().toISOString(),
          }),
        )
        .execute();
      return { value: input, audit: { action: 'deliberation.config', subject: `selection:${input.selectionId}`, before, after: input } };
    },
    now,
  );
}
