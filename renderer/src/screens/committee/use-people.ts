import { useCallback } from 'react';
import { useQuery } from '../../data/use-query';

/** The people of the vault (chair, secretary and observer may read them; members may not). */
export function usePeople(enabled: boolean) {
  const query = useQuery('people.list', {}, { enabled });
  const { reload: read } = query;
  const reload = useCallback(() => void read(), [read]);
  return { people: query.value, error: query.error, reload };
}
