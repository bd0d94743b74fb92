import { Badge, Button, Card, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, CarryRule, MeetingView } from '../../../../shared/contract';
import { formatNumber } from '../../../../shared/format';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useFrozen } from '../../state/final';
import { useMutation } from '../../data/use-mutation';
import { MotionBlock } from './MotionBlock';

const rules: CarryRule[] = ['majority', 'unanimous', 'mufakat'];

interface Props {
  meeting: MeetingView;
  item: AgendaItem;
  /** Chair or secretary in an open meeting. */
  canRecord: boolean;
  /** Votes may be recorded (open meeting, results not final). */
  canVote: boolean;
  /** The chair may decide a motion / put a new one (open meeting, results not final). */
  canDecide: boolean;
  canPut: boolean;
  onRevise(item: AgendaItem): void;
  onChanged(): void;
}

/** One agenda item: the flags that put it there, notes, its motions, and the way to a revision. */
export function AgendaItemCard({ meeting, item, canRecord, canVote, canDecide, canPut, onRevise, onChanged }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const reviseFrozen = useFrozen('deliberation.revise');
  const [notes, setNotes] = useState(item.notes);
  const [notesSaved, setNotesSaved] = useState(false);
  const [text, setText] = useState('');
  const [rule, setRule] = useState<CarryRule>('majority');
  const saveNotes = useMutation(async () => {
    await api.deliberation.setNotes({ itemId: item.id, notes });
    setNotesSaved(true);
    onChanged();
  });
  const put = useMutation(async () => {
    await api.deliberation.addMotion({ meetingId: meeting.meeting.id, itemId: item.id, text, rule });
    setText('');
    onChanged();
  });
  const subject = item.applicantCode ? [item.applicantCode, item.applicantName, item.title].filter(Boolean).join(' · ') : item.title;
  const headingId = `item-${item.id}`;
  const motions = meeting.motions.filter((m) => m.itemId === item.id);
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="agenda-item">
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={4} size="h5" id={headingId}>
            {t('deliberation.agenda.itemTitle', { position: item.position, subject })}
          </Title>
          <Badge variant="light" color={item.source === 'flagged' ? 'orange' : 'gray'} tt="none">
            {t(item.source === 'flagged' ? 'deliberation.agenda.flagged' : 'deliberation.agenda.manual')}
          </Badge>
        </Group>
        {item.flags.map((f) => (
          <Text size="sm" key={`${f.stageId}:${f.criterionId}`}>
            {t('deliberation.agenda.flag', { criterion: f.criterionName, spread: formatNumber(f.spread, lang) })}
          </Text>
        ))}
        {canRecord ? (
          <Stack gap={4}>
            <Textarea
              label={t('deliberation.agenda.notes', { position: item.position })}
              value={notes}
              onChange={(e) => {
                setNotes(e.currentTarget.value);
                setNotesSaved(false);
              }}
              autosize
              minRows={2}
            />
            <Group gap="xs">
              <BusyButton
                size="xs"
                variant="default"
                busy={saveNotes.busy}
                busyLabel={t('deliberation.agenda.saveNotes')}
                onClick={() => void saveNotes.run()}
              >
                {t('deliberation.agenda.saveNotes')}
              </BusyButton>
              {notesSaved && (
                <Text size="sm" role="status">
                  {t('deliberation.agenda.notesSaved')}
                </Text>
              )}
            </Group>
            <ErrorAlert error={saveNotes.error} lang={lang} />
          </Stack>
        ) : (
          item.notes && <Text size="sm">{item.notes}</Text>
        )}
        {motions.map((m) => (
          <MotionBlock
            key={m.id}
            motion={m}
            attendees={meeting.attendees}
            canRecord={canVote}
            canDecide={canDecide}
            onChanged={onChanged}
          />
        ))}
        {canPut && (
          <Stack gap={4}>
            <Group align="flex-end" wrap="wrap">
              <Textarea
                label={t('deliberation.motion.text', { position: item.position })}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                autosize
                minRows={1}
                style={{ flexGrow: 1 }}
              />
              <NativeSelect
                label={t('deliberation.motion.rule')}
                data={rules.map((r) => ({ value: r, label: t(`deliberation.motion.rules.${r}`) }))}
                value={rule}
                onChange={(e) => setRule(rules.find((r) => r === e.currentTarget.value) ?? 'majority')}
                w={260}
              />
              <BusyButton
                size="sm"
                busy={put.busy}
                busyLabel={t('deliberation.motion.put')}
                disabled={text.trim().length === 0}
                onClick={() => void put.run()}
              >
                {t('deliberation.motion.put')}
              </BusyButton>
            </Group>
            <ErrorAlert error={put.error} lang={lang} />
          </Stack>
        )}
        {canRecord && item.applicantId && !meeting.final && !reviseFrozen && (
          <Button size="xs" variant="light" onClick={() => onRevise(item)} style={{ alignSelf: 'flex-start' }}>
            {t('deliberation.revision.open')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
