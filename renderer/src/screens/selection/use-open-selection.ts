import { useCallback, useState } from 'react';

const KEY = 'panelis.openSelection';

/**
 * Which selection the signed-in person has open. Kept for this tab (sessionStorage) with the
 * session it belongs to, so a reload returns to it and nobody else inherits it.
 */
export function useOpenSelection(sessionKey: string): [string | null, (id: string | null) => void] {
  const [id, setId] = useState<string | null>(() => {
    try {
      const saved = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null') as { session?: unknown; id?: unknown } | null;
      return saved && saved.session === sessionKey && typeof saved.id === 'string' ? saved.id : null;
    } catch {
      return null;
    }
  });
  const open = useCallback(
    (next: string | null) => {
      setId(next);
      if (next === null) window.sessionStorage.removeItem(KEY);
      else window.sessionStorage.setItem(KEY, JSON.stringify({ session: sessionKey, id: next }));
    },
    [sessionKey],
  );
  return [id, open];
}
