import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/errors';
import { useAppStatus } from '../../state/app-status';
import { ROUND_POLL_MS, usePolling } from './use-polling';

/** Errors that mean the screen is out of date (vault locked, session ended elsewhere). */
const STALE_CODES = new Set(['VAULT_LOCKED', 'NOT_SIGNED_IN']);

export interface Live<T> {
  value: T | null;
  /** A value returned by an action (excuse, close…), shown at once. */
  adopt(value: T): void;
  error: unknown;
  /** Asked by hand ("Perbarui"): only then does the button say it is working. */
  refresh(): void;
  refreshing: boolean;
  paused: boolean;
  updatedAt: string | null;
}

/**
 * A value read from main when `load` turns true and again every few seconds while `poll`:
 * background polls change nothing on screen but the value (no busy button, no focus lost),
 * one call at a time, and a locked vault sends the app back to the unlock screen.
 */
export function useLive<T>(fetch: () => Promise<T>, key: string, load: boolean, poll: boolean): Live<T> {
  const { refresh: refreshStatus } = useAppStatus();
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const inFlight = useRef(false);
  // Bumped by adopt: a poll that started before an action answered must not undo it.
  const generation = useRef(0);
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;

  const read = useCallback(
    async (byHand: boolean) => {
      if (inFlight.current) return;
      inFlight.current = true;
      if (byHand) setRefreshing(true);
      const started = generation.current;
      try {
        const next = await fetchRef.current();
        if (started !== generation.current) return;
        setValue(next);
        setError(null);
        setUpdatedAt(new Date().toISOString());
      } catch (e) {
        if (started !== generation.current) return;
        setError(e);
        if (e instanceof ApiError && STALE_CODES.has(e.code)) void refreshStatus();
      } finally {
        inFlight.current = false;
        if (byHand) setRefreshing(false);
      }
    },
    [refreshStatus],
  );

  useEffect(() => {
    if (load) void read(false);
  }, [load, key, read]);
  const { paused } = usePolling(() => void read(false), ROUND_POLL_MS, load && poll);

  const adopt = useCallback((next: T) => {
    generation.current += 1;
    setValue(next);
    setError(null);
    setUpdatedAt(new Date().toISOString());
  }, []);
  const refresh = useCallback(() => void read(true), [read]);
  return { value, adopt, error, refresh, refreshing, paused, updatedAt };
}
