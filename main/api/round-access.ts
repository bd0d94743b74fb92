import { loadRound, type RoundRow } from '../domain/rounds/round-record';
import { requireVault, type HandlerContext } from './context';
import { requireSelectionAccess } from './selection-access';

/** A round exists and the person may see its selection (members: only on its committee). */
export async function requireRoundAccess(ctx: HandlerContext, roundId: string): Promise<RoundRow> {
  const round = await loadRound(requireVault(ctx).db, roundId);
  await requireSelectionAccess(ctx, round.selection_id);
  return round;
}
