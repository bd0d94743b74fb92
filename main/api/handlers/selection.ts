import { createSelection, listSelections, selectionDetail, setVisibleFields, updateSetup } from '../../domain/selections/selections';
import { setCommittee } from '../../domain/committee/committee';
import type { Handlers } from '../registry';
import { requireSelectionAccess } from '../../domain/access/selection-access';

export const selectionHandlers = {
  'selection.list': async (_args, ctx) => {
    const session = ctx.session;
    return listSelections(ctx.vault.db, session.role === 'member' ? session.personId : null);
  },

  'selection.create': async (args, ctx) => {
    const vault = ctx.vault;
    const id = await createSelection(vault, ctx.actor, args, ctx.now);
    return selectionDetail(vault.db, id);
  },

  'selection.get': async ({ selectionId }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return selectionDetail(ctx.vault.db, selectionId);
  },

  'selection.update': async ({ selectionId, setup }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    const vault = ctx.vault;
    await updateSetup(vault, ctx.actor, selectionId, setup, ctx.now);
    return selectionDetail(vault.db, selectionId);
  },

  'selection.setVisibleFields': async ({ selectionId, fields }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    const vault = ctx.vault;
    await setVisibleFields(vault, ctx.actor, selectionId, fields, ctx.now);
    return selectionDetail(vault.db, selectionId);
  },

  'committee.set': async ({ selectionId, personIds }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    const vault = ctx.vault;
    await setCommittee(vault, ctx.actor, selectionId, personIds, ctx.now);
    return selectionDetail(vault.db, selectionId);
  },
} satisfies Partial<Handlers>;
