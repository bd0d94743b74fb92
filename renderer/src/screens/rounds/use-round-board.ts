import { useEffect, useRef } from 'react';
import type { RoundSummary } from '../../../../shared/contract';
import { useQuery } from '../../data/use-query';
import { useRoundPoll } from './round-poll';

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
  const poll = useRoundPoll(round.state === 'open');
  const live = useQuery('rounds.board', { roundId: round.id }, { enabled: round.state !== 'draft', poll });
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
