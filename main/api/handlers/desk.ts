import { deskApplicant, deskQueue, deskReview } from '../../domain/scoring/desk';
import { saveScore } from '../../domain/scoring/save-score';
import { submitSheet } from '../../domain/scoring/submit';
import { actorOf, requireSession, requireVault } from '../context';
import type { Handlers } from '../registry';
import { requireRoundAccess } from '../round-access';

/** The member's desk: every answer concerns the signed-in member's own work only. */
export const deskHandlers = {
  'desk.queue': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx, roundId);
    return deskQueue(requireVault(ctx).db, roundId, requireSession(ctx).personId);
  },

  'desk.applicant': async ({ roundId, applicantId }, ctx) => {
    await requireRoundAccess(ctx, roundId);
    return deskApplicant(requireVault(ctx).db, roundId, requireSession(ctx).personId, applicantId);
  },

  // The save checks the round and the member's sheet itself, in one query (a scorer is on
  // the committee: committee.set cannot remove one while their round is open).
  'scores.save': async (args, ctx) => {
    const session = requireSession(ctx);
    return saveScore(requireVault(ctx), { ...actorOf(session), personId: session.personId }, args, ctx.now);
  },

  'desk.review': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx, roundId);
    return deskReview(requireVault(ctx).db, roundId, requireSession(ctx).personId);
  },

  'desk.submit': async ({ roundId, password }, ctx) => {
    await requireRoundAccess(ctx, roundId);
    const session = requireSession(ctx);
    return submitSheet(requireVault(ctx), { ...actorOf(session), personId: session.personId }, roundId, password, ctx.now);
  },
} satisfies Partial<Handlers>;
