import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResultsOutcomeFilter, ResultsSortColumn, ResultsSummary, ResultsTableRow } from '../../../../shared/contract/results';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useAppStatus } from '../../state/app-status';

export const PAGE_SIZE = 100;

export interface ResultsSort {
  column: ResultsSortColumn;
  direction: 'asc' | 'desc';
}

export interface ResultsFilter {
  outcome: ResultsOutcomeFilter;
  query: string;
}

/** `results.summary` for one stage (null: overall); a newer request wins. */
export function useResultsSummary(selectionId: string, stageId: string | null) {
  const { refresh } = useAppStatus();
  const [summary, setSummary] = useState<ResultsSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    setError(null);
    api.results
      .summary({ selectionId, ...(stageId ? { stageId } : {}) })
      .then((s) => {
        if (live) setSummary(s);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setError(e);
        if (e instanceof ApiError && (e.code === 'VAULT_LOCKED' || e.code === 'NOT_SIGNED_IN')) void refresh();
      });
    return () => {
      live = false;
    };
  }, [selectionId, stageId, refresh]);
  return { summary: summary && summary.stageId === stageId ? summary : null, error };
}

export interface ResultsPages {
  total: number | null;
  row(index: number): ResultsTableRow | undefined;
  ensure(first: number, last: number): void;
  epoch: number;
  error: unknown;
}

/**
 * Pages of `results.table` for one stage, sort and filter, loaded as the table scrolls (as
 * the applicant list does). A new sort or filter starts a new generation; older answers drop.
 */
export function useResultsPages(selectionId: string, stageId: string | null, sort: ResultsSort, filter: ResultsFilter): ResultsPages {
  const { refresh } = useAppStatus();
  const pages = useRef(new Map<number, ResultsTableRow[]>());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
  const [, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [epoch, setEpoch] = useState(0);
  const { column, direction } = sort;
  const { outcome, query } = filter;

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || loading.current.has(page)) return;
      const mine = generation.current;
      loading.current.add(page);
      api.results
        .table({
          selectionId,
          ...(stageId ? { stageId } : {}),
          sort: { column, direction },
          filter: { outcome, query },
          offset: page * PAGE_SIZE,
          limit: PAGE_SIZE,
        })
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
    [selectionId, stageId, column, direction, outcome, query, refresh],
  );

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    loading.current = new Set();
    setTotal(null);
    setError(null);
    setEpoch((n) => n + 1);
    load(0);
  }, [load]);

  const ensure = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(Math.max(0, first) / PAGE_SIZE); p <= Math.floor(Math.max(0, last) / PAGE_SIZE); p += 1) load(p);
    },
    [load],
  );
  const row = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);
  return { total, row, ensure, epoch, error };
}
