import type { z } from 'zod';
import type { Role } from '../roles';

/**
 * Who may call a method:
 * - `open`: no vault needed (status, create, unlock, lock);
 * - `unlocked`: a vault must be unlocked, nobody need be signed in (sign-in itself);
 * - `roles`: a person with one of these roles must be signed in.
 */
export type Access =
  | { kind: 'open' }
  | { kind: 'unlocked' }
  | { kind: 'roles'; roles: readonly Role[] };

export interface MethodSpec<A extends z.ZodType, R> {
  readonly args: A;
  readonly access: Access;
  /** Whether a call counts as the person being active (status polls do not). */
  readonly activity: boolean;
  /** Answered at once, outside the one-at-a-time queue (progress polls during long jobs). */
  readonly concurrent: boolean;
  /** Phantom: carries the result type only. */
  readonly result?: R;
}

/** `method(schema, access).returns<Result>()` declares one contract method. */
export function method<A extends z.ZodType>(args: A, access: Access, opts: { activity?: boolean; concurrent?: boolean } = {}) {
  return {
    returns<R>(): MethodSpec<A, R> {
      return { args, access, activity: opts.activity ?? true, concurrent: opts.concurrent ?? false };
    },
  };
}

export const open: Access = { kind: 'open' };
export const unlocked: Access = { kind: 'unlocked' };
export const allowed = (...r: Role[]): Access => ({ kind: 'roles', roles: r });
