import { Alert, Button, Group, List, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundSummary } from '../../../../shared/contract';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';
import { CalibrationResults } from './CalibrationResults';
import { CalibrationSetup } from './CalibrationSetup';
import { formatCount } from './numbers';
import { useCalibration } from './use-calibration';

interface Props {
  round: RoundSummary;
  isChair: boolean;
  onRound(round: RoundSummary): void;
}

/**
 * Calibration before scoring opens: the chair starts it with sample cases, watches how many
 * scorers have finished (never their values), closes it, and everyone reads the results.
 */
export function CalibrationSection({ round, isChair, onRound }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [setting, setSetting] = useState(false);
  const { view: live, results } = useCalibration(round);
  const view = live.value;
  const close = useMutation(async () => {
    const closed = await api.calibration.close({ roundId: round.id });
    results.adopt(closed);
    onRound(closed.round);
  });
  const draft = round.state === 'draft';
  if (round.calibration === 'none' && !draft) return null;
  const titleId = `calibration-${round.id}-title`;
  const n = (v: number) => formatCount(v, lang);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId} data-testid="calibration">
      <Stack gap="sm">
        <Title order={4} size="h5" id={titleId}>
          {t('rounds.calibration.heading')}
        </Title>
        {round.calibration === 'none' && (
          <>
            <Text size="sm">{t('rounds.calibration.intro')}</Text>
            <Text size="sm" fw={600}>
              {t('rounds.calibration.neverCounts')}
            </Text>
            {!isChair ? (
              <Text size="sm" c="dimmed">
                {t('rounds.calibration.none')}
              </Text>
            ) : setting ? (
              <CalibrationSetup
                roundId={round.id}
                onCancel={() => setSetting(false)}
                onStarted={(started) => {
                  setSetting(false);
                  live.adopt(started);
                  onRound(started.round);
                }}
              />
            ) : (
              <Group>
                <Button variant="default" onClick={() => setSetting(true)}>
                  {t('rounds.calibration.setup')}
                </Button>
              </Group>
            )}
          </>
        )}
        {round.calibration === 'open' && (
          <>
            <Alert variant="light" color="blue" p="xs">
              {t('rounds.calibration.neverCounts')}
            </Alert>
            {view ? (
              <Stack gap="xs">
                <Text size="sm" fw={600} data-testid="calibration-progress">
                  {t('rounds.calibration.progress', { complete: n(view.complete), scorers: n(view.scorers) })}
                </Text>
                <Progress aria-hidden size="md" value={view.scorers === 0 ? 0 : (view.complete / view.scorers) * 100} color="teal" />
                <Text size="sm" fw={600}>
                  {t('rounds.calibration.casesHeading')}
                </Text>
                <List size="sm" spacing={2}>
                  {view.cases.map((c) => (
                    <List.Item key={c.id}>{c.label}</List.Item>
                  ))}
                </List>
                <Text size="xs" c="dimmed">
                  {live.paused ? t('rounds.board.paused') : t('rounds.calibration.waiting')}
                </Text>
              </Stack>
            ) : (
              !live.error && (
                <Group gap="xs">
                  <Loader size="sm" aria-hidden />
                  <Text size="sm">{t('rounds.loading')}</Text>
                </Group>
              )
            )}
            <ErrorAlert error={live.error} lang={lang} />
            {isChair ? (
              <Stack gap={4}>
                <Text size="sm" c="dimmed">
                  {t('rounds.calibration.closeHint')}
                </Text>
                <Group gap="sm">
                  <BusyButton busy={close.busy} busyLabel={t('rounds.calibration.closeBusy')} onClick={() => void close.run()}>
                    {t('rounds.calibration.close')}
                  </BusyButton>
                  <BusyButton variant="default" busy={live.refreshing} busyLabel={t('rounds.board.refreshing')} onClick={live.refresh}>
                    {t('rounds.board.refresh')}
                  </BusyButton>
                </Group>
                <ErrorAlert error={close.error} lang={lang} />
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t('rounds.calibration.chairCloses')}
              </Text>
            )}
          </>
        )}
        {round.calibration === 'closed' &&
          (results.value ? (
            <CalibrationResults results={results.value} />
          ) : (
            <>
              {!results.error && (
                <Group gap="xs">
                  <Loader size="sm" aria-hidden />
                  <Text size="sm">{t('rounds.loading')}</Text>
                </Group>
              )}
              <ErrorAlert error={results.error} lang={lang} />
            </>
          ))}
      </Stack>
    </Paper>
  );
}
