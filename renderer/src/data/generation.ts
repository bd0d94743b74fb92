import { useEffect, useMemo, useRef } from 'react';

/**
 * The race rule of the data layer, in one place: every answer is checked against the
 * generation it was asked in. `next()` starts a new generation (new arguments, a value adopted
 * from an action, a newer request that must win); an answer whose generation is no longer
 * current is dropped, so a slow reply never overwrites a newer one. Unmounting ends every
 * generation: nothing answers into a closed screen.
 */
export interface Generation {
  /** The generation now: answers to requests started in it are still wanted. */
  current(): number;
  /** Starts a new generation; everything in flight becomes stale. */
  next(): number;
  /** Whether an answer asked in `token` may still be applied. */
  isCurrent(token: number): boolean;
  /** False once the component unmounted. */
  alive(): boolean;
}

export function useGeneration(): Generation {
  const value = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      value.current += 1;
    };
  }, []);
  return useMemo(
    () => ({
      current: () => value.current,
      next: () => ++value.current,
      isCurrent: (token: number) => mounted.current && token === value.current,
      alive: () => mounted.current,
    }),
    [],
  );
}
