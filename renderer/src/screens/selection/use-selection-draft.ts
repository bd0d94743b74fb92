import { useCallback, useMemo, useRef, useState } from 'react';
import type { SelectionDetail } from '../../../../shared/contract';
import type { SelectionSetup } from '../../../../shared/selection/selection';
import { api } from '../../api/client';
import { useMutation, type Mutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';
import type { Edit } from './model/stages';
import { fieldProblems, type FieldProblems } from './model/validate';

export interface SelectionDraft {
  detail: SelectionDetail | null;
  draft: SelectionSetup | null;
  /** Why the selection could not be read, if it could not. */
  loadError: unknown;
  /** Changes the draft; nothing leaves the renderer until save. */
  edit(change: Edit): void;
  dirty: boolean;
  problems: FieldProblems;
  save: Mutation<[], void>;
  /** True from a successful save until the next edit. */
  saved: boolean;
  /** A newer detail from another tab (committee, applicants): kept, without losing unsaved edits. */
  adopt(detail: SelectionDetail): void;
}

function sameSetup(a: SelectionSetup, b: SelectionSetup): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The selection as saved (`detail`) and as being edited (`draft`). Edits stay local until
 * "Simpan" sends the whole set-up; main answers with the stored set-up and its issues.
 */
export function useSelectionDraft(selectionId: string): SelectionDraft {
  const [detail, setDetail] = useState<SelectionDetail | null>(null);
  const [draft, setDraft] = useState<SelectionSetup | null>(null);
  const [saved, setSaved] = useState(false);
  const detailRef = useRef<SelectionDetail | null>(null);
  const draftRef = useRef<SelectionSetup | null>(null);
  draftRef.current = draft;

  const adopt = useCallback((next: SelectionDetail) => {
    const before = detailRef.current;
    detailRef.current = next;
    setDetail(next);
    // Unsaved edits win; otherwise follow what main stored.
    setDraft((cur) => (cur === null || before === null || sameSetup(cur, before.setup) ? next.setup : cur));
  }, []);

  const load = useQuery(
    'selection.get',
    { selectionId },
    {
      onRead: (next) => {
        detailRef.current = next;
        setDetail(next);
        setDraft(next.setup);
      },
    },
  );

  const edit = useCallback((change: Edit) => {
    setDraft((cur) => (cur ? change(cur) : cur));
    setSaved(false);
  }, []);

  const problems = useMemo(() => (draft ? fieldProblems(draft) : new Map()), [draft]);
  const dirty = useMemo(() => Boolean(detail && draft && !sameSetup(detail.setup, draft)), [detail, draft]);

  const save = useMutation(async () => {
    const sent = draftRef.current;
    if (!sent) return;
    const next = await api.selection.update({ selectionId, setup: sent });
    detailRef.current = next;
    setDetail(next);
    // What was typed while saving stays; what was sent is replaced by main's (trimmed) copy.
    setDraft((cur) => (cur === sent ? next.setup : cur));
    setSaved(true);
  });

  return { detail, draft, loadError: load.error, edit, dirty, problems, save, saved, adopt };
}
