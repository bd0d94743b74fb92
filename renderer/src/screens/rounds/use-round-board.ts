import { useEffect, useRef } from 'react';
import type { RoundSummary } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useLive } from './use-live';

/** Whether two summaries of the same round differ in anything shown. */
export function sameRound(a: RoundSummary, b: RoundSummary): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The chair's board of one round (progress counts and sheet statuses, never a value), read
 * once the round has opened and asked again every few seconds while it is open. A newer
 * round summary on the board (closed meanwhile, revealed) is handed to `onRound`.
 */
export function useRoundBoard(round: RoundSummary, onRound: (r: RoundSummary) => void) {
  const live = useLive(() => api.rounds.board({ roundId: round.id }), round.id, round.state !== 'draft', round.state === 'open');
  const onRoundRef = useRef(onRound);
  onRoundRef.current = onRound;
  const roundRef = useRef(round);
  roundRef.current = round;
  const board = live.value;
  useEffect(() => {
    if (board && board.round.id === roundRef.current.id && !sameRound(board.round, roundRef.current)) onRoundRef.current(board.round);
  }, [board]);
  return live;
}
