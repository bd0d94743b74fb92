import { PanelisError } from '../../../shared/errors';
import { roundBoard } from '../../domain/rounds/board';
import { leniency } from '../../domain/rounds/leniency';
import { closeRound, createRound, excuseScorer, openRound, revealRound } from '../../domain/rounds/lifecycle';
import { listRounds, loadRound, roundSummary } from '../../domain/rounds/round-record';
import type { Handlers } from '../registry';
import { requireRoundAccess } from '../../domain/access/selection-access';
import { requireSelectionAccess } from '../../domain/access/selection-access';

export const roundHandlers = {
  'rounds.list': async ({ selectionId }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return listRounds(ctx.vault.db, selectionId, ctx.session);
  },

  'rounds.create': async ({ selectionId, stageId }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    const vault = ctx.vault;
    const id = await createRound(vault, ctx.actor, selectionId, stageId, ctx.now);
    return roundSummary(vault.db, await loadRound(vault.db, id), ctx.session);
  },

  'rounds.open': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx.vault.db, ctx.viewer, roundId);
    const vault = ctx.vault;
    await openRound(vault, ctx.actor, roundId, ctx.now);
    return roundSummary(vault.db, await loadRound(vault.db, roundId), ctx.session);
  },

  'rounds.board': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx.vault.db, ctx.viewer, roundId);
    return roundBoard(ctx.vault.db, roundId, ctx.session);
  },

  'rounds.excuse': async ({ roundId, personId, reason }, ctx) => {
    await requireRoundAccess(ctx.vault.db, ctx.viewer, roundId);
    await excuseScorer(ctx.vault, ctx.actor, roundId, personId, reason, ctx.now);
    return roundBoard(ctx.vault.db, roundId, ctx.session);
  },

  'rounds.close': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx.vault.db, ctx.viewer, roundId);
    await closeRound(ctx.vault, ctx.actor, roundId, ctx.now);
    return roundBoard(ctx.vault.db, roundId, ctx.session);
  },

  'rounds.reveal': async ({ roundId, password, secondPersonId, secondPassword }, ctx) => {
    await requireRoundAccess(ctx.vault.db, ctx.viewer, roundId);
    const session = ctx.session;
    if (secondPersonId === session.personId) throw new PanelisError('REVEAL_NEEDS_TWO');
    await revealRound(
      ctx.vault,
      ctx.actor,
      roundId,
      [
        { personId: session.personId, password },
        { personId: secondPersonId, password: secondPassword },
      ],
      ctx.now,
    );
    return roundBoard(ctx.vault.db, roundId, session);
  },

  'rounds.leniency': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx.vault.db, ctx.viewer, roundId);
    return leniency(ctx.vault.db, roundId);
  },
} satisfies Partial<Handlers>;
