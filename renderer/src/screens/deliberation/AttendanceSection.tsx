import { Alert, Card, Checkbox, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../../../shared/contract';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';

/** Who is present (the clerk ticks), and whether the quorum is met. */
export function AttendanceSection({ meeting, canRecord, onChanged }: { meeting: MeetingView; canRecord: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  // What the clerk just ticked shows at once; main's answer (the reloaded meeting) replaces it.
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  useEffect(() => setTicked({}), [meeting]);
  const set = useMutation(async (personId: string, present: boolean) => {
    setTicked((cur) => ({ ...cur, [personId]: present }));
    await api.deliberation.setAttendance({ meetingId: meeting.meeting.id, personId, present });
    onChanged();
  });
  const q = meeting.quorum;
  return (
    <Card withBorder component="section" aria-labelledby="attendance-heading" data-testid="attendance">
      <Stack gap="xs">
        <Title order={3} size="h4" id="attendance-heading">
          {t('deliberation.attendance.heading')}
        </Title>
        {meeting.attendees.map((a) => (
          <Checkbox
            key={a.personId}
            label={`${t('deliberation.attendance.present', { name: a.name })} (${t(`roles.${a.role}`)}${a.voting ? '' : `, ${t('deliberation.attendance.observer')}`})`}
            checked={ticked[a.personId] ?? a.present}
            disabled={!canRecord}
            onChange={(e) => void set.run(a.personId, e.currentTarget.checked)}
          />
        ))}
        <Alert variant="light" color={q.met ? 'green' : 'yellow'} role="status" data-testid="quorum">
          {t(q.met ? 'deliberation.attendance.quorumMet' : 'deliberation.attendance.quorumNotMet', {
            present: q.present,
            voting: q.voting,
            required: q.required,
          })}
        </Alert>
        <ErrorAlert error={set.error} lang={lang} />
      </Stack>
    </Card>
  );
}
