import { useQuery } from '../../data/use-query';

/** A selection's deliberation overview (rules, meetings, final state, objections). */
export function useOverview(selectionId: string) {
  const query = useQuery('deliberation.overview', { selectionId });
  return { overview: query.value, error: query.error, reload: query.reload };
}

/** One meeting as main tells it, reloaded after every change. */
export function useMeeting(meetingId: string) {
  const query = useQuery('deliberation.meeting', { meetingId });
  return { meeting: query.value, error: query.error, reload: query.reload };
}
