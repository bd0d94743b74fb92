import { calibrationResults, calibrationView, closeCalibration, saveCalibration, startCalibration } from '../../domain/calibration/calibration';
import { actorOf, requireSession, requireVault } from '../context';
import type { Handlers } from '../registry';
import { requireRoundAccess } from '../round-access';

export const calibrationHandlers = {
  'calibration.start': async ({ roundId, cases }, ctx) => {
    await requireRoundAccess(ctx, roundId);
    await startCalibration(requireVault(ctx), actorOf(requireSession(ctx)), roundId, cases, ctx.now);
    return calibrationView(requireVault(ctx).db, roundId, requireSession(ctx));
  },

  'calibration.get': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx, roundId);
    return calibrationView(requireVault(ctx).db, roundId, requireSession(ctx));
  },

  'calibration.save': async (args, ctx) => {
    await requireRoundAccess(ctx, args.roundId);
    const session = requireSession(ctx);
    await saveCalibration(requireVault(ctx), { ...actorOf(session), personId: session.personId }, args, ctx.now);
    return calibrationView(requireVault(ctx).db, args.roundId, session);
  },

  'calibration.close': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx, roundId);
    await closeCalibration(requireVault(ctx), actorOf(requireSession(ctx)), roundId, ctx.now);
    return calibrationResults(requireVault(ctx).db, roundId, requireSession(ctx));
  },

  'calibration.results': async ({ roundId }, ctx) => {
    await requireRoundAccess(ctx, roundId);
    return calibrationResults(requireVault(ctx).db, roundId, requireSession(ctx));
  },
} satisfies Partial<Handlers>;
