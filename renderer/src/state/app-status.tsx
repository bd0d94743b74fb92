import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppStatus } from '../../../shared/contract';
import type { Language } from '../../../shared/errors';
import { api } from '../api/client';

/** How often main is asked whether the vault is still open (it may have auto-locked). */
export const STATUS_POLL_MS = 5_000;

export interface AppStatusState {
  status: AppStatus | null;
  /** Why the first status could not be read, if it could not. */
  loadError: unknown;
  /** Adopt a status returned by a call (create, unlock, lock, setLanguage…). */
  setStatus(status: AppStatus): void;
  /** Ask main again; resolves with the new status, or null if main did not answer. */
  refresh(): Promise<AppStatus | null>;
}

const AppStatusContext = createContext<AppStatusState | null>(null);

/** The language the UI shows: the open vault's, otherwise the one last used on this laptop. */
export function uiLanguage(status: AppStatus | null): Language {
  return status?.vault?.language ?? status?.language ?? 'id';
}

export function AppStatusProvider({ children }: { children: ReactNode }) {
  const [status, setStatusState] = useState<AppStatus | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  // Answers can arrive out of order (a poll started before a lock returns after it);
  // only the newest request may set the status.
  const seq = useRef(0);

  const setStatus = useCallback((next: AppStatus) => {
    seq.current += 1;
    setStatusState(next);
    setLoadError(null);
  }, []);

  const refresh = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const next = await api.app.status({});
      if (mine === seq.current) {
        setStatusState(next);
        setLoadError(null);
      }
      return next;
    } catch (e) {
      if (mine === seq.current) setLoadError(e);
      return null;
    }
  }, []);

  useEffect(() => {
    void refresh();
    // app.status does not count as activity in main, so polling never keeps a vault awake.
    const timer = window.setInterval(() => void refresh(), STATUS_POLL_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);

  const value = useMemo(() => ({ status, loadError, setStatus, refresh }), [status, loadError, setStatus, refresh]);
  return <AppStatusContext.Provider value={value}>{children}</AppStatusContext.Provider>;
}

export function useAppStatus(): AppStatusState {
  const ctx = useContext(AppStatusContext);
  if (!ctx) throw new Error('useAppStatus outside AppStatusProvider');
  return ctx;
}

/** For screens that only render once a status is known. */
export function useKnownStatus(): AppStatus & { lang: Language } {
  const { status } = useAppStatus();
  if (!status) throw new Error('status not loaded yet');
  return { ...status, lang: uiLanguage(status) };
}
