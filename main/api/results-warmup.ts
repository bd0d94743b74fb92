import type { MethodName } from '../../shared/contract';
import { selectionOfSubject } from '../domain/access/subject';
import { warmResults } from '../domain/results/results-cache';
import type { HandlerContext } from './context';

/**
 * Calls after which a selection's results are different and someone will want to see them:
 * closing or revealing a round, a revision in a meeting, a reopening, gate decisions, an
 * imported stage, changed result options. After one of these succeeds, the dispatcher runs
 * the results computation once more, in its queue (so it never reads half a transaction), and
 * the chair's next look at the results screen is served from the cache instead of waiting
 * seconds at 10,000 applicants. Score saves are not on the list: values of an open round are
 * not counted, and a desk must never wait behind a computation.
 */
const CHANGES_RESULTS: ReadonlySet<MethodName> = new Set<MethodName>([
  'rounds.close',
  'rounds.reveal',
  'deliberation.revise',
  'deliberation.reopen',
  'stageInputs.recordGate',
  'stageInputs.markRemaining',
  'stageInputs.importCommit',
  'stageInputs.setOptions',
]);

function stringField(args: unknown, key: string): string | null {
  if (typeof args !== 'object' || args === null) return null;
  const v = (args as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : null;
}

/** The follow-up to run after `method` succeeded, or null when there is none. */
export function resultsWarmup(method: MethodName, args: unknown, ctx: HandlerContext): (() => Promise<void>) | null {
  if (!CHANGES_RESULTS.has(method)) return null;
  return async () => {
    const vault = ctx.ws.vault;
    if (!vault) return;
    const db = vault.db;
    let selectionId = stringField(args, 'selectionId');
    const roundId = stringField(args, 'roundId');
    const meetingId = stringField(args, 'meetingId');
    if (!selectionId && roundId) selectionId = await selectionOfSubject(db, 'rounds', roundId);
    if (!selectionId && meetingId) selectionId = await selectionOfSubject(db, 'meetings', meetingId);
    if (selectionId) await warmResults(db, selectionId);
  };
}
