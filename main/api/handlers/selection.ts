import { createSelection, listSelections, selectionDetail, setVisibleFields, updateSetup } from '../../domain/selections/selections';
import { setCommittee } from '../../domain/committee/committee';
import { actorOf, requireSession, requireVault } from '../context';
import type { Handlers } from '../registry';
import { requireSelectionAccess } from '../selection-access';

export const selectionHandlers = {
  'selection.list': async (_args, ctx) => {
    const session = requireSession(ctx);
    return listSelections(requireVault(ctx).db, session.role === 'member' ? session.personId : null);
  },

  'selection.create': async (args, ctx) => {
    const vault = requireVault(ctx);
    const id = await createSelection(vault, actorOf(requireSession(ctx)), args, ctx.now);
    return selectionDetail(vault.db, id);
  },

  'selection.get': async ({ selectionId }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    return selectionDetail(requireVault(ctx).db, selectionId);
  },

  'selection.update': async ({ selectionId, setup }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    const vault = requireVault(ctx);
    await updateSetup(vault, actorOf(requireSession(ctx)), selectionId, setup, ctx.now);
    return selectionDetail(vault.db, selectionId);
  },

  'selection.setVisibleFields': async ({ selectionId, fields }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    const vault = requireVault(ctx);
    await setVisibleFields(vault, actorOf(requireSession(ctx)), selectionId, fields, ctx.now);
    return selectionDetail(vault.db, selectionId);
  },

  'committee.set': async ({ selectionId, personIds }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    const vault = requireVault(ctx);
    await setCommittee(vault, actorOf(requireSession(ctx)), selectionId, personIds, ctx.now);
    return selectionDetail(vault.db, selectionId);
  },
} satisfies Partial<Handlers>;
