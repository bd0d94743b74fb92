import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApplicantRow } from '../../../../shared/contract';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useAppStatus } from '../../state/app-status';

export const PAGE_SIZE = 100;
export type StatusFilter = 'all' | 'active' | 'withdrawn';

export interface ApplicantPages {
  /** Rows matching the search, as main counted them (null until the first page arrives). */
  total: number | null;
  row(index: number): ApplicantRow | undefined;
  /** Asks for the pages covering rows [first, last] that are not loaded or loading yet. */
  ensure(first: number, last: number): void;
  /** Forget every page (after an add, edit, withdraw or import) and load again. */
  reload(): void;
  /** Changes whenever the pages were dropped, so a list asks again for what it shows. */
  epoch: number;
  error: unknown;
}

/**
 * Pages of `applicants.list` for one search, loaded as the list scrolls. A new search
 * (or reload) starts a new generation; answers of an older one are dropped, so a slow
 * page cannot put yesterday's rows under today's search.
 */
export function useApplicantPages(selectionId: string, query: string, status: StatusFilter): ApplicantPages {
  const { refresh } = useAppStatus();
  const pages = useRef(new Map<number, ApplicantRow[]>());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
  const [, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);
  const [epoch, setEpoch] = useState(0);
  const lastLoad = useRef<unknown>(null);

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || loading.current.has(page)) return;
      const mine = generation.current;
      loading.current.add(page);
      api.applicants
        .list({ selectionId, query, status, offset: page * PAGE_SIZE, limit: PAGE_SIZE })
        .then((result) => {
          if (mine !== generation.current) return;
          pages.current.set(page, result.rows);
          setTotal(result.total);
          setError(null);
          setVersion((v) => v + 1);
        })
        .catch((e: unknown) => {
          if (mine !== generation.current) return;
          setError(e);
          if (e instanceof ApiError && (e.code === 'VAULT_LOCKED' || e.code === 'NOT_SIGNED_IN')) void refresh();
        })
        .finally(() => {
          if (mine === generation.current) loading.current.delete(page);
        });
    },
    [selectionId, query, status, refresh],
  );

  // A new search or a reload: drop everything and start at the top.
  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    loading.current = new Set();
    // After an edit the count stays on screen while the pages come again; a new search starts blank.
    if (lastLoad.current !== load) setTotal(null);
    lastLoad.current = load;
    setError(null);
    setEpoch((n) => n + 1);
    load(0);
  }, [load, reloads]);

  const ensure = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(Math.max(0, first) / PAGE_SIZE); p <= Math.floor(Math.max(0, last) / PAGE_SIZE); p += 1) load(p);
    },
    [load],
  );

  const row = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  return { total, row, ensure, reload, epoch, error };
}
