import { useEffect, useRef, useState } from 'react';
import { useKnownStatus } from '../../state/app-status';

/** How often an open round's board or a running calibration is asked again. */
export const ROUND_POLL_MS = 4_000;
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * Calls `tick` every `ms` while `enabled`, but only while the person has used the laptop
 * recently: every poll counts as activity in main, so polling an unattended board would keep
 * the vault from ever locking itself. Polls stop after half the shorter idle limit without
 * input (and while the window is hidden) and resume with the next key or click.
 */
export function usePolling(tick: () => void, ms: number, enabled: boolean): { paused: boolean } {
  const { vault } = useKnownStatus();
  const idleMinutes = Math.min(vault?.idleMinutes ?? 10, vault?.signOutMinutes ?? 10);
  const activeWindow = (idleMinutes * 60_000) / 2;
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
    for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      if (document.hidden) return;
      if (Date.now() - lastInput.current > activeWindow) {
        setPaused(true);
        return;
      }
      tickRef.current();
    }, ms);
    return () => {
      window.clearInterval(timer);
      for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true });
    };
  }, [enabled, ms, activeWindow]);

  return { paused: enabled && paused };
}
