import { useEffect, useRef } from 'react';
import { api } from '../api/client';
import { useKnownStatus } from './app-status';

/** Main only needs to know someone is there; one report per half minute is plenty. */
export const ACTIVITY_THROTTLE_MS = 30_000;
const EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * Tells main the person is still at the laptop so the idle auto-lock does not fire
 * while they read or type. Only while a vault is open: there is nothing to keep awake otherwise.
 */
export function useActivityReporter(enabled: boolean): void {
  const last = useRef(0);
  useEffect(() => {
    if (!enabled) return;
    const onActivity = () => {
      const now = Date.now();
      if (now - last.current < ACTIVITY_THROTTLE_MS) return;
      last.current = now;
      // A failed ping is harmless: the next status poll shows whether the vault locked.
      api.app.activity({}).catch(() => undefined);
    };
    for (const name of EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      for (const name of EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [enabled]);
}

/**
 * How long a poll that counts as activity may keep going without input: half the shorter of
 * the vault's idle lock and sign-out limits, so polling an unattended screen never keeps the
 * vault from locking itself.
 */
export function useActiveWindowMs(): number {
  const { vault } = useKnownStatus();
  const idleMinutes = Math.min(vault?.idleMinutes ?? 10, vault?.signOutMinutes ?? 10);
  return (idleMinutes * 60_000) / 2;
}
