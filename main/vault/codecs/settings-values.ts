import { z } from 'zod';
import { jsonColumn, type JsonColumn } from './json-column';

/**
 * settings.value: one JSON value per key, each key with its own shape. Unknown keys are not
 * settings (a newer version's key is ignored by readers, refused by writers).
 */
export const settingSchemas = {
  committeeName: z.string().min(1),
  language: z.enum(['id', 'en']),
  idleMinutes: z.number().int().min(1).max(240),
  /** A person idle this long is signed out; the vault stays unlocked for the next person. */
  signOutMinutes: z.number().int().min(1).max(240),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof settingSchemas)[K]>;

export const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(settingSchemas, key);

/** The codec of each setting's value (settings.value where key = the setting). */
export const settingValueColumns: { [K in SettingKey]: JsonColumn<SettingValue<K>> } = {
  committeeName: jsonColumn('settings.value (committeeName)', settingSchemas.committeeName),
  language: jsonColumn('settings.value (language)', settingSchemas.language),
  idleMinutes: jsonColumn('settings.value (idleMinutes)', settingSchemas.idleMinutes),
  signOutMinutes: jsonColumn('settings.value (signOutMinutes)', settingSchemas.signOutMinutes),
};

/** A value for `key` checked against its schema (throws a zod error) and encoded for the column. */
export function encodeSettingValue(key: SettingKey, value: unknown): { value: unknown; text: string } {
  const parsed = settingSchemas[key].parse(value);
  return { value: parsed, text: JSON.stringify(parsed) };
}
