import { useCallback, useEffect, useState } from 'react';
import type { ApplicantRow, ConflictInfo } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useMutation } from '../../data/use-mutation';

/**
 * The conflicts of a selection (a member gets only their own from main), and for roles that
 * see identities the registration number and name behind each code, looked up by code.
 */
export function useConflicts(selectionId: string, seesIdentities: boolean) {
  const [conflicts, setConflicts] = useState<ConflictInfo[] | null>(null);
  const [applicants, setApplicants] = useState<Map<string, ApplicantRow>>(new Map());
  const load = useMutation(async () => {
    const list = await api.conflicts.list({ selectionId });
    setConflicts(list);
    if (!seesIdentities) return;
    const found = new Map<string, ApplicantRow>();
    for (const code of new Set(list.map((c) => c.applicantCode))) {
      const page = await api.applicants.list({ selectionId, query: code, status: 'all', offset: 0, limit: 5 });
      const row = page.rows.find((r) => r.code === code);
      if (row) found.set(row.id, row);
    }
    setApplicants(found);
  });
  const run = load.run;
  useEffect(() => void run(), [run, selectionId]);
  const reload = useCallback(() => void run(), [run]);
  return { conflicts, applicants, error: load.error, reload };
}
