import { useCallback, useEffect, useState } from 'react';
import type { DeliberationOverview, MeetingView } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useMutation } from '../../data/use-mutation';

/** A selection's deliberation overview (rules, meetings, final state, objections). */
export function useOverview(selectionId: string) {
  const [overview, setOverview] = useState<DeliberationOverview | null>(null);
  const load = useMutation(async () => setOverview(await api.deliberation.overview({ selectionId })));
  const run = load.run;
  useEffect(() => void run(), [run, selectionId]);
  const reload = useCallback(() => run(), [run]);
  return { overview, error: load.error, reload };
}

/** One meeting as main tells it, reloaded after every change. */
export function useMeeting(meetingId: string) {
  const [meeting, setMeeting] = useState<MeetingView | null>(null);
  const load = useMutation(async () => setMeeting(await api.deliberation.meeting({ meetingId })));
  const run = load.run;
  useEffect(() => void run(), [run, meetingId]);
  const reload = useCallback(() => run(), [run]);
  return { meeting, error: load.error, reload };
}
