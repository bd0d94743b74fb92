/**
 * Canonical JSON: object keys sorted, no whitespace, undefined dropped. Hashes and
 * signatures are computed over this form so that the same data always gives the same bytes.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'object') {
    // A prototype-less object: a key named __proto__ stays a plain key.
    const out = Object.create(null) as { [key: string]: Json };
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = normalise(v);
    }
    return out;
  }
  throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
}
