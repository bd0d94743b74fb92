import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../api/errors';
import { useAppStatus } from './app-status';

/** Errors that mean the screen is out of date (vault locked, session ended elsewhere). */
const STALE_CODES = new Set(['VAULT_LOCKED', 'NOT_SIGNED_IN']);

export interface Action<A extends unknown[], R> {
  run(...args: A): Promise<R | undefined>;
  busy: boolean;
  error: unknown;
  clearError(): void;
}

/**
 * Runs one API call for a form: busy flag, the error to show next to the form, and a
 * status refresh when main says the vault locked meanwhile (the app then leaves the screen).
 */
export function useAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>): Action<A, R> {
  const { refresh } = useAppStatus();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fnRef = useRef(fn);
  fnRef.current = fn;

  const run = useCallback(
    async (...args: A) => {
      setBusy(true);
      setError(null);
      try {
        return await fnRef.current(...args);
      } catch (e) {
        setError(e);
        if (e instanceof ApiError && STALE_CODES.has(e.code)) void refresh();
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [refresh],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
