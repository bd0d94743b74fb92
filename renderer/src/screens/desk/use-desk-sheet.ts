import { useCallback, useRef, useState } from 'react';
import type { CriterionScore, DeskApplicant } from '../../../../shared/contract';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useGeneration } from '../../data/generation';
import type { useSerialMutation } from '../../data/use-serial';
import type { DeskQueueState } from './use-desk-queue';

type Enqueue = ReturnType<typeof useSerialMutation>['enqueue'];

/** The applicant is not (or no longer) on this member's desk. */
export const GONE: ReadonlySet<string> = new Set(['RECUSED', 'NOT_ASSIGNED', 'APPLICANT_NOT_FOUND']);

export function codeOf(e: unknown): string | null {
  return e instanceof ApiError ? e.code : null;
}

/**
 * The applicant on the form: what main holds for them (scores, notes, subtotal, locked) and
 * the entries as typed. Only the newest load may fill the form (the data layer's race rule).
 */
export function useDeskSheet(roundId: string, enqueue: Enqueue, queue: DeskQueueState, focus: () => void) {
  const [applicantId, setApplicantId] = useState<string | null>(null);
  const [applicant, setApplicant] = useState<DeskApplicant | null>(null);
  const [applicantError, setApplicantError] = useState<unknown>(null);
  const [entries, setEntriesState] = useState<Record<string, CriterionScore>>({});
  const [subtotal, setSubtotal] = useState<number | null>(null);
  // Read by callbacks between renders: the applicant being opened and what was typed.
  const currentRef = useRef<string | null>(null);
  const entriesRef = useRef<Record<string, CriterionScore>>({});
  /** The note main holds per criterion, so an unchanged note is never sent again. */
  const savedNotes = useRef(new Map<string, string>());
  const loads = useGeneration();
  const { setItemStatus, reloadQueue } = queue;

  const setEntries = useCallback((next: Record<string, CriterionScore>) => {
    entriesRef.current = next;
    setEntriesState(next);
  }, []);

  const adopt = useCallback(
    (a: DeskApplicant, focusForm: boolean) => {
      setApplicant(a);
      setApplicantError(null);
      setEntries(a.scores);
      setSubtotal(a.subtotal);
      savedNotes.current = new Map(Object.entries(a.scores).map(([k, v]) => [k, v.note]));
      setItemStatus(a.item.applicantId, a.item.status);
      if (focusForm) focus();
    },
    [focus, setEntries, setItemStatus],
  );

  const load = useCallback(
    (id: string, focusForm: boolean) => {
      const mine = loads.next();
      void enqueue(() => api.desk.applicant({ roundId, applicantId: id })).then((r) => {
        if (!r || !loads.isCurrent(mine)) return;
        if (r.ok) {
          adopt(r.value, focusForm);
          return;
        }
        setApplicant(null);
        setApplicantError(r.error);
        const code = codeOf(r.error);
        // Recused or no longer assigned: the queue shows why; the form stays closed.
        if (code && GONE.has(code)) void reloadQueue();
      });
    },
    [adopt, enqueue, loads, reloadQueue, roundId],
  );

  /** Starts on another applicant: the form empties until main's answer arrives. */
  const begin = useCallback(
    (id: string) => {
      currentRef.current = id;
      setApplicantId(id);
      setApplicant(null);
      setApplicantError(null);
      setEntries({});
      setSubtotal(null);
    },
    [setEntries],
  );

  /** Never leave a recused applicant's form on screen. */
  const close = useCallback(() => {
    currentRef.current = null;
    setApplicantId(null);
    setApplicant(null);
    setEntries({});
    setSubtotal(null);
  }, [setEntries]);

  return {
    applicantId,
    applicant,
    applicantError,
    entries,
    subtotal,
    setSubtotal,
    currentRef,
    entriesRef,
    savedNotes,
    setEntries,
    load,
    begin,
    close,
  };
}

export type DeskSheet = ReturnType<typeof useDeskSheet>;
