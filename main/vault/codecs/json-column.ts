import type { z } from 'zod';
import { PanelisError } from '../../../shared/errors';

/**
 * A JSON column of the vault: how its text becomes a typed value and back. Reading goes
 * through the column's schema, so a value edited outside Panelis (or written by a version
 * with another shape) is a typed VAULT_DAMAGED naming the column, never a value of the wrong
 * shape travelling on.
 */
export interface JsonColumn<T> {
  /** Throws VAULT_DAMAGED when the text is not JSON or not of the column's shape. */
  decode(text: string): T;
  /** Null instead of throwing, for readers that fall back on a default (as they always have). */
  tryDecode(text: string): T | null;
  encode(value: T): string;
}

export function jsonColumn<T>(
  column: string,
  schema: z.ZodType<T>,
  encode: (value: T) => string = (v) => JSON.stringify(v),
): JsonColumn<T> {
  function read(text: string): { ok: true; value: T } | { ok: false; reason: string } {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { ok: false, reason: `${column} is not JSON` };
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { ok: true, value: parsed.data };
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${column}${issue ? ` at ${issue.path.join('.') || '(root)'}: ${issue.message}` : ''}` };
  }
  return {
    decode(text) {
      const r = read(text);
      if (!r.ok) throw new PanelisError('VAULT_DAMAGED', { reason: r.reason });
      return r.value;
    },
    tryDecode(text) {
      const r = read(text);
      return r.ok ? r.value : null;
    },
    encode,
  };
}
