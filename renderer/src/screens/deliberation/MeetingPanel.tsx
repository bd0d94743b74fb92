import { Alert, Button, Card, Group, Loader, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, SelectionDetail } from '../../../../shared/contract';
import { formatDateLong, formatNumber } from '../../../../shared/format';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { formatClock } from '../../components/clock';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useViewer } from '../../state/access';
import { useKnownStatus } from '../../state/app-status';
import { useFrozen } from '../../state/final';
import { useMutation } from '../../data/use-mutation';
import { AgendaItemCard } from './AgendaItemCard';
import { AttendanceSection } from './AttendanceSection';
import { FinaliseDialog } from './FinaliseDialog';
import { MotionBlock } from './MotionBlock';
import { RevisionDialog } from './RevisionDialog';
import { useMeeting } from './use-deliberation';

/** One meeting: attendance and quorum, agenda (flagged proposals first), motions and votes, revisions, finalisation. */
export function MeetingPanel({
  selection,
  meetingId,
  onBack,
  onFinalised,
}: {
  selection: SelectionDetail;
  meetingId: string;
  onBack(): void;
  onFinalised?(): void;
}) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const { meeting, error, reload } = useMeeting(meetingId);
  const [revising, setRevising] = useState<AgendaItem | null>(null);
  const [finalising, setFinalising] = useState(false);
  const [closing, setClosing] = useState(false);
  const [title, setTitle] = useState('');
  const { can } = useViewer();
  const take = useMutation(async (applicantId: string) => {
    await api.deliberation.addItem({ meetingId, applicantId });
    await reload();
  });
  const addManual = useMutation(async () => {
    await api.deliberation.addItem({ meetingId, title });
    setTitle('');
    await reload();
  });
  const close = useMutation(async () => {
    await api.deliberation.closeMeeting({ meetingId });
    setClosing(false);
    await reload();
  });
  const openFinalise = () => setFinalising(true);
  // While the selection is final (or this meeting finalised it) nothing its results rest on changes.
  const voteFrozen = useFrozen('deliberation.vote');
  const motionFrozen = useFrozen('deliberation.addMotion');
  const decideFrozen = useFrozen('deliberation.decideMotion');

  if (!meeting) {
    return (
      <Stack>
        <ErrorAlert error={error} lang={lang} />
        {!error && (
          <Group gap="xs">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{t('deliberation.loading')}</Text>
          </Group>
        )}
        <Button variant="default" onClick={onBack} style={{ alignSelf: 'flex-start' }}>
          {t('deliberation.back')}
        </Button>
      </Stack>
    );
  }

  const open = meeting.meeting.status === 'open';
  const canRecord = open && can('deliberation.setAttendance');
  const frozen = meeting.final;
  const canVote = canRecord && !frozen && !voteFrozen;
  const canDecide = can('deliberation.decideMotion') && open && !frozen && !decideFrozen;
  const canPut = can('deliberation.addMotion') && open && !frozen && !motionFrozen;
  const freeMotions = meeting.motions.filter((m) => m.itemId === null);
  return (
    <Stack gap="lg" data-testid="meeting">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2} size="h3">
            {t('deliberation.meeting.heading', { date: formatDateLong(meeting.meeting.date, lang) })}
          </Title>
          <Text size="sm">
            {t('deliberation.meeting.where', { time: formatClock(meeting.meeting.time, lang), place: meeting.meeting.place })}
          </Text>
        </Stack>
        <Button variant="default" onClick={onBack}>
          {t('deliberation.back')}
        </Button>
      </Group>
      {!open && <Alert color="gray">{t('deliberation.meeting.closedNote')}</Alert>}
      {meeting.final && (
        <Alert color="green" data-testid="meeting-final">
          {t('deliberation.meeting.finalNote')}
        </Alert>
      )}
      <ErrorAlert error={error} lang={lang} />
      <AttendanceSection meeting={meeting} canRecord={canRecord} onChanged={() => void reload()} />

      <Card withBorder component="section" aria-labelledby="agenda-heading">
        <Stack gap="sm">
          <Title order={3} size="h4" id="agenda-heading">
            {t('deliberation.agenda.heading')}
          </Title>
          {open && (
            <Stack gap={4} data-testid="proposals">
              <Text size="sm" fw={600}>
                {t('deliberation.agenda.proposals')}
              </Text>
              {meeting.proposals.length === 0 && <Text size="sm">{t('deliberation.agenda.noProposals')}</Text>}
              {meeting.proposals.map((p) => (
                <Group key={p.applicantId} gap="xs" data-testid="proposal">
                  <Text size="sm">
                    {p.name ? `${p.code} · ${p.name}` : p.code}:{' '}
                    {p.flags
                      .map((f) => t('deliberation.agenda.flag', { criterion: f.criterionName, spread: formatNumber(f.spread, lang) }))
                      .join('; ')}
                  </Text>
                  {canRecord && (
                    <Button size="xs" variant="light" disabled={take.busy} onClick={() => void take.run(p.applicantId)}>
                      {t('deliberation.agenda.take', { code: p.code })}
                    </Button>
                  )}
                </Group>
              ))}
              <ErrorAlert error={take.error} lang={lang} />
            </Stack>
          )}
          {meeting.items.length === 0 && <Text size="sm">{t('deliberation.agenda.none')}</Text>}
          {meeting.items.map((item) => (
            <AgendaItemCard
              key={item.id}
              meeting={meeting}
              item={item}
              canRecord={canRecord}
              canVote={canVote}
              canDecide={canDecide}
              canPut={canPut}
              onRevise={setRevising}
              onChanged={() => void reload()}
            />
          ))}
          {canRecord && (
            <Group align="flex-end">
              <TextInput
                label={t('deliberation.agenda.addTitle')}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                style={{ flexGrow: 1 }}
              />
              <BusyButton
                variant="default"
                busy={addManual.busy}
                busyLabel={t('deliberation.agenda.add')}
                disabled={title.trim().length === 0}
                onClick={() => void addManual.run()}
              >
                {t('deliberation.agenda.add')}
              </BusyButton>
            </Group>
          )}
          <ErrorAlert error={addManual.error} lang={lang} />
          {freeMotions.map((m) => (
            <MotionBlock
              key={m.id}
              motion={m}
              attendees={meeting.attendees}
              canRecord={canVote}
              canDecide={canDecide}
              onChanged={() => void reload()}
            />
          ))}
        </Stack>
      </Card>

      <Card withBorder component="section" aria-labelledby="revisions-heading" data-testid="revisions">
        <Stack gap="xs">
          <Title order={3} size="h4" id="revisions-heading">
            {t('deliberation.revision.heading')}
          </Title>
          {meeting.revisions.length === 0 && <Text size="sm">{t('deliberation.revision.none')}</Text>}
          {meeting.revisions.map((r) => (
            <Stack gap={0} key={r.id} data-testid="revision">
              <Text size="sm">
                {t('deliberation.revision.line', {
                  member: r.personName,
                  code: r.applicantName ? `${r.applicantCode} · ${r.applicantName}` : r.applicantCode,
                  criterion: r.criterionName,
                  old: r.oldValue === null ? t('deliberation.noValue') : formatNumber(r.oldValue, lang, 0),
                  new: formatNumber(r.newValue, lang, 0),
                })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('deliberation.revision.reasonLine', { reason: r.reason })}
              </Text>
            </Stack>
          ))}
        </Stack>
      </Card>

      {can('deliberation.finalise') && open && (
        <Group>
          {!meeting.final && <Button onClick={openFinalise}>{t('deliberation.final.finalise')}</Button>}
          <Button variant="default" onClick={() => setClosing(true)}>
            {t('deliberation.meeting.close')}
          </Button>
        </Group>
      )}
      {closing && (
        <Modal
          opened
          onClose={() => setClosing(false)}
          title={t('deliberation.meeting.closeTitle')}
          closeButtonProps={{ 'aria-label': t('deliberation.revision.close') }}
        >
          <Stack gap="sm">
            <Text size="sm">{t('deliberation.meeting.closeText')}</Text>
            <ErrorAlert error={close.error} lang={lang} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setClosing(false)} data-autofocus>
                {t('deliberation.meeting.closeCancel')}
              </Button>
              <BusyButton busy={close.busy} busyLabel={t('deliberation.meeting.closeBusy')} onClick={() => void close.run()}>
                {t('deliberation.meeting.closeConfirm')}
              </BusyButton>
            </Group>
          </Stack>
        </Modal>
      )}
      {revising && revising.applicantId && (
        <RevisionDialog
          selection={selection}
          meeting={meeting}
          itemId={revising.id}
          applicant={{ id: revising.applicantId, code: revising.applicantCode ?? '' }}
          onDone={() => void reload()}
          onClose={() => setRevising(null)}
        />
      )}
      {finalising && (
        <FinaliseDialog
          meetingId={meetingId}
          onClose={() => setFinalising(false)}
          onFinalised={async () => {
            setFinalising(false);
            await reload();
            onFinalised?.();
          }}
        />
      )}
    </Stack>
  );
}
