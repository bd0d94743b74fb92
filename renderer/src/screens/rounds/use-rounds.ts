import { useCallback } from 'react';
import type { RoundSummary } from '../../../../shared/contract';
import { useQuery } from '../../data/use-query';

/** The selection's rounds (one per panel-scored stage that has one), kept fresh by the cards. */
export function useRounds(selectionId: string) {
  const query = useQuery('rounds.list', { selectionId });
  const { amend, reload: read } = query;

  /** A round as a call returned it: replaces the one with its id, or joins the list. */
  const replace = useCallback(
    (round: RoundSummary) =>
      amend((cur) => {
        const list = cur ?? [];
        return list.some((r) => r.id === round.id) ? list.map((r) => (r.id === round.id ? round : r)) : [...list, round];
      }),
    [amend],
  );
  const reload = useCallback(() => void read(), [read]);
  return { rounds: query.value, error: query.error, reload, replace };
}
