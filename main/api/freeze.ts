import type { SubjectKey } from '../../shared/contract/define';
import { selectionOfSubject, type SubjectTable } from '../domain/access/subject';
import { assertNotFinal } from '../domain/final/freeze';
import type { HandlerContext } from './context';

const tables: Record<Exclude<SubjectKey, 'importId'>, SubjectTable> = {
  selectionId: 'selections',
  roundId: 'rounds',
  meetingId: 'meetings',
  motionId: 'motions',
};

/**
 * The one place the freeze is applied to calls: a method whose contract effect is `results`
 * is refused with SELECTION_FINAL while the selection its subject leads to is final. An id
 * that leads nowhere passes here and is refused by its handler (not found).
 */
export async function refuseIfFinal(ctx: HandlerContext, subject: SubjectKey, value: unknown): Promise<void> {
  const vault = ctx.ws.vault;
  if (!vault || typeof value !== 'string') return;
  const selectionId =
    subject === 'importId' ? (ctx.ws.imports.get(value)?.selectionId ?? null) : await selectionOfSubject(vault.db, tables[subject], value);
  if (selectionId) await assertNotFinal(vault.db, selectionId);
}
