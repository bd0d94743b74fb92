import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Runs the desk's calls one after another, in the order they were made: a value typed and
 * then changed again is stored in that order, and a form read after a save sees it. After
 * the desk closes (sign-out, switch of person) nothing queued is sent any more, so no call
 * made for one person can run in the next person's session.
 */
export function useSerialCalls() {
  const tail = useRef<Promise<unknown>>(Promise.resolve());
  const closed = useRef(false);
  const [pending, setPending] = useState(0);

  useEffect(() => {
    closed.current = false;
    return () => {
      closed.current = true;
    };
  }, []);

  const enqueue = useCallback(<T,>(job: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown } | null> => {
    setPending((n) => n + 1);
    const run = tail.current.then(async () => {
      if (closed.current) return null;
      try {
        return { ok: true as const, value: await job() };
      } catch (error) {
        return { ok: false as const, error };
      } finally {
        if (!closed.current) setPending((n) => n - 1);
      }
    });
    tail.current = run;
    return run;
  }, []);

  return { enqueue, pending };
}
