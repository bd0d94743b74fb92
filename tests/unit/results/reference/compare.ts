import { FACT } from './text';

/**
 * Where production's results differ from the reference's, as readable lines (path: what was
 * found, what was expected); none when they agree. Numbers agree within 1e-9 relative (the
 * reference is exact, production rounds every float operation); a text the reference gives
 * as facts (text.ts) agrees when it names each fact; everything else must be equal. Key
 * order is not compared (it is production's own business: its JSON is checked against itself).
 */
export function differences(actual: unknown, expected: unknown, path = '', out: string[] = []): string[] {
  const differ = () => out.push(`${path || '(root)'}: ${JSON.stringify(actual)} but the reference says ${JSON.stringify(expected)}`);
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (!(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)))) differ();
  } else if (typeof expected === 'string' && expected.startsWith(FACT) && typeof actual === 'string') {
    const missing = expected
      .split(FACT)
      .slice(1)
      .filter((fact) => !actual.includes(fact));
    if (missing.length > 0)
      out.push(`${path}: ${JSON.stringify(actual)} does not name ${missing.map((m) => JSON.stringify(m)).join(', ')}`);
  } else if (Array.isArray(expected) && Array.isArray(actual)) {
    if (actual.length !== expected.length) differ();
    else expected.forEach((e, i) => differences(actual[i], e, `${path}[${i}]`, out));
  } else if (isRecord(expected) && isRecord(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    for (const k of keys) {
      if (!(k in actual) || !(k in expected)) out.push(`${path}.${k}: present on one side only`);
      else differences(actual[k], expected[k], `${path}.${k}`, out);
    }
  } else if (!Object.is(actual, expected)) differ();
  return out;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
