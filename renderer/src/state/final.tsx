import { createContext, useContext, type ReactNode } from 'react';
import { contract, type FinalState, type MethodName } from '../../../shared/contract';

/**
 * Whether a call changes what a selection's results or documents rest on (the contract's
 * `effect`). The one rule the screens use to go read-only while a selection is final; main
 * refuses the same calls with SELECTION_FINAL.
 */
export function altersResults(method: MethodName): boolean {
  return contract[method].effect.kind === 'results';
}

const FinalContext = createContext<FinalState | null>(null);

/** The final state of the selection open on screen (null: not final, or no selection). */
export function FinalProvider({ value, children }: { value: FinalState | null; children: ReactNode }) {
  return <FinalContext.Provider value={value}>{children}</FinalContext.Provider>;
}

export function useFinal(): FinalState | null {
  return useContext(FinalContext);
}

/** True when `method` may not run now because the open selection is final. */
export function useFrozen(method: MethodName): boolean {
  return useFinal() !== null && altersResults(method);
}
