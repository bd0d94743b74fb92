import { useCallback, useEffect, useRef, useState } from 'react';
import { api, sessionEnded } from '../../api/client';
import type { useSerialMutation } from '../../data/use-serial';
import type { DeskQueueState } from './use-desk-queue';
import { codeOf, GONE, type DeskSheet } from './use-desk-sheet';

type Enqueue = ReturnType<typeof useSerialMutation>['enqueue'];

/** A note is saved this long after the last keystroke in it (and at once when it loses focus). */
export const NOTE_DEBOUNCE_MS = 800;

export type SaveState = { kind: 'idle' } | { kind: 'saved'; at: string } | { kind: 'error'; error: unknown };

/**
 * Every change saved at once, one call per change, in the order typed (the desk's serial
 * queue); notes after a pause in typing. A refused save shows what main holds instead.
 */
export function useDeskSaves(roundId: string, enqueue: Enqueue, sheet: DeskSheet, queue: DeskQueueState) {
  const [saving, setSaving] = useState(0);
  const [notesWaiting, setNotesWaiting] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const noteTimers = useRef(new Map<string, number>());
  const { currentRef, entriesRef, savedNotes, setSubtotal, load, close } = sheet;
  const { setItemStatus, reloadQueue } = queue;

  // Nothing typed for this person is sent after the desk closes: timers are dropped, not flushed.
  useEffect(() => {
    const timers = noteTimers.current;
    return () => {
      for (const t of timers.values()) window.clearTimeout(t);
      timers.clear();
    };
  }, []);

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
          close();
          return;
        }
        load(id, false);
      });
    },
    [close, currentRef, enqueue, load, reloadQueue, roundId, setItemStatus, setSubtotal],
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
    [currentRef, entriesRef, save, savedNotes],
  );

  const flushNotes = useCallback(() => {
    for (const criterionId of [...noteTimers.current.keys()]) flushNote(criterionId);
  }, [flushNote]);

  /** Saves the note after a pause in typing (or at once when flushed). */
  const scheduleNote = useCallback(
    (criterionId: string) => {
      const old = noteTimers.current.get(criterionId);
      if (old !== undefined) window.clearTimeout(old);
      noteTimers.current.set(
        criterionId,
        window.setTimeout(() => flushNote(criterionId), NOTE_DEBOUNCE_MS),
      );
      setNotesWaiting(noteTimers.current.size);
    },
    [flushNote],
  );

  return { save, flushNote, flushNotes, scheduleNote, saveState, busy: saving > 0 || notesWaiting > 0 };
}
