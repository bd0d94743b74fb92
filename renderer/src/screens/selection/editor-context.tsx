import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from '../../../../shared/errors';
import type { Edit } from './model/stages';
import { pathKey, type FieldProblem, type FieldProblems } from './model/validate';

/** What every editor field needs: how to change the draft, its problems, the language. */
export interface Editor {
  edit(change: Edit): void;
  problems: FieldProblems;
  lang: Language;
}

const EditorContext = createContext<Editor | null>(null);

export function EditorProvider({ value, children }: { value: Editor; children: ReactNode }) {
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

export function useEditor(): Editor {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error('useEditor outside EditorProvider');
  return ctx;
}

/** The problem of one field of the draft, by its id path (see model/validate.ts). */
export function useProblem(path: readonly (string | number)[]): FieldProblem | undefined {
  return useEditor().problems.get(pathKey(path));
}
