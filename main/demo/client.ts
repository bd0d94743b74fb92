import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Args, MethodName, Result } from '../../shared/contract';
import type { Envelope, ErrorPayload } from '../../shared/errors';
import { createApp, type PanelisApp } from '../api/app';

/** A call the dispatcher refused: the demo stops with the app's own bilingual message. */
export class DemoStepFailed extends Error {
  constructor(
    readonly method: string,
    readonly error: ErrorPayload,
  ) {
    super(`${method} (${error.code}): ${error.message.id}\n${method} (${error.code}): ${error.message.en}`);
  }
}

/**
 * A fixed clock: 23 November 2026, 08:00 WIB, advancing a few seconds with every request, so
 * every run prints the same dates and times and the idle lock (minutes) never fires.
 */
export function demoClock(start = Date.UTC(2026, 10, 23, 1, 0, 0), stepMs = 7_000) {
  let t = start;
  return {
    now: () => new Date(t),
    tick: () => void (t += stepMs),
  };
}

export interface DemoClient {
  call<M extends MethodName>(method: M, args: Args<M>): Promise<Result<M>>;
  readonly app: PanelisApp;
  close(): Promise<void>;
}

/**
 * The same app the window and the browser host run (createApp + dispatch): every step of the
 * demo goes through a contract method, with its zod parsing, access checks and audit event.
 */
export function demoClient(): DemoClient {
  const home = mkdtempSync(join(tmpdir(), 'panelis-demo-home-'));
  const clock = demoClock();
  const app = createApp({ transport: 'web', home, now: clock.now, log: () => undefined });
  return {
    app,
    async call<M extends MethodName>(method: M, args: Args<M>): Promise<Result<M>> {
      clock.tick();
      const env = (await app.dispatch(method, args)) as Envelope<Result<M>>;
      if (!env.ok) throw new DemoStepFailed(method, env.error);
      return env.value;
    },
    async close() {
      try {
        await app.close();
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    },
  };
}
