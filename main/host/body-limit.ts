import { z } from 'zod';
import { contract } from '../../shared/contract';

/** Room for everything in a call besides its longest string: method name, other arguments, JSON syntax. */
export const CALL_OVERHEAD_BYTES = 1024 * 1024;

/** The longest `maxLength` anywhere in a JSON schema. */
function longestIn(node: unknown): number {
  if (Array.isArray(node)) return node.reduce<number>((m, n) => Math.max(m, longestIn(n)), 0);
  if (node === null || typeof node !== 'object') return 0;
  let longest = 0;
  for (const [key, value] of Object.entries(node)) {
    longest = Math.max(longest, key === 'maxLength' && typeof value === 'number' ? value : longestIn(value));
  }
  return longest;
}

/**
 * The longest string argument the contract accepts, over every method (today
 * `documents.verify`'s pdfBase64). Read from the zod schemas themselves, so raising a limit
 * in the contract raises the host's body limit with it.
 */
export function longestContractString(): { method: string; chars: number } {
  let best = { method: '', chars: 0 };
  for (const [name, spec] of Object.entries(contract)) {
    const chars = longestIn(z.toJSONSchema(spec.args, { unrepresentable: 'any', io: 'input' }));
    if (chars > best.chars) best = { method: name, chars };
  }
  return best;
}

/**
 * The host's one body limit: the longest string argument, in bytes as the renderer sends it
 * (base64 is ASCII, one byte a character, and the browser's base64 has no line breaks to
 * escape), plus the rest of the call. A larger body cannot be a valid call.
 */
export const MAX_BODY_BYTES = longestContractString().chars + CALL_OVERHEAD_BYTES;

/**
 * Bodies read at once: up to MAX_BODIES_AT_ONCE in all, of which at most
 * MAX_LARGE_BODIES_AT_ONCE larger than LARGE_BODY_BYTES (or of unknown length). A body of
 * the largest size costs about four times its size while read, decoded and parsed (measured:
 * 565 MB peak for one 134 MB body), so large ones go one at a time; small calls (status and
 * progress polls) pass beside them.
 */
export const MAX_BODIES_AT_ONCE = 4;
export const MAX_LARGE_BODIES_AT_ONCE = 1;
export const LARGE_BODY_BYTES = CALL_OVERHEAD_BYTES;
