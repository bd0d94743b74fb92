import { deskApplicant, deskQueue, deskReview } from '../../domain/scoring/desk';
import { saveScore } from '../../domain/scoring/save-score';
import { submitSheet } from '../../domain/scoring/submit';
import type { Handlers } from '../registry';
import { requireRoundAccess } from '../../domain/access/selection-access';

/** The member's desk: every answer concerns the signed-in member's own work only. */
export const deskHandlers = {
  'desk.queue': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx.vault.db, ctx.viewer, roundId);
    return deskQueue(ctx.vault.db, roundId, ctx.session.personId);
  },

  'desk.applicant': async ({ roundId, applicantId }, ctx) => {
    await requireRoundAccess(ctx.vault.db, ctx.viewer, roundId);
    return deskApplicant(ctx.vault.db, roundId, ctx.session.personId, applicantId);
  },

  // The save checks the round and the member's sheet itself, in one query (a scorer is on
  // the committee: committee.set cannot remove one while their round is open).
  'scores.save': async (args, ctx) => {
    return saveScore(ctx.vault, ctx.actor, args, ctx.now);
  },

  'desk.review': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx.vault.db, ctx.viewer, roundId);
    return deskReview(ctx.vault.db, roundId, ctx.session.personId);
  },

  'desk.submit': async ({ roundId, password }, ctx) => {
    await requireRoundAccess(ctx.vault.db, ctx.viewer, roundId);
    return submitSheet(ctx.vault, ctx.actor, roundId, password, ctx.now);
  },
} satisfies Partial<Handlers>;
