import { useDebouncedValue } from '@mantine/hooks';
import type { ApplicantRow } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useQueryFn } from '../../data/use-query';

const SEARCH_LIMIT = 30;

/** How an applicant is named in pickers: the code, plus number and name where the role sees them. */
export function applicantLabel(a: Pick<ApplicantRow, 'code' | 'registrationNumber' | 'name'>): string {
  return [a.code, a.registrationNumber, a.name].filter((x): x is string => Boolean(x)).join(' · ');
}

/** Active applicants matching what was typed (by code, number or name as the role allows), debounced. */
export function useApplicantSearch(selectionId: string, search: string) {
  const [query] = useDebouncedValue(search.trim(), 250);
  // The answer names its question, so "searching" shows until the answer to this one is in.
  const asked = `${selectionId} ${query}`;
  const found = useQueryFn(async () => {
    const page = await api.applicants.list({ selectionId, query, status: 'active', offset: 0, limit: SEARCH_LIMIT });
    return { asked, rows: page.rows };
  }, asked);
  if (found.error) return { rows: NONE, loading: false };
  return { rows: found.value?.rows ?? NONE, loading: found.value?.asked !== asked };
}

const NONE: readonly ApplicantRow[] = [];
