import { PanelisError } from '../../../shared/errors';
import { declareConflict, listConflicts } from '../../domain/conflicts/conflicts';
import { listPanels, savePanels } from '../../domain/panels/panels';
import type { Handlers } from '../registry';
import { requireSelectionAccess } from '../../domain/access/selection-access';

export const conflictHandlers = {
  'conflicts.declare': async (args, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, args.selectionId);
    const session = ctx.session;
    const personId = args.personId ?? session.personId;
    // A member declares only their own conflicts; chair and secretary record anyone's.
    if (personId !== session.personId && session.role !== 'chair' && session.role !== 'secretary') {
      throw new PanelisError('FORBIDDEN', { role: session.role });
    }
    return declareConflict(ctx.vault, ctx.actor, { ...args, personId }, ctx.now);
  },

  'conflicts.list': async ({ selectionId }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    const session = ctx.session;
    return listConflicts(ctx.vault.db, selectionId, session);
  },

  'panels.save': async ({ selectionId, stageId, panels }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    const vault = ctx.vault;
    await savePanels(vault, ctx.actor, selectionId, stageId, panels, ctx.now);
    return listPanels(vault.db, selectionId);
  },

  'panels.list': async ({ selectionId }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return listPanels(ctx.vault.db, selectionId);
  },
} satisfies Partial<Handlers>;
