import { Alert, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SelectionDetail } from '../../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useFrozen } from '../../state/final';
import { useViewer } from '../../state/access';
import { ExternalCard } from './ExternalCard';
import { GateCard } from './GateCard';
import { OptionsCard } from './OptionsCard';
import { useOverview } from './use-overview';

/**
 * "Input hasil": what results need besides the panel's scores. Chair and secretary record
 * MS/TMS, import external scores and choose the result options; observers read.
 */
export function InputsTab({ selection }: { selection: SelectionDetail }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const viewer = useViewer();
  const gateFrozen = useFrozen('stageInputs.recordGate');
  const importFrozen = useFrozen('stageInputs.importCommit');
  const optionsFrozen = useFrozen('stageInputs.setOptions');
  const { overview, error, reload } = useOverview(selection.id);

  return (
    <Stack gap="lg" data-testid="inputs-tab">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t('inputs.heading')}
        </Title>
        <Text size="sm">{t('inputs.intro')}</Text>
      </Stack>
      {!viewer.can('stageInputs.recordGate') && (
        <Alert variant="light" color="gray">
          {t('inputs.readOnly')}
        </Alert>
      )}
      <ErrorAlert error={error} lang={lang} />
      {overview === null && !error && (
        <Group gap="xs">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('inputs.loading')}</Text>
        </Group>
      )}
      {overview !== null && (
        <>
          {overview.stages.length === 0 && <Text size="sm">{t('inputs.none')}</Text>}
          {overview.stages.map((stage) =>
            stage.kind === 'gate' ? (
              <GateCard
                key={stage.stageId}
                selectionId={selection.id}
                stage={stage}
                canEdit={viewer.can('stageInputs.recordGate') && !gateFrozen}
                onChanged={reload}
              />
            ) : (
              <ExternalCard
                key={stage.stageId}
                selectionId={selection.id}
                stage={stage}
                canEdit={viewer.can('stageInputs.importCommit') && !importFrozen}
                onChanged={reload}
              />
            ),
          )}
          <OptionsCard
            selectionId={selection.id}
            overview={overview}
            canEdit={viewer.can('stageInputs.setOptions') && !optionsFrozen}
            onChanged={reload}
          />
        </>
      )}
    </Stack>
  );
}
