import {
  calibrationResults,
  calibrationView,
  closeCalibration,
  saveCalibration,
  startCalibration,
} from '../../domain/calibration/calibration';
import type { Handlers } from '../registry';
import { requireRoundAccess } from '../../domain/access/selection-access';

export const calibrationHandlers = {
  'calibration.start': async ({ roundId, cases }, ctx) => {
    await requireRoundAccess(ctx.vault.db, ctx.viewer, roundId);
    await startCalibration(ctx.vault, ctx.actor, roundId, cases, ctx.now);
    return calibrationView(ctx.vault.db, roundId, ctx.session);
  },

  'calibration.get': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx.vault.db, ctx.viewer, roundId);
    return calibrationView(ctx.vault.db, roundId, ctx.session);
  },

  'calibration.save': async (args, ctx) => {
    await requireRoundAccess(ctx.vault.db, ctx.viewer, args.roundId);
    const session = ctx.session;
    await saveCalibration(ctx.vault, ctx.actor, args, ctx.now);
    return calibrationView(ctx.vault.db, args.roundId, session);
  },

  'calibration.close': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx.vault.db, ctx.viewer, roundId);
    await closeCalibration(ctx.vault, ctx.actor, roundId, ctx.now);
    return calibrationResults(ctx.vault.db, roundId, ctx.session);
  },

  'calibration.results': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx.vault.db, ctx.viewer, roundId);
    return calibrationResults(ctx.vault.db, roundId, ctx.session);
  },
} satisfies Partial<Handlers>;
