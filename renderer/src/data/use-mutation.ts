import { useCallback, useRef, useState } from 'react';
import { useGeneration } from './generation';

export interface Mutation<A extends unknown[], R> {
  /** Runs the call; resolves with its value, or undefined when it failed (see `error`). */
  run(...args: A): Promise<R | undefined>;
  busy: boolean;
  error: unknown;
  clearError(): void;
}

/**
 * One change sent to main for a form: busy flag and the error to show next to the form. Also
 * the few calls a person sets off that change nothing in the vault but act outside the page
 * (pick a path, export, download, open in the PDF viewer, verify a file): a query would fire
 * them on its own. What a screen shows is read with useQuery.
 * `fn` calls the typed client (one call, or several for one change), so its arguments and
 * result are the contract's. After unmount nothing is set; an ended session is handled by
 * the api client.
 */
export function useMutation<A extends unknown[], R>(fn: (...args: A) => Promise<R>): Mutation<A, R> {
  const generation = useGeneration();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fnRef = useRef(fn);
  fnRef.current = fn;

  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      setBusy(true);
      setError(null);
      try {
        return await fnRef.current(...args);
      } catch (e) {
        if (generation.alive()) setError(e);
        return undefined;
      } finally {
        if (generation.alive()) setBusy(false);
      }
    },
    [generation],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
