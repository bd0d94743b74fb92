import { Alert, DataList, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundSummary, SelectionDetail } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format';
import { isWarning } from '../../../../shared/selection/setup-issues';
import type { Stage } from '../../../../shared/selection/selection';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useFrozen } from '../../state/final';
import { useMutation } from '../../data/use-mutation';
import { useViewer } from '../../state/access';
import { Board } from './Board';
import { CalibrationSection } from './CalibrationSection';
import { ConfirmDialog } from './ConfirmDialog';
import { LeniencyTable } from './LeniencyTable';
import { formatCount } from './numbers';
import { RevealSection } from './RevealSection';
import { RoundStates, StateBadge } from './RoundStates';
import { SealBlock } from './SealBlock';
import { useRoundBoard } from './use-round-board';

interface Props {
  selection: SelectionDetail;
  stage: Stage;
  /** The stage's round, or null when none was created yet. */
  round: RoundSummary | null;
  onRound(round: RoundSummary): void;
  /** A fresher selection (opening a round freezes its rubric version). */
  onSelectionChanged?(detail: SelectionDetail): void;
}

/** One panel-scored stage: its round through draft, open, closed and revealed, or "create round". */
export function RoundCard({ selection, stage, round, onRound, onSelectionChanged }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const viewer = useViewer();
  const frozen = useFrozen('rounds.create');
  const create = useMutation(async () => onRound(await api.rounds.create({ selectionId: selection.id, stageId: stage.id })));
  const titleId = `round-card-${stage.id}`;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={titleId} data-testid="round-card" data-stage={stage.name}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h4" id={titleId}>
            {t('rounds.card.title', { stage: stage.name })}
          </Title>
          {round && <StateBadge state={round.state} />}
        </Group>
        {round ? (
          <RoundBody selection={selection} stage={stage} round={round} onRound={onRound} onSelectionChanged={onSelectionChanged} />
        ) : (
          <Stack gap="xs">
            <Text size="sm">{t('rounds.card.none')}</Text>
            {viewer.can('rounds.create') && !frozen ? (
              <>
                <Text size="sm" c="dimmed">
                  {t('rounds.card.createHint')}
                </Text>
                <div>
                  <BusyButton busy={create.busy} busyLabel={t('rounds.card.createBusy')} onClick={() => void create.run()}>
                    {t('rounds.card.create')}
                  </BusyButton>
                </div>
                <ErrorAlert error={create.error} lang={lang} />
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t('rounds.card.managersCreate')}
              </Text>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function RoundBody({ selection, stage, round, onRound, onSelectionChanged }: Props & { round: RoundSummary }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const viewer = useViewer();
  // While final nothing about a round changes: the chair's buttons go; the readings stay.
  const frozen = useFrozen('rounds.open');
  // The chair runs a round (open, excuse, close, calibration); while final nobody does.
  const chairActs = viewer.can('rounds.open') && !frozen;
  const board = useRoundBoard(round, onRound);
  const [confirm, setConfirm] = useState<'open' | 'close' | null>(null);
  const blocking = selection.issues.filter((i) => !isWarning(i)).length;
  const n = (v: number) => formatCount(v, lang);

  const open = useMutation(async () => {
    const next = await api.rounds.open({ roundId: round.id });
    setConfirm(null);
    onRound(next);
    if (onSelectionChanged) {
      // The rubric version was frozen: the stages tab should know without a reload.
      api.selection.get({ selectionId: selection.id }).then(onSelectionChanged, () => undefined);
    }
  });
  const close = useMutation(async () => {
    const next = await api.rounds.close({ roundId: round.id });
    setConfirm(null);
    board.adopt(next);
  });
  const pending = board.value?.scorers.filter((s) => s.status === 'scoring') ?? [];

  return (
    <Stack gap="md">
      <RoundStates state={round.state} />
      <DataList size="sm" labelWidth={190} gap={4}>
        <DataList.Item>
          <DataList.ItemLabel>{t('rounds.card.created')}</DataList.ItemLabel>
          <DataList.ItemValue>{formatDateTime(round.createdAt, lang)}</DataList.ItemValue>
        </DataList.Item>
        {round.openedAt && (
          <DataList.Item>
            <DataList.ItemLabel>{t('rounds.card.opened')}</DataList.ItemLabel>
            <DataList.ItemValue>{formatDateTime(round.openedAt, lang)}</DataList.ItemValue>
          </DataList.Item>
        )}
        {round.state !== 'draft' && (
          <DataList.Item>
            <DataList.ItemLabel>{t('rounds.card.assigned')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="round-assigned">
              {t('rounds.card.assignedValue', { scorers: n(round.scorers), applicants: n(round.applicants) })}
            </DataList.ItemValue>
          </DataList.Item>
        )}
        {round.rubricVersion !== null && (
          <DataList.Item>
            <DataList.ItemLabel>{t('rounds.card.rubric')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="round-rubric">
              <Stack gap={2}>
                <Text size="sm">{t('rounds.card.rubricVersion', { version: n(round.rubricVersion) })}</Text>
                {round.rubricSha256 && (
                  <Text size="xs">
                    {t('rounds.card.rubricSha')}{' '}
                    <Text span ff="monospace" size="xs" style={{ overflowWrap: 'anywhere' }} data-testid="rubric-sha256">
                      {round.rubricSha256}
                    </Text>
                  </Text>
                )}
              </Stack>
            </DataList.ItemValue>
          </DataList.Item>
        )}
      </DataList>

      {round.state === 'draft' && (
        <>
          <CalibrationSection round={round} isChair={chairActs} onRound={onRound} />
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`open-${round.id}-title`}>
            <Stack gap="xs">
              <Title order={4} size="h5" id={`open-${round.id}-title`}>
                {t('rounds.open.heading')}
              </Title>
              <Text size="sm">{t('rounds.open.intro')}</Text>
              {blocking > 0 && (
                <Text size="sm" fw={600} c="red.9">
                  {t('rounds.open.issues', { count: blocking })}
                </Text>
              )}
              {round.calibration === 'open' && (
                <Text size="sm" c="dimmed">
                  {t('rounds.open.calibrationOpen')}
                </Text>
              )}
              {chairActs ? (
                <Group>
                  <BusyButton
                    busy={open.busy}
                    busyLabel={t('rounds.open.busy')}
                    onClick={() => setConfirm('open')}
                    disabled={round.calibration === 'open'}
                  >
                    {t('rounds.open.button')}
                  </BusyButton>
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('rounds.open.chairOnly')}
                </Text>
              )}
            </Stack>
          </Paper>
        </>
      )}

      {round.state !== 'draft' && (
        <>
          {(round.state === 'closed' || round.state === 'revealed') && (
            <Grid gap="md">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <SealBlock round={round} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <RevealSection
                  round={round}
                  selection={selection}
                  canReveal={viewer.can('rounds.reveal') && !frozen}
                  onBoard={board.adopt}
                />
              </Grid.Col>
            </Grid>
          )}
          {board.value ? (
            <Board board={board.value} live={board} canExcuse={chairActs} />
          ) : board.error ? (
            <ErrorAlert error={board.error} lang={lang} />
          ) : (
            <Group gap="xs">
              <Loader size="sm" aria-hidden />
              <Text size="sm">{t('rounds.loading')}</Text>
            </Group>
          )}
          {round.state === 'open' && chairActs && board.value && (
            <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`close-${round.id}-title`}>
              <Stack gap="xs">
                <Title order={4} size="h5" id={`close-${round.id}-title`}>
                  {t('rounds.closeRound.heading')}
                </Title>
                <Text size="sm">{t('rounds.closeRound.intro')}</Text>
                <Text size="sm" fw={600} data-testid="close-pending">
                  {pending.length > 0
                    ? t('rounds.closeRound.pending', { names: pending.map((p) => p.name).join(', ') })
                    : t('rounds.closeRound.ready')}
                </Text>
                <Group>
                  <BusyButton busy={close.busy} busyLabel={t('rounds.closeRound.busy')} onClick={() => setConfirm('close')}>
                    {t('rounds.closeRound.button')}
                  </BusyButton>
                </Group>
              </Stack>
            </Paper>
          )}
          {(round.state === 'closed' || round.state === 'revealed') && viewer.can('rounds.leniency') && (
            <Paper withBorder radius="md" p="md">
              <LeniencyTable round={round} combine={stage.rubric?.combine ?? null} />
            </Paper>
          )}
          <CalibrationSection round={round} isChair={chairActs} onRound={onRound} />
        </>
      )}

      {confirm === 'open' && (
        <ConfirmDialog
          title={t('rounds.open.confirmTitle', { stage: stage.name })}
          confirmLabel={t('rounds.open.confirm')}
          busyLabel={t('rounds.open.busy')}
          busy={open.busy}
          error={open.error}
          onConfirm={() => void open.run()}
          onClose={() => {
            setConfirm(null);
            open.clearError();
          }}
        >
          <Text size="sm">{t('rounds.open.confirmBody')}</Text>
          {round.calibration === 'none' && (
            <Alert variant="light" color="blue" p="xs">
              {t('rounds.open.noCalibration')}
            </Alert>
          )}
        </ConfirmDialog>
      )}
      {confirm === 'close' && (
        <ConfirmDialog
          title={t('rounds.closeRound.confirmTitle', { stage: stage.name })}
          confirmLabel={t('rounds.closeRound.confirm')}
          busyLabel={t('rounds.closeRound.busy')}
          busy={close.busy}
          error={close.error}
          onConfirm={() => void close.run()}
          onClose={() => {
            setConfirm(null);
            close.clearError();
          }}
        >
          <Text size="sm">{t('rounds.closeRound.confirmBody')}</Text>
          {pending.length > 0 && (
            <Text size="sm" fw={600}>
              {t('rounds.closeRound.pending', { names: pending.map((p) => p.name).join(', ') })}
            </Text>
          )}
        </ConfirmDialog>
      )}
    </Stack>
  );
}
