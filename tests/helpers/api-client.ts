import type { Args, MethodName, Result } from '../../shared/contract';
import type { Envelope, ErrorPayload } from '../../shared/errors';
import { createApp, type AppOptions, type PanelisApp } from '../../main/api/app';

export class CallFailed extends Error {
  constructor(readonly error: ErrorPayload) {
    super(`${error.code}: ${error.message.en}`);
  }
}

/** A typed test client over the real dispatcher, as the renderer uses it. */
export function testApp(options: Partial<AppOptions> & { home: string }) {
  const app: PanelisApp = createApp({ transport: 'web', log: () => undefined, ...options });
  async function call<M extends MethodName>(method: M, args: Args<M>): Promise<Result<M>> {
    const env = (await app.dispatch(method, args)) as Envelope<Result<M>>;
    if (!env.ok) throw new CallFailed(env.error);
    return env.value;
  }
  async function raw(method: unknown, args: unknown): Promise<Envelope<unknown>> {
    return app.dispatch(method, args);
  }
  return { app, call, raw };
}

/** The error code of a call that must fail (a call that succeeds fails the test). */
export async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CallFailed) return e.error.code;
    throw e;
  }
  throw new Error('expected the call to fail');
}

/** A controllable clock for idle tests. */
export function testClock(start = Date.UTC(2026, 10, 23, 1, 0, 0)) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}
