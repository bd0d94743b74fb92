import { Grid, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RubricVersionInfo, SetupIssue } from '../../../../../shared/contract';
import type { SelectionSetup } from '../../../../../shared/selection/selection';
import { RubricDocument } from '../preview/RubricDocument';
import { StageDetail } from './StageDetail';
import { StageList } from './StageList';

interface Props {
  setup: SelectionSetup;
  issues: SetupIssue[];
  versions: RubricVersionInfo[];
  selectedId: string | null;
  onSelect(stageId: string): void;
  canEdit: boolean;
  isChair: boolean;
  onPreview(stageId: string): void;
}

/** "Tahap & rubrik": the stage list with weights on the left, the chosen stage on the right. */
export function StagesTab({ setup, issues, versions, selectedId, onSelect, canEdit, isChair, onPreview }: Props) {
  const { t } = useTranslation();
  const stage = setup.stages.find((s) => s.id === selectedId) ?? setup.stages[0] ?? null;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <StageList setup={setup} selectedId={stage?.id ?? null} onSelect={onSelect} readOnly={!canEdit} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {!stage ? (
          <Paper withBorder p="lg" radius="md">
            <Text>{canEdit ? t('setup.stages.emptyDetail') : t('setup.stages.emptyReadOnly')}</Text>
          </Paper>
        ) : canEdit ? (
          <StageDetail key={stage.id} setup={setup} stage={stage} issues={issues} versions={versions} isChair={isChair} onPreview={() => onPreview(stage.id)} />
        ) : (
          <Paper withBorder p="lg" radius="md" component="section">
            <RubricDocument setup={setup} stage={stage} order={2} />
          </Paper>
        )}
      </Grid.Col>
    </Grid>
  );
}
