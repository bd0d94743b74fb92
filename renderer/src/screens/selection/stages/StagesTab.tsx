import { Box, Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
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
  editsFrozenRubric: boolean;
  onPreview(stageId: string): void;
}

/** "Tahap & rubrik": the stage list with weights on the left, the chosen stage on the right. */
export function StagesTab({ setup, issues, versions, selectedId, onSelect, canEdit, editsFrozenRubric, onPreview }: Props) {
  const { t } = useTranslation();
  const stage = setup.stages.find((s) => s.id === selectedId) ?? setup.stages[0] ?? null;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: canEdit ? 4 : 3 }}>
        {/* Stays in view while a long rubric scrolls, so the weights and their total are always visible. */}
        <Box style={{ position: 'sticky', top: 96, maxHeight: 'calc(100vh - 110px)', overflowY: 'auto' }}>
          <StageList setup={setup} selectedId={stage?.id ?? null} onSelect={onSelect} readOnly={!canEdit} />
        </Box>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: canEdit ? 8 : 9 }}>
        {!stage ? (
          <Paper withBorder p="lg" radius="md">
            <Text>{canEdit ? t('setup.stages.emptyDetail') : t('setup.stages.emptyReadOnly')}</Text>
          </Paper>
        ) : canEdit ? (
          <StageDetail
            key={stage.id}
            setup={setup}
            stage={stage}
            issues={issues}
            versions={versions}
            editsFrozenRubric={editsFrozenRubric}
            onPreview={() => onPreview(stage.id)}
          />
        ) : (
          <Paper withBorder p="lg" radius="md" component="section">
            <Stack gap="md">
              <Group justify="flex-end">
                <Button variant="default" onClick={() => onPreview(stage.id)}>
                  {t('setup.preview.open')}
                </Button>
              </Group>
              <RubricDocument setup={setup} stage={stage} order={2} />
            </Stack>
          </Paper>
        )}
      </Grid.Col>
    </Grid>
  );
}
