import { useCallback, useState } from 'react';
import { z } from 'zod';

const KEY = 'panelis.openDesk';

export interface OpenDesk {
  kind: 'desk' | 'calibration';
  roundId: string;
}

/** What the tab keeps: the open desk, with the session and selection it belongs to. */
const Saved = z.object({
  session: z.string(),
  selectionId: z.string(),
  kind: z.enum(['desk', 'calibration']),
  roundId: z.string(),
});

function read(sessionKey: string, selectionId: string): OpenDesk | null {
  let json: unknown;
  try {
    json = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
  const saved = Saved.safeParse(json);
  if (!saved.success || saved.data.session !== sessionKey || saved.data.selectionId !== selectionId) return null;
  return { kind: saved.data.kind, roundId: saved.data.roundId };
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
