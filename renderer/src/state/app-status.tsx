import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { AppStatus } from '../../../shared/contract';
import type { Language } from '../../../shared/errors';
import { onSessionEnded } from '../api/client';
import { useQuery } from '../data/use-query';

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

const STATUS_POLL = { ms: STATUS_POLL_MS, idleAfterMs: null };

export function AppStatusProvider({ children }: { children: ReactNode }) {
  // app.status does not count as activity in main, so polling never keeps a vault awake.
  // Answers can arrive out of order (a poll started before a lock returns after it): the
  // query keeps only the newest, and a status adopted from a call drops older reads.
  const query = useQuery('app.status', {}, { poll: STATUS_POLL });
  const { value: status, error: loadError, adopt: setStatus, reload: refresh } = query;

  // A call refused because the vault locked or the session ended: read the status again, and
  // the app leaves the screen for unlock or sign-in.
  useEffect(() => onSessionEnded(() => void refresh()), [refresh]);

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
