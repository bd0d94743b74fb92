import type { z } from 'zod';
import type { Role } from '../roles';

/**
 * Who may call a method:
 * - `open`: no vault needed (status, create, unlock, lock);
 * - `unlocked`: a vault must be unlocked, nobody need be signed in (sign-in itself);
 * - `roles`: a person with one of these roles must be signed in.
 */
export type Access = OpenAccess | UnlockedAccess | RolesAccess;
export interface OpenAccess {
  readonly kind: 'open';
}
export interface UnlockedAccess {
  readonly kind: 'unlocked';
}
export interface RolesAccess {
  readonly kind: 'roles';
  readonly roles: readonly Role[];
}

/** Arguments that name what a call touches, from which main finds its selection. */
export const SUBJECT_KEYS = ['selectionId', 'roundId', 'meetingId', 'motionId', 'importId'] as const;
export type SubjectKey = (typeof SUBJECT_KEYS)[number];

/**
 * What a call may change, declared once per method. The freeze (main/domain/final) reads it:
 * - `reads`: changes nothing in the vault;
 * - `results`: changes something a selection's results or documents rest on (set-up, stages,
 *   rubrics, applicants, committee, conflicts, panels, rounds, scores, gates, imports, options,
 *   document settings). Refused while that selection's final snapshot stands; `subject` names
 *   the argument that leads to the selection;
 * - `other`: writes, but cannot move any selection's results or documents; `why` says why.
 * Every method must declare one: a method without an effect does not compile.
 */
export type Effect<Args = unknown> =
  { kind: 'reads' } | { kind: 'results'; subject: Extract<keyof Args, SubjectKey> } | { kind: 'other'; why: string };

/** `X` keeps each method's kind of access in its type, so main can type what a handler is given. */
export interface MethodSpec<A extends z.ZodType, R, X extends Access = Access> {
  readonly args: A;
  readonly access: X;
  readonly effect: Effect<z.output<A>>;
  /** Whether a call counts as the person being active (status polls do not). */
  readonly activity: boolean;
  /** Answered at once, outside the one-at-a-time queue (progress polls during long jobs). */
  readonly concurrent: boolean;
  /** Phantom: carries the result type only. */
  readonly result?: R;
}

/**
 * `method(schema, access).returns<Result>().reads()` (or `.alters('selectionId')`, or
 * `.other('why it cannot move results')`) declares one contract method.
 */
export function method<A extends z.ZodType, X extends Access>(args: A, access: X, opts: { activity?: boolean; concurrent?: boolean } = {}) {
  return {
    returns<R>() {
      const spec = (effect: Effect<z.output<A>>): MethodSpec<A, R, X> => ({
        args,
        access,
        effect,
        activity: opts.activity ?? true,
        concurrent: opts.concurrent ?? false,
      });
      return {
        /** Changes nothing in the vault. */
        reads: () => spec({ kind: 'reads' }),
        /** Changes what a selection's results or documents rest on: refused while it is final. */
        alters: (subject: Extract<keyof z.output<A>, SubjectKey>) => spec({ kind: 'results', subject }),
        /** Writes, but cannot move results or documents; `why` is the written reason. */
        other: (why: string) => spec({ kind: 'other', why }),
      };
    },
  };
}

export const open: OpenAccess = { kind: 'open' };
export const unlocked: UnlockedAccess = { kind: 'unlocked' };
export const allowed = (...r: Role[]): RolesAccess => ({ kind: 'roles', roles: r });
