import type { ApplicantRow } from '../../../../shared/contract';
import { api } from '../../api/client';
import { usePaged, type Paged } from '../../data/use-paged';

export const PAGE_SIZE = 100;
export type StatusFilter = 'all' | 'active' | 'withdrawn';

export type ApplicantPages = Paged<ApplicantRow>;

/**
 * Pages of `applicants.list` for one search, loaded as the list scrolls; a new search starts
 * blank, a reload (after an add, edit, withdraw or import) keeps the count while pages come again.
 */
export function useApplicantPages(selectionId: string, query: string, status: StatusFilter): ApplicantPages {
  return usePaged(
    (page) => api.applicants.list({ selectionId, query, status, ...page }),
    JSON.stringify([selectionId, query, status]),
    PAGE_SIZE,
  );
}
