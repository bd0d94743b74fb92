import { useCallback, useEffect, useState } from 'react';
import type { StageInputsOverview } from '../../../../shared/contract';
import { api } from '../../api/client';

/** The selection's gates, external stages and result options; `reload` after a change. */
export function useOverview(selectionId: string) {
  const [overview, setOverview] = useState<StageInputsOverview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      setOverview(await api.stageInputs.overview({ selectionId }));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [selectionId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { overview, error, reload };
}
