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
 * Bodies read at once. Each may hold up to MAX_BODY_BYTES (and its decoded string and
 * parsed value) in memory, so this bounds the host's memory; a body is read in well under a
 * second on loopback, and small calls (status polls) pass between large ones.
 */
export const MAX_BODIES_AT_ONCE = 4;
