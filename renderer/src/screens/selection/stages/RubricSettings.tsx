import { Input, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { scaleRange, type Rubric } from '../../../../../shared/selection/rubric';
import type { Stage } from '../../../../../shared/selection/selection';
import { useEditor } from '../editor-context';
import { NumberField } from '../fields/NumberField';
import { useProblemText } from '../fields/problem-text';
import { formatValue } from '../format';
import { patchRubric, setCombine } from '../model/rubric-edits';
import { patchStage } from '../model/stages';

/** How the criteria combine into the stage score, the maximum total, the stage threshold. */
export function RubricSettings({ stage, rubric }: { stage: Stage; rubric: Rubric }) {
  const { t } = useTranslation();
  const { edit, lang } = useEditor();
  const maxTotalError = useProblemText(['stages', stage.id, 'maxTotal']);
  const thresholdError = useProblemText(['stages', stage.id, 'rubric', 'threshold']);
  const sumOfMaxima = rubric.criteria.reduce((a, c) => a + scaleRange(c.scale).max, 0);
  const summed = rubric.combine === 'sum';
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Input.Label id={`combine-${stage.id}`} component="div">
          {t('setup.rubric.combine')}
        </Input.Label>
        <SegmentedControl
          aria-labelledby={`combine-${stage.id}`}
          value={rubric.combine}
          onChange={(v) => edit(setCombine(stage.id, v === 'sum' ? 'sum' : 'weighted'))}
          data={[
            { value: 'weighted', label: t('setup.rubric.weighted') },
            { value: 'sum', label: t('setup.rubric.sum') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        <Text size="xs" c="dimmed">
          {summed ? t('setup.rubric.sumHint') : t('setup.rubric.weightedHint')}
        </Text>
      </Stack>
      <Group align="flex-start" gap="lg" grow>
        {summed && (
          <NumberField
            label={t('setup.rubric.maxTotal')}
            description={t('setup.rubric.maxTotalHint', { sum: formatValue(sumOfMaxima, lang) })}
            value={stage.maxTotal}
            nullable
            onValue={(v) => edit(patchStage(stage.id, { maxTotal: v }))}
            allowNegative={false}
            error={maxTotalError ?? (stage.maxTotal === null ? t('setup.rubric.maxTotalRequired') : undefined)}
            required
          />
        )}
        <NumberField
          label={t('setup.rubric.threshold')}
          description={summed ? t('setup.rubric.thresholdSumHint') : t('setup.rubric.thresholdHint')}
          value={rubric.threshold}
          nullable
          onValue={(v) => edit(patchRubric(stage.id, (r) => ({ ...r, threshold: v })))}
          error={thresholdError}
        />
      </Group>
    </Stack>
  );
}
