import { useEffect, useRef, useState } from 'react';

const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * Calls `tick` every `ms` while `enabled` and the window is visible. With `idleAfterMs`, only
 * while the person has used the laptop recently: a poll that counts as activity in main would
 * otherwise keep an unattended vault from ever locking itself. Polls stop after that long
 * without input and resume with the next key or click. `idleAfterMs` null: always poll (calls
 * that are not activity, such as the status).
 */
export function usePolling(tick: () => void, ms: number, enabled: boolean, idleAfterMs: number | null): { paused: boolean } {
  const lastInput = useRef(Date.now());
  const tickRef = useRef(tick);
  tickRef.current = tick;
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (!enabled) {
      setPaused(false);
      return;
    }
    lastInput.current = Date.now();
    const onInput = () => {
      lastInput.current = Date.now();
      setPaused(false);
    };
    if (idleAfterMs !== null) {
      for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, { capture: true, passive: true });
    }
    const timer = window.setInterval(() => {
      if (idleAfterMs !== null) {
        if (document.hidden) return;
        if (Date.now() - lastInput.current > idleAfterMs) {
          setPaused(true);
          return;
        }
      }
      tickRef.current();
    }, ms);
    return () => {
      window.clearInterval(timer);
      if (idleAfterMs !== null) {
        for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true });
      }
    };
  }, [enabled, ms, idleAfterMs]);

  return { paused: enabled && paused };
}
