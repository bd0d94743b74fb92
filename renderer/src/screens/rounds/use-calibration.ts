import type { RoundSummary } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useLive } from './use-live';

/**
 * A round's calibration: while it runs, how many scorers have finished (asked again every few
 * seconds; no values); once the chair closed it, the results.
 */
export function useCalibration(round: RoundSummary) {
  const running = round.calibration === 'open';
  const view = useLive(() => api.calibration.get({ roundId: round.id }), `${round.id}:view`, running, running && round.state === 'draft');
  const results = useLive(() => api.calibration.results({ roundId: round.id }), `${round.id}:results`, round.calibration === 'closed', false);
  return { view, results };
}
