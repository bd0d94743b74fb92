import { Group, Input, SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../../../shared/selection/rubric';
import { useEditor } from '../editor-context';
import { NumberField } from '../fields/NumberField';
import { convertScale, patchCriterion } from '../model/rubric-edits';
import { LevelsEditor } from './LevelsEditor';

/** A numeric range (0–150 for TWK) or anchored levels with descriptors (1–5 for interviews). */
export function ScaleEditor({ stageId, criterion }: { stageId: string; criterion: Criterion }) {
  const { t } = useTranslation();
  const { edit } = useEditor();
  const scale = criterion.scale;
  const labelId = `scale-${criterion.id}`;
  const who = criterion.code || criterion.name;
  const setNumeric = (patch: Partial<{ min: number; max: number; step: number }>) =>
    edit(patchCriterion(stageId, criterion.id, (c) => (c.scale.type === 'numeric' ? { ...c, scale: { ...c.scale, ...patch } } : c)));
  return (
    <Stack gap="xs">
      <Group gap="sm" align="center">
        <Input.Label id={labelId} component="div">
          {t('setup.scale.type')}
        </Input.Label>
        <SegmentedControl
          size="xs"
          aria-labelledby={labelId}
          value={scale.type}
          onChange={(v) => {
            const to = v === 'levels' ? 'levels' : 'numeric';
            edit(
              patchCriterion(stageId, criterion.id, (c) => ({
                ...c,
                scale: convertScale(c.scale, to, (value) => t('setup.levels.defaultLabel', { value })),
              })),
            );
          }}
          data={[
            { value: 'numeric', label: t('setup.scale.numeric') },
            { value: 'levels', label: t('setup.scale.levels') },
          ]}
        />
      </Group>
      {scale.type === 'numeric' ? (
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <NumberField
            label={t('setup.scale.min')}
            aria-label={t('setup.scale.minOf', { criterion: who })}
            value={scale.min}
            onValue={(v) => v !== null && setNumeric({ min: v })}
            w={120}
          />
          <NumberField
            label={t('setup.scale.max')}
            aria-label={t('setup.scale.maxOf', { criterion: who })}
            value={scale.max}
            onValue={(v) => v !== null && setNumeric({ max: v })}
            w={120}
            error={scale.max > scale.min ? undefined : t('setup.scale.maxAboveMin')}
          />
          <NumberField
            label={t('setup.scale.step')}
            aria-label={t('setup.scale.stepOf', { criterion: who })}
            value={scale.step}
            onValue={(v) => v !== null && setNumeric({ step: v })}
            allowNegative={false}
            w={120}
            error={scale.step > 0 && scale.step <= scale.max - scale.min ? undefined : t('setup.scale.stepInRange')}
          />
        </Group>
      ) : (
        <LevelsEditor stageId={stageId} criterion={criterion} levels={scale.levels} />
      )}
    </Stack>
  );
}
