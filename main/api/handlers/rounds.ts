import { PanelisError } from '../../../shared/errors';
import { roundBoard } from '../../domain/rounds/board';
import { leniency } from '../../domain/rounds/leniency';
import { closeRound, createRound, excuseScorer, openRound, revealRound } from '../../domain/rounds/lifecycle';
import { listRounds, loadRound, roundSummary } from '../../domain/rounds/round-record';
import { actorOf, requireSession, requireVault } from '../context';
import type { Handlers } from '../registry';
import { requireRoundAccess } from '../round-access';
import { requireSelectionAccess } from '../selection-access';

export const roundHandlers = {
  'rounds.list': async ({ selectionId }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    return listRounds(requireVault(ctx).db, selectionId, requireSession(ctx));
  },

  'rounds.create': async ({ selectionId, stageId }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    const vault = requireVault(ctx);
    const id = await createRound(vault, actorOf(requireSession(ctx)), selectionId, stageId, ctx.now);
    return roundSummary(vault.db, await loadRound(vault.db, id), requireSession(ctx));
  },

  'rounds.open': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx, roundId);
    const vault = requireVault(ctx);
    await openRound(vault, actorOf(requireSession(ctx)), roundId, ctx.now);
    return roundSummary(vault.db, await loadRound(vault.db, roundId), requireSession(ctx));
  },

  'rounds.board': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx, roundId);
    return roundBoard(requireVault(ctx).db, roundId, requireSession(ctx));
  },

  'rounds.excuse': async ({ roundId, personId, reason }, ctx) => {
    await requireRoundAccess(ctx, roundId);
    await excuseScorer(requireVault(ctx), actorOf(requireSession(ctx)), roundId, personId, reason, ctx.now);
    return roundBoard(requireVault(ctx).db, roundId, requireSession(ctx));
  },

  'rounds.close': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx, roundId);
    await closeRound(requireVault(ctx), actorOf(requireSession(ctx)), roundId, ctx.now);
    return roundBoard(requireVault(ctx).db, roundId, requireSession(ctx));
  },

  'rounds.reveal': async ({ roundId, password, secondPersonId, secondPassword }, ctx) => {
    await requireRoundAccess(ctx, roundId);
    const session = requireSession(ctx);
    if (secondPersonId === session.personId) throw new PanelisError('REVEAL_NEEDS_TWO');
    await revealRound(
      requireVault(ctx),
      actorOf(session),
      roundId,
      [
        { personId: session.personId, password },
        { personId: secondPersonId, password: secondPassword },
      ],
      ctx.now,
    );
    return roundBoard(requireVault(ctx).db, roundId, session);
  },

  'rounds.leniency': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx, roundId);
    return leniency(requireVault(ctx).db, roundId);
  },
} satisfies Partial<Handlers>;
