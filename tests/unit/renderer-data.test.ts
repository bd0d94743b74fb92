import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/contract';
import { errorPayload, type Envelope } from '../../shared/errors';
import { createApi, onSessionEnded, sessionEnded } from '../../renderer/src/api/caller';
import { ApiError, TransportError } from '../../renderer/src/api/errors';
import { createGeneration } from '../../renderer/src/data/generation';

describe('race rule (generation)', () => {
  it('keeps only the answer asked in the current generation', () => {
    const g = createGeneration();
    const first = g.next();
    const second = g.next();
    expect(g.isCurrent(first)).toBe(false);
    expect(g.isCurrent(second)).toBe(true);
    expect(g.current()).toBe(second);
  });

  it('drops every answer once the component unmounted', () => {
    const g = createGeneration();
    const mine = g.next();
    g.end();
    expect(g.alive()).toBe(false);
    expect(g.isCurrent(mine)).toBe(false);
    // Remounted (React's strict mode): alive again, but what was asked before stays stale.
    g.start();
    expect(g.alive()).toBe(true);
    expect(g.isCurrent(mine)).toBe(false);
    expect(g.isCurrent(g.next())).toBe(true);
  });
});

describe('stale-session rule (api client)', () => {
  const answering =
    (envelope: Envelope<unknown>) =>
    (_method: MethodName, _args: unknown): Promise<Envelope<unknown>> =>
      Promise.resolve(envelope);

  it.each(['VAULT_LOCKED', 'NOT_SIGNED_IN'] as const)('tells the listener once when main answers %s, and still throws', async (code) => {
    const api = createApi(answering({ ok: false, error: errorPayload(code) }));
    let told = 0;
    const stop = onSessionEnded(() => (told += 1));
    try {
      const error = await api.people.list({}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(sessionEnded(error)).toBe(true);
      expect(told).toBe(1);
    } finally {
      stop();
    }
  });

  it('leaves other refusals, transport failures and successes alone', async () => {
    let told = 0;
    const stop = onSessionEnded(() => (told += 1));
    try {
      const refused = await createApi(answering({ ok: false, error: errorPayload('FORBIDDEN') }))
        .people.list({})
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ApiError);
      expect(sessionEnded(refused)).toBe(false);
      expect(sessionEnded(new TransportError('host stopped'))).toBe(false);
      await expect(createApi(answering({ ok: true, value: [] })).people.list({})).resolves.toEqual([]);
      expect(told).toBe(0);
    } finally {
      stop();
    }
  });

  it('stops telling a listener that unsubscribed', async () => {
    let told = 0;
    onSessionEnded(() => (told += 1))();
    await createApi(answering({ ok: false, error: errorPayload('VAULT_LOCKED') }))
      .people.list({})
      .catch(() => undefined);
    expect(told).toBe(0);
  });
});
