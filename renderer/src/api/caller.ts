/* The typed client over any transport, and the rule for an ended session: no window needed. */
import { methodNames, type Args, type MethodName, type Result } from '../../../shared/contract';
import type { Envelope, ErrorCode } from '../../../shared/errors';
import { ApiError } from './errors';

/** Sends one call and resolves with main's envelope (never rejects for an API error). */
export type Transport = (method: MethodName, args: unknown) => Promise<Envelope<unknown>>;

type GroupOf<M extends string> = M extends `${infer G}.${string}` ? G : never;
type NameIn<M extends string, G extends string> = M extends `${G}.${infer N}` ? N : never;
type Method<G extends string, N extends string> = Extract<`${G}.${N}`, MethodName>;

/** `api.vault.create(args)`: one group per text before the dot, typed from the contract. */
export type Api = {
  readonly [G in GroupOf<MethodName>]: {
    readonly [N in NameIn<MethodName, G>]: (args: Args<Method<G, N>>) => Promise<Result<Method<G, N>>>;
  };
};

export type Caller = (args: unknown) => Promise<unknown>;

/** Answers that mean the screen is out of date: the vault locked or the session ended elsewhere. */
const SESSION_ENDED_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['VAULT_LOCKED', 'NOT_SIGNED_IN']);

function endsSession(code: ErrorCode): boolean {
  return SESSION_ENDED_CODES.has(code);
}

/**
 * Whether a failed call failed because the session ended. The client has already handled it;
 * a caller asks only to skip follow-up work (reading again) that would fail the same way.
 */
export function sessionEnded(error: unknown): boolean {
  return error instanceof ApiError && endsSession(error.code);
}

const sessionEndedListeners = new Set<() => void>();

/**
 * The one place that reacts to a call refused because the session ended: the listener (the
 * app status, which then shows the unlock or sign-in screen) is told once per such answer.
 * The caller still gets the error, so a form can show it meanwhile.
 */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => {
    sessionEndedListeners.delete(listener);
  };
}

/** One caller per method in the contract: parses the envelope, reports an ended session. */
export function createCaller(transport: Transport, name: MethodName): Caller {
  return async (args) => {
    const envelope = await transport(name, args);
    if (!envelope.ok) {
      if (endsSession(envelope.error.code)) for (const listener of sessionEndedListeners) listener();
      throw new ApiError(envelope.error);
    }
    return envelope.value;
  };
}

/** Builds the client over every method in the contract; a name outside it does not exist. */
export function createApi(transport: Transport): Api {
  const groups: Record<string, Record<string, Caller>> = {};
  for (const name of methodNames) {
    const dot = name.indexOf('.');
    const target = (groups[name.slice(0, dot)] ??= {});
    target[name.slice(dot + 1)] = createCaller(transport, name);
  }
  // The loop above fills exactly the shape Api describes; TypeScript cannot follow it.
  return groups as unknown as Api;
}
