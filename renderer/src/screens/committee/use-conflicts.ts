import { useCallback } from 'react';
import type { ApplicantRow } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useQuery, useQueryFn } from '../../data/use-query';

/**
 * The conflicts of a selection (a member gets only their own from main), and for roles that
 * see identities the registration number and name behind each code, looked up by code once
 * the list is in (the list shows at once, the names join it).
 */
export function useConflicts(selectionId: string, seesIdentities: boolean) {
  const list = useQuery('conflicts.list', { selectionId });
  const codes = [...new Set((list.value ?? []).map((c) => c.applicantCode))];
  const names = useQueryFn(
    async () => {
      const found = new Map<string, ApplicantRow>();
      for (const code of codes) {
        const page = await api.applicants.list({ selectionId, query: code, status: 'all', offset: 0, limit: 5 });
        const row = page.rows.find((r) => r.code === code);
        if (row) found.set(row.id, row);
      }
      return found;
    },
    `${selectionId} ${codes.join(' ')}`,
    { enabled: seesIdentities && list.value !== null },
  );
  const { reload: read } = list;
  const reload = useCallback(() => void read(), [read]);
  return { conflicts: list.value, applicants: names.value ?? EMPTY, error: list.error ?? names.error, reload };
}

const EMPTY: ReadonlyMap<string, ApplicantRow> = new Map();
