import { useCallback, useEffect, useState } from 'react';
import type { PersonDetail } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useMutation } from '../../data/use-mutation';

/** The people of the vault (chair, secretary and observer may read them; members may not). */
export function usePeople(enabled: boolean) {
  const [people, setPeople] = useState<PersonDetail[] | null>(null);
  const load = useMutation(async () => setPeople(await api.people.list({})));
  const run = load.run;
  useEffect(() => {
    if (enabled) void run();
  }, [enabled, run]);
  const reload = useCallback(() => void run(), [run]);
  return { people, error: load.error, loading: load.busy, reload };
}
