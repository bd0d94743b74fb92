import { z } from 'zod';
import { contract, isMethodName, type Access, type MethodName } from '../../shared/contract';
import { errorPayload, PanelisError, type Envelope } from '../../shared/errors';
import { actorOf, type HandlerContext, type SessionContext, type VaultContext } from './context';
import { refuseIfFinal } from './freeze';
import type { Logger } from './options';
import type { Handlers } from './registry';

/**
 * The access check, and the context the handler gets for it: the vault and session it found,
 * so no handler looks them up (or checks them) again.
 */
function checkAccess(method: MethodName, access: Access, ctx: HandlerContext): HandlerContext | VaultContext | SessionContext {
  if (access.kind === 'open') return ctx;
  const vault = ctx.ws.vault;
  if (!vault) throw new PanelisError('VAULT_LOCKED');
  if (access.kind === 'unlocked') return { ...ctx, vault };
  const session = ctx.ws.session;
  if (!session) throw new PanelisError('NOT_SIGNED_IN');
  if (!access.roles.includes(session.role)) throw new PanelisError('FORBIDDEN', { role: session.role });
  if (session.mustChangePassword && method !== 'session.changePassword') throw new PanelisError('PASSWORD_CHANGE_REQUIRED');
  return { ...ctx, vault, session, actor: actorOf(session), viewer: { personId: session.personId, role: session.role } };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(arguments)'}: ${i.message}`)
    .join('; ');
}

/** Work to run after a successful call, in the same queue (see results-warmup.ts). */
export type FollowUp = (method: MethodName, args: unknown, ctx: HandlerContext) => (() => Promise<void>) | null;

/**
 * The one entry point of every transport: method name and arguments in, a typed envelope
 * out. Order: known method -> arguments parsed -> idle lock -> access -> freeze -> handler. Nothing
 * thrown escapes as a stack trace; unexpected errors become INTERNAL and are logged here.
 */
export function createDispatcher(handlers: Handlers, ctx: HandlerContext, log: Logger, followUp: FollowUp = () => null) {
  // One call at a time: handlers share one vault connection and one session, and a
  // committee laptop has one person at the keyboard.
  let queue: Promise<unknown> = Promise.resolve();

  async function run(method: unknown, args: unknown): Promise<Envelope<unknown>> {
    try {
      if (!isMethodName(method)) throw new PanelisError('UNKNOWN_METHOD', { method: String(method).slice(0, 80) });
      const spec = contract[method];
      const parsed = spec.args.safeParse(args === undefined ? {} : args);
      if (!parsed.success) throw new PanelisError('BAD_ARGUMENTS', { issues: describeIssues(parsed.error) });
      // A writing job (an import being stored) owns the vault until it ends.
      if (!spec.concurrent) await ctx.ws.jobs.writersDone();
      await ctx.ws.lockIfIdle();
      const callCtx = checkAccess(method, spec.access, ctx);
      // The freeze: nothing a final selection's results or documents rest on changes.
      if (spec.effect.kind === 'results')
        await refuseIfFinal(ctx, spec.effect.subject, (parsed.data as Record<string, unknown>)[spec.effect.subject]);
      if (spec.activity) ctx.ws.touch();
      // checkAccess built the context this method's access promises its handler (registry.ts ContextFor).
      const handler = handlers[method] as (a: unknown, c: HandlerContext) => Promise<unknown>;
      const value = await handler(parsed.data, callCtx);
      const next = followUp(method, parsed.data, ctx);
      if (next) enqueue(() => next().catch((e: unknown) => log(`panelis: after ${method}`, e)));
      return { ok: true, value };
    } catch (e) {
      if (e instanceof PanelisError) return { ok: false, error: e.payload };
      log(`panelis: ${String(method)} failed`, e);
      return { ok: false, error: errorPayload('INTERNAL') };
    }
  }

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    dispatch(method: unknown, args: unknown): Promise<Envelope<unknown>> {
      // Progress polls must not wait behind the long job they are asking about.
      if (isMethodName(method) && contract[method].concurrent) return run(method, args);
      return enqueue(() => run(method, args));
    },
  };
}
