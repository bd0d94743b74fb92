import { useCallback, useState } from 'react';

const KEY = 'panelis.openDesk';

export interface OpenDesk {
  kind: 'desk' | 'calibration';
  roundId: string;
}

function read(sessionKey: string, selectionId: string): OpenDesk | null {
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null') as Record<string, unknown> | null;
    if (!saved || saved.session !== sessionKey || saved.selectionId !== selectionId || typeof saved.roundId !== 'string') return null;
    return saved.kind === 'desk' || saved.kind === 'calibration' ? { kind: saved.kind, roundId: saved.roundId } : null;
  } catch {
    return null;
  }
}

/**
 * Which desk the signed-in member has open, kept for this tab with the session it belongs
 * to (as the open selection is): a reload returns to it, and the next person who signs in on
 * this laptop does not inherit it. Only ids are kept, never a score.
 */
export function useOpenDesk(sessionKey: string, selectionId: string): [OpenDesk | null, (next: OpenDesk | null) => void] {
  const [open, setOpen] = useState<OpenDesk | null>(() => read(sessionKey, selectionId));
  const change = useCallback(
    (next: OpenDesk | null) => {
      setOpen(next);
      if (next === null) window.sessionStorage.removeItem(KEY);
      else window.sessionStorage.setItem(KEY, JSON.stringify({ session: sessionKey, selectionId, ...next }));
    },
    [sessionKey, selectionId],
  );
  return [open, change];
}
