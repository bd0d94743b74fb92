import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { ApplicantRow } from '../../../../shared/contract';
import { api } from '../../api/client';

const SEARCH_LIMIT = 30;

/** How an applicant is named in pickers: the code, plus number and name where the role sees them. */
export function applicantLabel(a: Pick<ApplicantRow, 'code' | 'registrationNumber' | 'name'>): string {
  return [a.code, a.registrationNumber, a.name].filter((x): x is string => Boolean(x)).join(' · ');
}

/** Active applicants matching what was typed (by code, number or name as the role allows), debounced. */
export function useApplicantSearch(selectionId: string, search: string) {
  const [query] = useDebouncedValue(search.trim(), 250);
  const [rows, setRows] = useState<ApplicantRow[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    let live = true;
    setLoading(true);
    api.applicants
      .list({ selectionId, query, status: 'active', offset: 0, limit: SEARCH_LIMIT })
      .then((page) => live && setRows(page.rows))
      .catch(() => live && setRows([]))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [selectionId, query]);
  return { rows, loading };
}
