import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CriterionScore, DeskApplicant, DeskQueue, DeskStatus, SubmitResult } from '../../../../shared/contract';
import { api, sessionEnded } from '../../api/client';
import { ApiError } from '../../api/errors';
import { orderedCriteria } from './criteria-order';
import { useSerialMutation } from '../../data/use-serial';

/** A note is saved this long after the last keystroke in it (and at once when it loses focus). */
export const NOTE_DEBOUNCE_MS = 800;

/** The applicant is not (or no longer) on this member's desk. */
const GONE = new Set(['RECUSED', 'NOT_ASSIGNED', 'APPLICANT_NOT_FOUND']);

export type SaveState = { kind: 'idle' } | { kind: 'saved'; at: string } | { kind: 'error'; error: unknown };

function codeOf(e: unknown): string | null {
  return e instanceof ApiError ? e.code : null;
}

/** Where to start: where the member last saved, else the first applicant still to do. */
function startOf(queue: DeskQueue): { applicantId: string; criterionId: string | null } | null {
  if (queue.resume) return queue.resume;
  const open = queue.items.filter((i) => i.status !== 'recused');
  const todo = open.find((i) => i.status !== 'done') ?? open[0];
  return todo ? { applicantId: todo.applicantId, criterionId: null } : null;
}

/**
 * The member's desk for one round: the queue, the applicant on the form, and every change
 * saved at once, one call per change, in order. Everything lives in this hook's component:
 * when the person signs out or another signs in, the app unmounts it and nothing remains.
 */
