import { resultsView } from '../../domain/results/results-view';
import { requireSession, requireVault } from '../context';
import type { Handlers } from '../registry';
import { requireSelectionAccess } from '../selection-access';

export const resultsHandlers = {
  'results.get': async ({ selectionId, stageId }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    const session = requireSession(ctx);
    return resultsView(requireVault(ctx).db, selectionId, { personId: session.personId, role: session.role }, stageId ?? null);
  },
} satisfies Partial<Handlers>;
