import type { QueryOptions } from '../../data/use-query';
import { useActiveWindowMs } from '../../state/activity';

/** How often an open round's board or a running calibration is asked again. */
export const ROUND_POLL_MS = 4_000;

/** The poll of a round's live views while `on`; it pauses when nobody uses the laptop. */
export function useRoundPoll(on: boolean): QueryOptions['poll'] {
  const idleAfterMs = useActiveWindowMs();
  return on ? { ms: ROUND_POLL_MS, idleAfterMs } : null;
}
