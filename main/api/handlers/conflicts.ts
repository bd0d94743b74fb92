import { declareConflict, listConflicts } from '../../domain/conflicts/conflicts';
import { listPanels, savePanels } from '../../domain/panels/panels';
import type { Handlers } from '../registry';
import { conflictDeclarant, requireSelectionAccess } from '../../domain/access/selection-access';

export const conflictHandlers = {
  'conflicts.declare': async (args, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, args.selectionId);
    const personId = conflictDeclarant(ctx.session, args.personId);
    return declareConflict(ctx.vault, ctx.actor, { ...args, personId }, ctx.now);
  },

  'conflicts.list': async ({ selectionId }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return listConflicts(ctx.vault.db, selectionId, ctx.session);
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
