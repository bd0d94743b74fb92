import type { Kysely } from 'kysely';
import type { Database } from '../../vault/schema';
import {
  isSettingKey,
  settingSchemas,
  settingValueColumns,
  encodeSettingValue,
  type SettingKey,
  type SettingValue,
} from '../../vault/codecs/settings-values';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';

export { settingSchemas, type SettingKey, type SettingValue };

export type Settings = { [K in SettingKey]: SettingValue<K> };

export const defaultSettings: Settings = {
  committeeName: 'Panitia Seleksi',
  language: 'id',
  idleMinutes: 10,
  signOutMinutes: 5,
};

/** Reads settings through `db`, which may be a transaction (the connection is single). */
export async function readSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const out: Settings = { ...defaultSettings };
  for (const row of rows) {
    if (!isSettingKey(row.key)) continue;
    // A value that does not decode keeps its default, as it always has.
    const value = settingValueColumns[row.key].tryDecode(row.value);
    if (value !== null) (out as Record<SettingKey, unknown>)[row.key] = value;
  }
  return out;
}

/** Sets several settings in one audited transaction; the event keeps before and after. */
export async function writeSettings(
  vault: Vault,
  actor: Actor,
  changes: Partial<Settings>,
  now: () => Date = () => new Date(),
): Promise<Settings> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const before: Partial<Settings> = {};
      const current = await readSettings(trx);
      for (const [key, value] of Object.entries(changes) as [SettingKey, unknown][]) {
        const { text } = encodeSettingValue(key, value);
        (before as Record<string, unknown>)[key] = current[key];
        await trx
          .insertInto('settings')
          .values({ key, value: text, updated_at: now().toISOString() })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: text, updated_at: now().toISOString() }))
          .execute();
      }
      return {
        value: { ...current, ...changes },
        audit: { action: 'settings.set', subject: 'settings', before, after: changes },
      };
    },
    now,
  );
}
