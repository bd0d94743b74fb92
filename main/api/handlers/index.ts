import type { MethodName } from '../../../shared/contract';
import { registerHandlers } from '../registry';
import { appHandlers } from './app';
import { applicantHandlers } from './applicants';
import { calibrationHandlers } from './calibration';
import { conflictHandlers } from './conflicts';
import { deliberationHandlers } from './deliberation';
import { deskHandlers } from './desk';
import { documentsHandlers } from './documents';
import { selectionHandlers } from './selection';
import { peopleHandlers } from './people';
import { resultsHandlers } from './results';
import { roundHandlers } from './rounds';
import { sessionHandlers } from './session';
import { settingsHandlers } from './settings';
import { stageInputsHandlers } from './stage-inputs';
import { vaultHandlers } from './vault';

const groups = [
  appHandlers,
  vaultHandlers,
  peopleHandlers,
  sessionHandlers,
  settingsHandlers,
  selectionHandlers,
  applicantHandlers,
  conflictHandlers,
  roundHandlers,
  deskHandlers,
  calibrationHandlers,
  resultsHandlers,
  stageInputsHandlers,
  deliberationHandlers,
  documentsHandlers,
] as const;

// Compile-time: a contract method without a handler is a type error here.
type KeysOf<T> = T extends unknown ? keyof T : never;
type Registered = KeysOf<(typeof groups)[number]>;
const complete: [Exclude<MethodName, Registered>] extends [never] ? true : false = true;
void complete;

/** The one map of named handlers, checked at start-up for duplicates and gaps. */
export const handlers = registerHandlers(...groups);
