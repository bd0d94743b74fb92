import { PanelisError } from '../../../shared/errors';
import { declareConflict, listConflicts } from '../../domain/conflicts/conflicts';
import { listPanels, savePanels } from '../../domain/panels/panels';
import { actorOf, requireSession, requireVault } from '../context';
import type { Handlers } from '../registry';
import { requireSelectionAccess } from '../selection-access';

export const conflictHandlers = {
  'conflicts.declare': async (args, ctx) => {
    await requireSelectionAccess(ctx, args.selectionId);
    const session = requireSession(ctx);
    const personId = args.personId ?? session.personId;
    // A member declares only their own conflicts; chair and secretary record anyone's.
    if (personId !== session.personId && session.role !== 'chair' && session.role !== 'secretary') {
      throw new PanelisError('FORBIDDEN', { role: session.role });
    }
    return declareConflict(requireVault(ctx), actorOf(session), { ...args, personId }, ctx.now);
  },

  'conflicts.list': async ({ selectionId }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    const session = requireSession(ctx);
    return listConflicts(requireVault(ctx).db, selectionId, session);
  },

  'panels.save': async ({ selectionId, stageId, panels }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    const vault = requireVault(ctx);
    await savePanels(vault, actorOf(requireSession(ctx)), selectionId, stageId, panels, ctx.now);
    return listPanels(vault.db, selectionId);
  },

  'panels.list': async ({ selectionId }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    return listPanels(requireVault(ctx).db, selectionId);
  },
} satisfies Partial<Handlers>;
