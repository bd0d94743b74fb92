import { Alert, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SelectionDetail } from '../../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useViewer } from '../../state/access';
import { IssuesPanel } from '../selection/issues/IssuesPanel';
import { RoundCard } from './RoundCard';
import { useRounds } from './use-rounds';

interface Props {
  selection: SelectionDetail;
  /** A fresher selection after a round opened (its rubric version is frozen then). */
  onChanged?(detail: SelectionDetail): void;
}

/**
 * Chair, secretary and observer: the selection's scoring rounds (create, calibrate, open,
 * board, excuse, close and seal, reveal with two people, leniency after close).
 */
export function RoundsTab({ selection, onChanged }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const viewer = useViewer();
  const { rounds, error, replace } = useRounds(selection.id);
  const stages = selection.setup.stages.filter((s) => s.kind === 'scored' && s.source === 'panel');
  const roundOf = (stageId: string) => rounds?.find((r) => r.stageId === stageId) ?? null;
  const anyDraft = rounds !== null && stages.some((s) => (roundOf(s.id)?.state ?? 'draft') === 'draft');

  return (
    <Stack gap="lg" data-testid="rounds-tab">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t('rounds.heading')}
        </Title>
        <Text size="sm">{t('rounds.intro')}</Text>
      </Stack>
      {!viewer.can('rounds.create') && (
        <Alert variant="light" color="gray">
          {t('rounds.readOnly')}
        </Alert>
      )}
      {anyDraft && selection.issues.length > 0 && (
        <IssuesPanel issues={selection.issues} setup={selection.setup} heading={t('rounds.issuesHeading')} />
      )}
      <ErrorAlert error={error} lang={lang} />
      {rounds === null && !error && (
        <Group gap="xs">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('rounds.loading')}</Text>
        </Group>
      )}
      {stages.length === 0 && <Text size="sm">{t('rounds.noStages')}</Text>}
      {rounds !== null &&
        stages.map((stage) => (
          <RoundCard
            key={stage.id}
            selection={selection}
            stage={stage}
            round={roundOf(stage.id)}
            onRound={replace}
            onSelectionChanged={onChanged}
          />
        ))}
    </Stack>
  );
}
