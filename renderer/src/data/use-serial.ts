import { useCallback, useRef } from 'react';
import { useGeneration } from './generation';

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Calls sent strictly one after another, in the order they were asked (a member's saves:
 * main must see a value before the note typed after it). Resolves with the outcome, or null
 * when the component unmounted first: queued calls are then never sent.
 */
export function useSerialMutation() {
  const generation = useGeneration();
  const tail = useRef<Promise<unknown>>(Promise.resolve());

  const enqueue = useCallback(
    <T>(job: () => Promise<T>): Promise<Settled<T> | null> => {
      const run = tail.current.then(async (): Promise<Settled<T> | null> => {
        if (!generation.alive()) return null;
        try {
          return { ok: true, value: await job() };
        } catch (error) {
          return { ok: false, error };
        }
      });
      tail.current = run;
      return run;
    },
    [generation],
  );

  return { enqueue };
}
