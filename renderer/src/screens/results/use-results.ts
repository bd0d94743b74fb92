import type { ResultsOutcomeFilter, ResultsSortColumn, ResultsTableRow } from '../../../../shared/contract/results';
import { api } from '../../api/client';
import { useQuery } from '../../data/use-query';
import { usePaged, type Paged } from '../../data/use-paged';

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
  const { value: summary, error } = useQuery('results.summary', { selectionId, ...(stageId ? { stageId } : {}) });
  return { summary: summary && summary.stageId === stageId ? summary : null, error };
}

export type ResultsPages = Omit<Paged<ResultsTableRow>, 'reload'>;

/**
 * Pages of `results.table` for one stage, sort and filter, loaded as the table scrolls (as
 * the applicant list does). A new sort or filter starts a new generation; older answers drop.
 */
export function useResultsPages(selectionId: string, stageId: string | null, sort: ResultsSort, filter: ResultsFilter): ResultsPages {
  const { column, direction } = sort;
  const { outcome, query } = filter;
  return usePaged(
    (page) =>
      api.results.table({
        selectionId,
        ...(stageId ? { stageId } : {}),
        sort: { column, direction },
        filter: { outcome, query },
        ...page,
      }),
    JSON.stringify([selectionId, stageId, column, direction, outcome, query]),
    PAGE_SIZE,
  );
}
