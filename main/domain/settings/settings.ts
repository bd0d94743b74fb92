import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';

/** Settings kept inside the vault, with their defaults. Unknown keys are refused. */
export const settingSchemas = {
  committeeName: z.string().min(1),
  language: z.enum(['id', 'en']),
  idleMinutes: z.number().int().min(1).max(240),
  /** A person idle this long is signed out; the vault stays unlocked for the next person. */
  signOutMinutes: z.number().int().min(1).max(240),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof settingSchemas)[K]>;
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
    if (!(row.key in settingSchemas)) continue;
    const key = row.key as SettingKey;
    const parsed = settingSchemas[key].safeParse(JSON.parse(row.value));
    if (parsed.success) (out as Record<SettingKey, unknown>)[key] = parsed.data;
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
        const parsed = settingSchemas[key].parse(value);
        (before as Record<string, unknown>)[key] = current[key];
        await trx
          .insertInto('settings')
          .values({ key, value: JSON.stringify(parsed), updated_at: now().toISOString() })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(parsed), updated_at: now().toISOString() }))
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
