import { useQuery } from '../../data/use-query';

/** The selection's gates, external stages and result options; `reload` after a change. */
export function useOverview(selectionId: string) {
  const query = useQuery('stageInputs.overview', { selectionId });
  return { overview: query.value, error: query.error, reload: query.reload };
}
