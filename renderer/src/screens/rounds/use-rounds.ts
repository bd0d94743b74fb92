import { useCallback, useEffect, useState } from 'react';
import type { RoundSummary } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useMutation } from '../../data/use-mutation';

/** The selection's rounds (one per panel-scored stage that has one), kept fresh by the cards. */
export function useRounds(selectionId: string) {
  const [rounds, setRounds] = useState<RoundSummary[] | null>(null);
  const load = useMutation(async () => setRounds(await api.rounds.list({ selectionId })));
  const run = load.run;
  useEffect(() => void run(), [run, selectionId]);

  /** A round as a call returned it: replaces the one with its id, or joins the list. */
  const replace = useCallback((round: RoundSummary) => {
    setRounds((cur) => {
      const list = cur ?? [];
      return list.some((r) => r.id === round.id) ? list.map((r) => (r.id === round.id ? round : r)) : [...list, round];
    });
  }, []);
  const reload = useCallback(() => void run(), [run]);
  return { rounds, error: load.error, reload, replace };
}
