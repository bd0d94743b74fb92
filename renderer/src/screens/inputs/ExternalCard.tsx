import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageInputStage } from '../../../../shared/contract';
import { formatDateTime, formatNumber } from '../../../../shared/format';
import { useKnownStatus } from '../../state/app-status';
import { ScoresImport } from './ScoresImport';

interface Props {
  selectionId: string;
  stage: StageInputStage;
  canEdit: boolean;
  onChanged(): void;
}

/** An externally scored stage: its components and scales, the current import, and (for managers) the import. */
export function ExternalCard({ selectionId, stage, canEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [importing, setImporting] = useState(false);
  const num = (x: number) => formatNumber(x, lang, Number.isInteger(x) ? 0 : 2);
  const info = stage.import;
  return (
    <Card withBorder padding="md" data-testid={`external-card-${stage.stageId}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h4">
            {t('inputs.external.title', { stage: stage.name })}
          </Title>
          {canEdit && !importing && (
            <Button onClick={() => setImporting(true)} data-testid="external-import">
              {info ? t('inputs.external.reimport') : t('inputs.external.import')}
            </Button>
          )}
        </Group>
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('inputs.external.components')}
          </Text>
          <List size="sm">
            {stage.components.map((c) => (
              <List.Item key={c.criterionId}>
                {t('inputs.external.scale', { code: c.code || c.name, min: num(c.min), max: num(c.max) })}
                {c.minimum !== null ? ` (${t('inputs.external.passing', { min: num(c.minimum) })})` : ''}
              </List.Item>
            ))}
          </List>
        </Stack>
        {info ? (
          <Stack gap={2} data-testid="external-imported">
            <Text size="sm">
              {t('inputs.external.imported', {
                file: info.fileName,
                rows: formatNumber(info.rowCount, lang, 0),
                by: info.importedBy,
                at: formatDateTime(info.importedAt, lang),
              })}
            </Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {t('inputs.external.sha', { sha: info.sha256 })}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('inputs.external.notImported')}
          </Text>
        )}
        {importing && (
          <ScoresImport
            selectionId={selectionId}
            stage={stage}
            onDone={() => {
              setImporting(false);
              onChanged();
            }}
            onCancel={() => setImporting(false)}
          />
        )}
      </Stack>
    </Card>
  );
}
