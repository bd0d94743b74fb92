import { Badge, Button, Card, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectionDetail } from '../../../../shared/contract';
import { formatDateLong } from '../../../../shared/format';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { formatClock, todayLocal } from '../../components/clock';
import { DateInput } from '../../components/DateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TimeInput } from '../../components/TimeInput';
import { useViewer } from '../../state/access';
import { useKnownStatus } from '../../state/app-status';
import { useFrozen } from '../../state/final';
import { useMutation } from '../../data/use-mutation';
import { ConfigSection } from './ConfigSection';
import { FinalSection } from './FinalSection';
import { MeetingPanel } from './MeetingPanel';
import { ObjectionsSection } from './ObjectionsSection';
import { useOverview } from './use-deliberation';

/** The selection's deliberation: rules, meetings (one opened at a time on screen), final state, objections. */
export function DeliberationTab({ selection, onSelectionChanged }: { selection: SelectionDetail; onSelectionChanged?(): Promise<void> }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const { can } = useViewer();
  const mayCreate = can('deliberation.createMeeting');
  const { overview, error, reload } = useOverview(selection.id);
  // No new meeting and no rule change while final: the chair reopens first (with a reason).
  const createFrozen = useFrozen('deliberation.createMeeting');
  const configFrozen = useFrozen('deliberation.setConfig');
  // Finalising or reopening changes the whole workspace (banner, read-only editors).
  const changed = async () => {
    await reload();
    await onSelectionChanged?.();
  };
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [date, setDate] = useState<string | null | undefined>(todayLocal);
  const [time, setTime] = useState<string | undefined>('09:00');
  const [place, setPlace] = useState('');
  const create = useMutation(async () => {
    if (!date || !time) return;
    const m = await api.deliberation.createMeeting({ selectionId: selection.id, date, time, place });
    setPlace('');
    await reload();
    setMeetingId(m.id);
  });

  if (meetingId !== null) {
    return (
      <MeetingPanel
        selection={selection}
        meetingId={meetingId}
        onFinalised={() => void onSelectionChanged?.()}
        onBack={() => {
          setMeetingId(null);
          void reload();
        }}
      />
    );
  }

  return (
    <Stack gap="lg" data-testid="deliberation-tab">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t('deliberation.heading')}
        </Title>
        <Text size="sm">{t('deliberation.intro')}</Text>
      </Stack>
      {!can('deliberation.addItem') && <Text size="sm">{t('deliberation.readOnly')}</Text>}
      <ErrorAlert error={error} lang={lang} />
      {overview === null && !error && (
        <Group gap="xs">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('deliberation.loading')}</Text>
        </Group>
      )}
      {overview !== null && (
        <>
          <FinalSection selectionId={selection.id} overview={overview} onChanged={() => void changed()} />
          <Card withBorder component="section" aria-labelledby="meetings-heading">
            <Stack gap="sm">
              <Title order={3} size="h4" id="meetings-heading">
                {t('deliberation.meetings.heading')}
              </Title>
              {overview.meetings.length === 0 && <Text size="sm">{t('deliberation.meetings.none')}</Text>}
              {overview.meetings.map((m) => (
                <Group key={m.id} justify="space-between" data-testid="meeting-row">
                  <Group gap="xs">
                    <Text size="sm">
                      {t('deliberation.meetings.item', {
                        date: formatDateLong(m.date, lang),
                        time: formatClock(m.time, lang),
                        place: m.place,
                      })}
                    </Text>
                    <Badge variant="light" color={m.status === 'open' ? 'blue' : 'gray'}>
                      {t(`deliberation.meetings.status.${m.status}`)}
                    </Badge>
                  </Group>
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() => setMeetingId(m.id)}
                    aria-label={`${t('deliberation.meetings.open')}: ${t('deliberation.meetings.item', { date: formatDateLong(m.date, lang), time: formatClock(m.time, lang), place: m.place })}`}
                  >
                    {t('deliberation.meetings.open')}
                  </Button>
                </Group>
              ))}
              {mayCreate && createFrozen ? (
                <Text size="sm" data-testid="no-new-meeting">
                  {t('deliberation.meetings.finalNoNew')}
                </Text>
              ) : mayCreate ? (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    void create.run();
                  }}
                >
                  <Stack gap="xs" mt="sm">
                    <Title order={4} size="h5">
                      {t('deliberation.meetings.newHeading')}
                    </Title>
                    <Group align="flex-end" wrap="wrap">
                      <DateInput label={t('deliberation.meetings.date')} value={date} onValue={setDate} lang={lang} required />
                      <TimeInput
                        label={t('deliberation.meetings.time')}
                        value={time}
                        onValue={setTime}
                        lang={lang}
                        invalidText={t('deliberation.meetings.timeInvalid')}
                        required
                      />
                      <TextInput
                        label={t('deliberation.meetings.place')}
                        value={place}
                        onChange={(e) => setPlace(e.currentTarget.value)}
                        required
                        style={{ flexGrow: 1 }}
                      />
                      <BusyButton
                        type="submit"
                        busy={create.busy}
                        busyLabel={t('deliberation.meetings.createBusy')}
                        disabled={place.trim().length === 0 || !date || !time}
                      >
                        {t('deliberation.meetings.create')}
                      </BusyButton>
                    </Group>
                    <ErrorAlert error={create.error} lang={lang} />
                  </Stack>
                </form>
              ) : (
                <Text size="sm">{t('deliberation.meetings.chairOnly')}</Text>
              )}
            </Stack>
          </Card>
          <ConfigSection
            selectionId={selection.id}
            config={overview.config}
            canEdit={can('deliberation.setConfig') && !configFrozen}
            onSaved={reload}
          />
          <ObjectionsSection selectionId={selection.id} overview={overview} onChanged={reload} />
        </>
      )}
    </Stack>
  );
}