export function useDesk(roundId: string) {
  const { enqueue } = useSerialMutation();
  const [queue, setQueue] = useState<DeskQueue | null>(null);
  const [queueError, setQueueError] = useState<unknown>(null);
  const [applicantId, setApplicantId] = useState<string | null>(null);
  const [applicant, setApplicant] = useState<DeskApplicant | null>(null);
  const [applicantError, setApplicantError] = useState<unknown>(null);
  const [entries, setEntriesState] = useState<Record<string, CriterionScore>>({});
  const [subtotal, setSubtotal] = useState<number | null>(null);
  const [criterionIndex, setCriterionIndex] = useState(0);
  const [focusToken, setFocusToken] = useState(0);
  const [saving, setSaving] = useState(0);
  const [notesWaiting, setNotesWaiting] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [submitted, setSubmitted] = useState<SubmitResult | null>(null);

  const entriesRef = useRef<Record<string, CriterionScore>>({});
  const currentRef = useRef<string | null>(null);
  const loadSeq = useRef(0);
  const savedNotes = useRef(new Map<string, string>());
  const noteTimers = useRef(new Map<string, number>());
  const queueRef = useRef<DeskQueue | null>(null);
  queueRef.current = queue;

  const criteria = useMemo(() => (queue ? orderedCriteria(queue.rubric) : []), [queue]);
  const criteriaRef = useRef(criteria);
  criteriaRef.current = criteria;

  const setEntries = useCallback((next: Record<string, CriterionScore>) => {
    entriesRef.current = next;
    setEntriesState(next);
  }, []);

  // Nothing typed for this person is sent after the desk closes: timers are dropped, not flushed.
  useEffect(() => {
    const timers = noteTimers.current;
    return () => {
      for (const t of timers.values()) window.clearTimeout(t);
      timers.clear();
    };
  }, []);

  const setItemStatus = useCallback((id: string, status: DeskStatus) => {
    setQueue((q) => (q ? { ...q, items: q.items.map((i) => (i.applicantId === id && i.status !== status ? { ...i, status } : i)) } : q));
  }, []);

  const adoptApplicant = useCallback(
    (a: DeskApplicant, focus: boolean) => {
      setApplicant(a);
      setApplicantError(null);
      setEntries(a.scores);
      setSubtotal(a.subtotal);
      savedNotes.current = new Map(Object.entries(a.scores).map(([k, v]) => [k, v.note]));
      setItemStatus(a.item.applicantId, a.item.status);
      if (focus) setFocusToken((n) => n + 1);
    },
    [setEntries, setItemStatus],
  );

  const loadApplicant = useCallback(
    (id: string, focus: boolean) => {
      const mine = ++loadSeq.current;
      void enqueue(() => api.desk.applicant({ roundId, applicantId: id })).then((r) => {
        if (!r || mine !== loadSeq.current) return;
        if (r.ok) {
          adoptApplicant(r.value, focus);
          return;
        }
        setApplicant(null);
        setApplicantError(r.error);
        const code = codeOf(r.error);
        // Recused or no longer assigned: the queue shows why; the form stays closed.
        if (code && GONE.has(code)) void reloadQueueRef.current();
      });
    },
    [adoptApplicant, enqueue, roundId],
  );

  const reloadQueue = useCallback(async (): Promise<DeskQueue | null> => {
    const r = await enqueue(() => api.desk.queue({ roundId }));
    if (!r) return null;
    if (!r.ok) {
      setQueueError(r.error);
      return null;
    }
    setQueueError(null);
    setQueue(r.value);
    return r.value;
  }, [enqueue, roundId]);
  const reloadQueueRef = useRef(reloadQueue);
  reloadQueueRef.current = reloadQueue;

  const save = useCallback(
    (id: string, criterionId: string, change: { value?: number | null; note?: string }) => {
      setSaving((n) => n + 1);
      void enqueue(() => api.scores.save({ roundId, applicantId: id, criterionId, ...change })).then((r) => {
        if (!r) return;
        setSaving((n) => n - 1);
        if (r.ok) {
          setSaveState({ kind: 'saved', at: r.value.savedAt });
          setItemStatus(id, r.value.status);
          if (currentRef.current === id) setSubtotal(r.value.subtotal);
          return;
        }
        setSaveState({ kind: 'error', error: r.error });
        // The session ended: the client already sends the app to sign-in; nothing to read again.
        if (sessionEnded(r.error)) return;
        const code = codeOf(r.error);
        // Show what main holds, not what was refused; a recused or locked sheet also changes the queue.
        if (code && code !== 'SCORE_OFF_SCALE') void reloadQueue();
        if (currentRef.current !== id) return;
        if (code && GONE.has(code)) {
          // Never leave a recused applicant's form on screen.
          currentRef.current = null;
          setApplicantId(null);
          setApplicant(null);
          setEntries({});
          return;
        }
        loadApplicant(id, false);
      });
    },
    [enqueue, loadApplicant, reloadQueue, roundId, setEntries, setItemStatus],
  );

  const flushNote = useCallback(
    (criterionId: string) => {
      const timer = noteTimers.current.get(criterionId);
      if (timer !== undefined) {
        window.clearTimeout(timer);
        noteTimers.current.delete(criterionId);
        setNotesWaiting(noteTimers.current.size);
      }
      const id = currentRef.current;
      const note = entriesRef.current[criterionId]?.note;
      if (!id || note === undefined || (savedNotes.current.get(criterionId) ?? '') === note) return;
      savedNotes.current.set(criterionId, note);
      save(id, criterionId, { note });
    },
    [save],
  );

  const flushNotes = useCallback(() => {
    for (const criterionId of [...noteTimers.current.keys()]) flushNote(criterionId);
  }, [flushNote]);

  /** Opens one applicant's form at a criterion (the first when none is given). */
  const open = useCallback(
    (id: string, criterionId: string | null) => {
      flushNotes();
      const index = criterionId ? criteriaRef.current.findIndex((c) => c.id === criterionId) : 0;
      setCriterionIndex(Math.max(0, index));
      if (currentRef.current === id && applicant?.item.applicantId === id) {
        setFocusToken((n) => n + 1);
        return;
      }
      currentRef.current = id;
      setApplicantId(id);
      setApplicant(null);
      setApplicantError(null);
      setEntries({});
      setSubtotal(null);
      loadApplicant(id, true);
    },
    [applicant, flushNotes, loadApplicant, setEntries],
  );

  const openRef = useRef(open);
  openRef.current = open;

  // The first load: the queue, then the form where the member left off.
  useEffect(() => {
    let live = true;
    void reloadQueue().then((q) => {
      if (!live || !q) return;
      // The queue was just set but not rendered yet: the criteria come from its rubric.
      criteriaRef.current = orderedCriteria(q.rubric);
      const start = startOf(q);
      if (start) openRef.current(start.applicantId, start.criterionId);
    });
    return () => {
      live = false;
    };
  }, [reloadQueue]);

  const setValue = useCallback(
    (criterionId: string, value: number | null) => {
      const a = applicant;
      if (!a || a.locked || a.item.applicantId !== currentRef.current) return;
      const before = entriesRef.current[criterionId];
      if (before && before.value === value) return;
      setEntries({ ...entriesRef.current, [criterionId]: { value, note: before?.note ?? '' } });
      save(a.item.applicantId, criterionId, { value });
    },
    [applicant, save, setEntries],
  );

  const setNote = useCallback(
    (criterionId: string, note: string) => {
      const a = applicant;
      if (!a || a.locked) return;
      const before = entriesRef.current[criterionId];
      setEntries({ ...entriesRef.current, [criterionId]: { value: before?.value ?? null, note } });
      const old = noteTimers.current.get(criterionId);
      if (old !== undefined) window.clearTimeout(old);
      noteTimers.current.set(
        criterionId,
        window.setTimeout(() => flushNote(criterionId), NOTE_DEBOUNCE_MS),
      );
      setNotesWaiting(noteTimers.current.size);
    },
    [applicant, flushNote, setEntries],
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
    [open],
  );

  /** After a conflict is declared: the queue says recused, the form closes, the next one opens. */
  const afterConflict = useCallback(
    async (recusedId: string): Promise<boolean> => {
      const old = queueRef.current?.items ?? [];
      const at = old.findIndex((i) => i.applicantId === recusedId);
      const q = await reloadQueue();
      if (!q) return false;
      if (currentRef.current === recusedId) {
        currentRef.current = null;
        setApplicantId(null);
        setApplicant(null);
        setEntries({});
        setSubtotal(null);
      }
      const after = [...q.items.slice(at + 1), ...q.items.slice(0, Math.max(0, at)).reverse()];
      const next = after.find((i) => i.status !== 'recused');
      if (next) {
        open(next.applicantId, null);
        return true;
      }
      return false;
    },
    [open, reloadQueue, setEntries],
  );

  /** After the sheet was submitted: the queue and the form read again, now locked. */
  const afterSubmit = useCallback(
    (result: SubmitResult) => {
      setSubmitted(result);
      void reloadQueue();
      if (currentRef.current) loadApplicant(currentRef.current, false);
    },
    [loadApplicant, reloadQueue],
  );

  const focusCurrent = useCallback(() => setFocusToken((n) => n + 1), []);

  return {
    queue,
    queueError,
    criteria,
    applicantId,
    applicant,
    applicantError,
    entries,
    subtotal,
    criterionIndex,
    setCriterionIndex,
    focusToken,
    focusCurrent,
    busy: saving > 0 || notesWaiting > 0,
    saveState,
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
