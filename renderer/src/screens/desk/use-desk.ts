import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeskQueue, SubmitResult } from '../../../../shared/contract';
import { useGeneration } from '../../data/generation';
import { useSerialMutation } from '../../data/use-serial';
import { orderedCriteria } from './criteria-order';
import { useDeskFocus } from './use-desk-focus';
import { useDeskQueue } from './use-desk-queue';
import { useDeskSaves } from './use-desk-saves';
import { useDeskSheet } from './use-desk-sheet';

/** Where to start: where the member last saved, else the first applicant still to do. */
function startOf(queue: DeskQueue): { applicantId: string; criterionId: string | null } | null {
  if (queue.resume) return queue.resume;
  const open = queue.items.filter((i) => i.status !== 'recused');
  const todo = open.find((i) => i.status !== 'done') ?? open[0];
  return todo ? { applicantId: todo.applicantId, criterionId: null } : null;
}

/**
 * The member's desk for one round: the queue (use-desk-queue), the applicant on the form
 * (use-desk-sheet), every change saved at once and in order (use-desk-saves) and where the
 * keyboard is (use-desk-focus); this hook moves between applicants. Everything lives in this
 * hook's component: when the person signs out or another signs in, the app unmounts it and
 * nothing remains.
 */
export function useDesk(roundId: string) {
  // One serial queue for every call of the desk: a form read after a save sees it.
  const { enqueue } = useSerialMutation();
  const queue = useDeskQueue(roundId, enqueue);
  const focus = useDeskFocus();
  const sheet = useDeskSheet(roundId, enqueue, queue, focus.focusCurrent);
  const saves = useDeskSaves(roundId, enqueue, sheet, queue);
  const [submitted, setSubmitted] = useState<SubmitResult | null>(null);

  const { queueRef, criteriaRef, reloadQueue } = queue;
  const { applicant, currentRef, entriesRef, setEntries, begin, close, load } = sheet;
  const { save, flushNote, flushNotes, scheduleNote } = saves;
  const { setCriterionIndex, focusCurrent } = focus;

  /** Opens one applicant's form at a criterion (the first when none is given). */
  const open = useCallback(
    (id: string, criterionId: string | null) => {
      flushNotes();
      const index = criterionId ? criteriaRef.current.findIndex((c) => c.id === criterionId) : 0;
      setCriterionIndex(Math.max(0, index));
      if (currentRef.current === id && applicant?.item.applicantId === id) {
        focusCurrent();
        return;
      }
      begin(id);
      load(id, true);
    },
    [applicant, begin, criteriaRef, currentRef, flushNotes, focusCurrent, load, setCriterionIndex],
  );

  const openRef = useRef(open);
  openRef.current = open;

  // The first load: the queue, then the form where the member left off.
  const firstLoad = useGeneration();
  useEffect(() => {
    const mine = firstLoad.next();
    void reloadQueue().then((q) => {
      if (!firstLoad.isCurrent(mine) || !q) return;
      // The queue was just set but not rendered yet: the criteria come from its rubric.
      criteriaRef.current = orderedCriteria(q.rubric);
      const start = startOf(q);
      if (start) openRef.current(start.applicantId, start.criterionId);
    });
  }, [criteriaRef, firstLoad, reloadQueue]);

  const setValue = useCallback(
    (criterionId: string, value: number | null) => {
      const a = applicant;
      if (!a || a.locked || a.item.applicantId !== currentRef.current) return;
      const before = entriesRef.current[criterionId];
      if (before && before.value === value) return;
      setEntries({ ...entriesRef.current, [criterionId]: { value, note: before?.note ?? '' } });
      save(a.item.applicantId, criterionId, { value });
    },
    [applicant, currentRef, entriesRef, save, setEntries],
  );

  const setNote = useCallback(
    (criterionId: string, note: string) => {
      const a = applicant;
      if (!a || a.locked) return;
      const before = entriesRef.current[criterionId];
      setEntries({ ...entriesRef.current, [criterionId]: { value: before?.value ?? null, note } });
      scheduleNote(criterionId);
    },
    [applicant, entriesRef, scheduleNote, setEntries],
  );

  /**
   * The next (or previous) applicant in this member's order, skipping recused ones. Returns
   * false at either end of the queue.
   */
  const move = useCallback(
    (delta: 1 | -1): boolean => {
      const q = queueRef.current;
      if (!q) return false;
      const items = q.items;
      const at = items.findIndex((i) => i.applicantId === currentRef.current);
      for (let j = at + delta; j >= 0 && j < items.length; j += delta) {
        const item = items[j];
        if (item && item.status !== 'recused') {
          open(item.applicantId, null);
          return true;
        }
      }
      return false;
    },
    [currentRef, open, queueRef],
  );

  /** After a conflict is declared: the queue says recused, the form closes, the next one opens. */
  const afterConflict = useCallback(
    async (recusedId: string): Promise<boolean> => {
      const old = queueRef.current?.items ?? [];
      const at = old.findIndex((i) => i.applicantId === recusedId);
      const q = await reloadQueue();
      if (!q) return false;
      if (currentRef.current === recusedId) close();
      const after = [...q.items.slice(at + 1), ...q.items.slice(0, Math.max(0, at)).reverse()];
      const next = after.find((i) => i.status !== 'recused');
      if (next) {
        open(next.applicantId, null);
        return true;
      }
      return false;
    },
    [close, currentRef, open, queueRef, reloadQueue],
  );

  /** After the sheet was submitted: the queue and the form read again, now locked. */
  const afterSubmit = useCallback(
    (result: SubmitResult) => {
      setSubmitted(result);
      void reloadQueue();
      if (currentRef.current) load(currentRef.current, false);
    },
    [currentRef, load, reloadQueue],
  );

  return {
    queue: queue.queue,
    queueError: queue.queueError,
    criteria: queue.criteria,
    applicantId: sheet.applicantId,
    applicant,
    applicantError: sheet.applicantError,
    entries: sheet.entries,
    subtotal: sheet.subtotal,
    criterionIndex: focus.criterionIndex,
    setCriterionIndex,
    focusToken: focus.focusToken,
    focusCurrent,
    busy: saves.busy,
    saveState: saves.saveState,
    submitted,
    open,
    move,
    setValue,
    setNote,
    flushNote,
    flushNotes,
    reloadQueue,
    afterConflict,
    afterSubmit,
  };
}

export type Desk = ReturnType<typeof useDesk>;
