import { useEffect, useState } from 'react';

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

/** The counter behind `useGeneration`, without React; `end()` is the unmount. */
export function createGeneration(): Generation & { start(): void; end(): void } {
  let value = 0;
  let mounted = true;
  return {
    current: () => value,
    next: () => ++value,
    isCurrent: (token: number) => mounted && token === value,
    alive: () => mounted,
    start: () => {
      mounted = true;
    },
    end: () => {
      mounted = false;
      value += 1;
    },
  };
}

export function useGeneration(): Generation {
  const [generation] = useState(createGeneration);
  useEffect(() => {
    generation.start();
    return generation.end;
  }, [generation]);
  return generation;
}
