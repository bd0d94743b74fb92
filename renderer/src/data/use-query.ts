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

export interface QueryOptionsOf<T> extends QueryOptions {
  /** Told each answer read from main as it lands (not values adopted from actions): for a form seeded from it. */
  onRead?: (value: T) => void;
}

export interface Query<T> {
  value: T | null;
  error: unknown;
  /** A value returned by an action (excuse, close, unlock…), shown at once; older reads drop. */
  adopt(value: T): void;
  /** Like adopt, for a change to the value on screen (one row an action returned). */
  amend(change: (current: T | null) => T | null): void;
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
export function useQuery<M extends MethodName>(method: M, args: Args<M>, options: QueryOptionsOf<Result<M>> = {}): Query<Result<M>> {
  const argsRef = useRef(args);
  argsRef.current = args;
  const read = useCallback(() => call(method, argsRef.current), [method]);
  return useQueryFn(read, `${method} ${JSON.stringify(args)}`, options);
}

/**
 * A read whose question is more than one method's arguments: several contract reads that
 * belong together (a list and what each row names), or a read asked again when something
 * else changes (a round's state). `read` calls only methods that read; `key` names the
 * question, a new key reads again. Same rules as `useQuery`; the latest `read` is called.
 */
export function useQueryFn<T>(read: () => Promise<T>, key: string, options: QueryOptionsOf<T> = {}): Query<T> {
  const enabled = options.enabled ?? true;
  const generation = useGeneration();
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [refreshing, setRefreshing] = useState(0);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const inFlight = useRef(0);
  const readRef = useRef(read);
  readRef.current = read;
  const onReadRef = useRef(options.onRead);
  onReadRef.current = options.onRead;

  const load = useCallback(async (): Promise<T | null> => {
    const mine = generation.next();
    inFlight.current += 1;
    try {
      const next = await readRef.current();
      if (generation.isCurrent(mine)) {
        setValue(next);
        setError(null);
        setUpdatedAt(new Date().toISOString());
        onReadRef.current?.(next);
      }
      return next;
    } catch (e) {
      if (generation.isCurrent(mine)) setError(e);
      return null;
    } finally {
      inFlight.current -= 1;
    }
  }, [generation]);

  // New arguments are a new question: its answer alone counts, and an old error goes.
  useEffect(() => {
    if (!enabled) return;
    setError(null);
    void load();
  }, [enabled, key, load]);

  const poll = options.poll ?? null;
  const { paused } = usePolling(
    () => {
      if (inFlight.current === 0) void load();
    },
    poll?.ms ?? 0,
    enabled && poll !== null,
    poll?.idleAfterMs ?? null,
  );

  const adopt = useCallback(
    (next: T) => {
      generation.next();
      setValue(next);
      setError(null);
      setUpdatedAt(new Date().toISOString());
    },
    [generation],
  );
  const amend = useCallback(
    (change: (current: T | null) => T | null) => {
      generation.next();
      setValue(change);
      setError(null);
      setUpdatedAt(new Date().toISOString());
    },
    [generation],
  );
  const refresh = useCallback(() => {
    setRefreshing((n) => n + 1);
    void load().finally(() => setRefreshing((n) => n - 1));
  }, [load]);

  return { value, error, adopt, amend, reload: load, refresh, refreshing: refreshing > 0, paused, updatedAt };
}
