import type { z } from 'zod';
import { selectionSetupSchema, type SelectionSetup } from '../../../../../shared/selection/selection';

/** What is wrong with one field, in words the editor turns into a sentence. */
export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'minLength'; min: number }
  | { kind: 'maxLength'; max: number }
  | { kind: 'min'; min: number }
  | { kind: 'max'; max: number }
  | { kind: 'integer' }
  | { kind: 'invalid' };

/** Field problems keyed by a path of ids (array positions only where items have no id, as levels). */
export type FieldProblems = ReadonlyMap<string, FieldProblem>;

export function pathKey(path: readonly (string | number)[]): string {
  return path.join('.');
}

function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  if (issue.code === 'too_small') {
    const min = Number(issue.minimum);
    if (issue.origin === 'string') return min <= 1 ? { kind: 'required' } : { kind: 'minLength', min };
    if (issue.origin === 'number') return { kind: 'min', min };
  }
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    if (issue.origin === 'string') return { kind: 'maxLength', max };
    if (issue.origin === 'number') return { kind: 'max', max };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int') return { kind: 'integer' };
  return { kind: 'invalid' };
}

/** Rewrites zod's index path into an id path, so a field finds its error after a reorder. */
function idPath(setup: SelectionSetup, path: readonly PropertyKey[]): string {
  const out: (string | number)[] = [];
  let here: unknown = setup;
  for (const segment of path) {
    const next: unknown = here !== null && typeof here === 'object' ? (here as Record<PropertyKey, unknown>)[segment] : undefined;
    if (typeof segment === 'number' && next !== null && typeof next === 'object' && 'id' in next && typeof next.id === 'string')
      out.push(next.id);
    else out.push(typeof segment === 'symbol' ? String(segment) : segment);
    here = next;
  }
  return pathKey(out);
}

/**
 * Checks the draft against the contract's own schema before it is sent, so the person sees
 * which field is wrong instead of a refusal of the whole set-up.
 */
export function fieldProblems(setup: SelectionSetup): FieldProblems {
  const result = selectionSetupSchema.safeParse(setup);
  const out = new Map<string, FieldProblem>();
  if (result.success) return out;
  for (const issue of result.error.issues) {
    const key = idPath(setup, issue.path);
    if (!out.has(key)) out.set(key, problemOf(issue));
  }
  return out;
}
