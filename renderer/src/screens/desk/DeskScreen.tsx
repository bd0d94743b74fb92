import { Badge, Button, Center, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { ConflictDialog } from './ConflictDialog';
import { deskCommand, type DeskCommand } from './keyboard';
import { QueueList } from './QueueList';
import { ReviewScreen } from './ReviewScreen';
import { ScoreForm } from './ScoreForm';
import { ShortcutHelp } from './ShortcutHelp';
import { roundStateKey, sheetKey } from './status';
import { useDesk } from './use-desk';
import { ToneBadge } from './ToneBadge';

interface Props {
  selectionId: string;
  roundId: string;
  onBack(): void;
}

/**
 * The member's scoring desk for one round: my queue, one applicant's form, the review and
 * the signed submission. Keyboard first (keyboard.ts); every change saved at once.
 */
export function DeskScreen({ selectionId, roundId, onBack }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const desk = useDesk(roundId);
  const [view, setView] = useState<'form' | 'review'>('form');
  const [conflict, setConflict] = useState<{ applicantId: string; code: string } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const { queue, applicant } = desk;

  function command(cmd: DeskCommand) {
    switch (cmd.kind) {
      case 'applicant':
        desk.flushNotes();
        // Past the last applicant comes the review.
        if (!desk.move(cmd.delta) && cmd.delta > 0) setView('review');
        return;
      case 'conflict':
        if (applicant && !applicant.locked) setConflict({ applicantId: applicant.item.applicantId, code: applicant.item.code });
        return;
      case 'review':
        desk.flushNotes();
        setView('review');
        return;
      default:
        return;
    }
  }

  // Keys pressed anywhere else on the desk (the queue, a button): only the desk-wide commands.
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const target = e.target as HTMLElement;
    // Dialogs render in a portal but their events bubble here through React: not ours.
    if (view !== 'form' || !rootRef.current?.contains(target)) return;
    const place = target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' ? 'text' : 'other';
    const cmd = deskCommand(e, place);
    if (!cmd || (cmd.kind !== 'applicant' && cmd.kind !== 'conflict' && cmd.kind !== 'review')) return;
    e.preventDefault();
    command(cmd);
  }

  if (!queue) {
    return (
      <Stack gap="md" data-testid="desk">
        <Button variant="subtle" onClick={onBack} style={{ alignSelf: 'flex-start' }}>
          {t('desk.back')}
        </Button>
        {desk.queueError ? (
          <ErrorAlert error={desk.queueError} lang={lang} />
        ) : (
          <Center py="xl">
            <Group gap="xs">
              <Loader size="sm" aria-hidden />
              <Text>{t('desk.loading')}</Text>
            </Group>
          </Center>
        )}
      </Stack>
    );
  }

  const round = queue.round;
  return (
    <Stack gap="md" ref={rootRef} onKeyDown={onKeyDown} data-testid="desk">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2} size="h2">
            {t('desk.heading', { stage: round.stageName })}
          </Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {queue.selectionTitle}
            </Text>
            <Badge variant="light" tt="none">
              {t(roundStateKey[round.state])}
            </Badge>
            {round.me.status && (
              <ToneBadge variant="light" color={round.me.status === 'submitted' ? 'teal' : 'gray'} tt="none" data-testid="sheet-status">
                {t(sheetKey[round.me.status])}
              </ToneBadge>
            )}
          </Group>
        </Stack>
        <Button variant="default" onClick={onBack}>
          {t('desk.back')}
        </Button>
      </Group>
      <ErrorAlert error={desk.queueError} lang={lang} />
      {view === 'review' ? (
        <ReviewScreen
          roundId={roundId}
          criteria={desk.criteria}
          weighted={queue.rubric.combine === 'weighted'}
          lang={lang}
          submitted={desk.submitted}
          onBack={() => {
            setView('form');
            desk.focusCurrent();
          }}
          onJump={(applicantId, criterionId) => {
            setView('form');
            desk.open(applicantId, criterionId);
          }}
          onSubmitted={desk.afterSubmit}
        />
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
            <Stack gap="md">
              <QueueList items={queue.items} currentId={desk.applicantId} lang={lang} onOpen={(id) => desk.open(id, null)} />
              <ShortcutHelp />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
            <ScoreForm desk={desk} lang={lang} onCommand={command} />
          </Grid.Col>
        </Grid>
      )}
      {conflict && (
        <ConflictDialog
          opened
          selectionId={selectionId}
          applicantId={conflict.applicantId}
          code={conflict.code}
          lang={lang}
          onClose={() => setConflict(null)}
          onDeclared={(id) => {
            setConflict(null);
            void desk.afterConflict(id).then((moved) => {
              if (!moved) setView('review');
            });
          }}
        />
      )}
    </Stack>
  );
}
