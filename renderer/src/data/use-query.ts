import { useCallback, useEffect, useRef, useState } from 'react';
import type { Args, MethodName, Result } from '../../../shared/contract';
import { call } from '../api/client';
import { useGeneration } from './generation';
import { usePolling } from './polling';

export interface QueryOptions {
  /** Read at all (default true); false keeps the last value and stops polling. */
  enabled?: boolean;
  /** Read again every `ms`; `idleAfterMs` pauses while nobody uses the laptop (see usePolling). */
  poll?: { ms: number; idleAfterMs: number | null } | null;
}

export interface Query<T> {
  value: T | null;
  error: unknown;
  /** A value returned by an action (excuse, close, unlock…), shown at once; older reads drop. */
  adopt(value: T): void;
  /** Reads now; a read started earlier is dropped. Resolves with the value, or null on failure. */
  reload(): Promise<T | null>;
  /** Asked by hand ("Perbarui"): like reload, and only then `refreshing` turns true. */
  refresh(): void;
  refreshing: boolean;
  paused: boolean;
  updatedAt: string | null;
}

/**
 * One contract method read from main: when enabled, again whenever the arguments change, and
 * on each poll. Background polls change nothing on screen but the value (no busy flag, no
 * focus lost) and are skipped while a read is in flight; the race rule is `useGeneration`'s.
 * A call refused because the session ended is handled by the api client.
 */
export function useQuery<M extends MethodName>(method: M, args: Args<M>, options: QueryOptions = {}): Query<Result<M>> {
  const enabled = options.enabled ?? true;
  const key = JSON.stringify(args);
  const generation = useGeneration();
  const [value, setValue] = useState<Result<M> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [refreshing, setRefreshing] = useState(0);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const inFlight = useRef(0);
  const argsRef = useRef(args);
  argsRef.current = args;

  const read = useCallback(async (): Promise<Result<M> | null> => {
    const mine = generation.next();
    inFlight.current += 1;
    try {
      const next = await call(method, argsRef.current);
      if (generation.isCurrent(mine)) {
        setValue(next);
        setError(null);
        setUpdatedAt(new Date().toISOString());
      }
      return next;
    } catch (e) {
      if (generation.isCurrent(mine)) setError(e);
      return null;
    } finally {
      inFlight.current -= 1;
    }
  }, [generation, method]);

  // New arguments are a new question: its answer alone counts, and an old error goes.
  useEffect(() => {
    if (!enabled) return;
    setError(null);
    void read();
  }, [enabled, key, read]);

  const poll = options.poll ?? null;
  const { paused } = usePolling(
    () => {
      if (inFlight.current === 0) void read();
    },
    poll?.ms ?? 0,
    enabled && poll !== null,
    poll?.idleAfterMs ?? null,
  );

  const adopt = useCallback(
    (next: Result<M>) => {
      generation.next();
      setValue(next);
      setError(null);
      setUpdatedAt(new Date().toISOString());
    },
    [generation],
  );
  const refresh = useCallback(() => {
    setRefreshing((n) => n + 1);
    void read().finally(() => setRefreshing((n) => n - 1));
  }, [read]);

  return { value, error, adopt, reload: read, refresh, refreshing: refreshing > 0, paused, updatedAt };
}
