import type { Contract, MethodName, ParsedArgs, Result, RolesAccess, UnlockedAccess } from '../../shared/contract';
import { methodNames } from '../../shared/contract';
import type { HandlerContext, SessionContext, VaultContext } from './context';

/** What a method's handler is given, by the access its contract entry declares (checked by the dispatcher). */
export type ContextFor<M extends MethodName> = Contract[M]['access'] extends RolesAccess
  ? SessionContext
  : Contract[M]['access'] extends UnlockedAccess
    ? VaultContext
    : HandlerContext;

export type Handler<M extends MethodName> = (args: ParsedArgs<M>, ctx: ContextFor<M>) => Promise<Result<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };

/**
 * Merges the handler groups into the one map the dispatcher uses. A method registered twice
 * or not at all is a start-up error (Actual Budget's rule), besides the compile-time check.
 */
export function registerHandlers(...groups: Partial<Handlers>[]): Handlers {
  const merged: Partial<Record<MethodName, unknown>> = {};
  for (const group of groups) {
    for (const name of Object.keys(group) as MethodName[]) {
      if (name in merged) throw new Error(`Handler registered twice: ${name}`);
      merged[name] = group[name];
    }
  }
  const missing = methodNames.filter((n) => !(n in merged));
  if (missing.length) throw new Error(`No handler for: ${missing.join(', ')}`);
  return merged as Handlers;
}
