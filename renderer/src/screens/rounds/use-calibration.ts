import type { RoundSummary } from '../../../../shared/contract';
import { useQuery } from '../../data/use-query';
import { useRoundPoll } from './round-poll';

/**
 * A round's calibration: while it runs, how many scorers have finished (asked again every few
 * seconds; no values); once the chair closed it, the results.
 */
export function useCalibration(round: RoundSummary) {
  const running = round.calibration === 'open';
  const poll = useRoundPoll(running && round.state === 'draft');
  const view = useQuery('calibration.get', { roundId: round.id }, { enabled: running, poll });
  const results = useQuery('calibration.results', { roundId: round.id }, { enabled: round.calibration === 'closed' });
  return { view, results };
}
