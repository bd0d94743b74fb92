import { useCallback, useEffect, useRef, useState } from 'react';
import { useGeneration } from './generation';

export interface Page<Row> {
  rows: readonly Row[];
  total: number;
}

export interface Paged<Row> {
  /** Rows matching the question, as main counted them (null until the first page arrives). */
  total: number | null;
  row(index: number): Row | undefined;
  /** Asks for the pages covering rows [first, last] that are not loaded or loading yet. */
  ensure(first: number, last: number): void;
  /** Forget every page (after an add, edit, withdraw or import) and load again; the count stays. */
  reload(): void;
  /** Changes whenever the pages were dropped, so a list asks again for what it shows. */
  epoch: number;
  error: unknown;
}

/**
 * A long list read page by page as it scrolls. `fetchPage` calls the typed client; `key` names
 * the question (search, sort, filter). A new key or a reload starts a new generation: answers
 * of an older one are dropped, so a slow page cannot put yesterday's rows under today's search.
 */
export function usePaged<Row>(
  fetchPage: (page: { offset: number; limit: number }) => Promise<Page<Row>>,
  key: string,
  pageSize: number,
): Paged<Row> {
  const generation = useGeneration();
  const pages = useRef(new Map<number, readonly Row[]>());
  const loading = useRef(new Set<number>());
  const [total, setTotal] = useState<number | null>(null);
  const [, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);
  const [epoch, setEpoch] = useState(0);
  const lastKey = useRef<string | null>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || loading.current.has(page)) return;
      const mine = generation.current();
      loading.current.add(page);
      fetchRef
        .current({ offset: page * pageSize, limit: pageSize })
        .then((result) => {
          if (!generation.isCurrent(mine)) return;
          pages.current.set(page, result.rows);
          setTotal(result.total);
          setError(null);
          setVersion((v) => v + 1);
        })
        .catch((e: unknown) => {
          if (generation.isCurrent(mine)) setError(e);
        })
        .finally(() => {
          if (generation.isCurrent(mine)) loading.current.delete(page);
        });
    },
    [generation, pageSize],
  );

  // A new question or a reload: drop everything and start at the top.
  useEffect(() => {
    generation.next();
    pages.current = new Map();
    loading.current = new Set();
    // After a reload the count stays on screen while the pages come again; a new question starts blank.
    if (lastKey.current !== key) setTotal(null);
    lastKey.current = key;
    setError(null);
    setEpoch((n) => n + 1);
    load(0);
  }, [generation, key, load, reloads]);

  const ensure = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(Math.max(0, first) / pageSize); p <= Math.floor(Math.max(0, last) / pageSize); p += 1) load(p);
    },
    [load, pageSize],
  );
  const row = useCallback((index: number) => pages.current.get(Math.floor(index / pageSize))?.[index % pageSize], [pageSize]);
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  return { total, row, ensure, reload, epoch, error };
}
