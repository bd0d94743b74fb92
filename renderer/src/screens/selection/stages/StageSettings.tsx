import { Input, Radio, Group, SegmentedControl, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '../../../../../shared/selection/rubric';
import type { Stage } from '../../../../../shared/selection/selection';
import { useEditor } from '../editor-context';
import { useProblemText } from '../fields/problem-text';
import { dropGateTieBreaks, patchStage, setStageKind, then } from '../model/stages';

/** Name, gate or scored, sistem gugur, who provides the scores. */
export function StageSettings({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const { edit } = useEditor();
  const nameError = useProblemText(['stages', stage.id, 'name']);
  // The rubric a stage drops when it becomes a gate, restored if it becomes scored again.
  const keptRubric = useRef<Rubric | null>(null);

  function changeKind(kind: Stage['kind']) {
    if (kind === 'gate') keptRubric.current = stage.rubric;
    edit(then(setStageKind(stage.id, kind, keptRubric.current), dropGateTieBreaks()));
  }

  return (
    <Stack gap="md">
      <TextInput
        label={t('setup.stages.name')}
        value={stage.name}
        onChange={(e) => edit(patchStage(stage.id, { name: e.currentTarget.value }))}
        error={nameError}
        aria-invalid={nameError ? true : undefined}
        required
      />
      <Stack gap={4}>
        <Input.Label id={`kind-${stage.id}`} component="div">
          {t('setup.stages.kind')}
        </Input.Label>
        <SegmentedControl
          aria-labelledby={`kind-${stage.id}`}
          value={stage.kind}
          onChange={(v) => changeKind(v === 'gate' ? 'gate' : 'scored')}
          data={[
            { value: 'gate', label: t('setup.stages.gate') },
            { value: 'scored', label: t('setup.stages.scored') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        <Text size="xs" c="dimmed">
          {stage.kind === 'gate' ? t('setup.stages.gateHint') : t('setup.stages.scoredHint')}
        </Text>
      </Stack>
      <Switch
        label={t('setup.stages.eliminates')}
        description={t('setup.stages.eliminatesHint')}
        checked={stage.eliminates}
        onChange={(e) => edit(patchStage(stage.id, { eliminates: e.currentTarget.checked }))}
      />
      <Radio.Group
        label={t('setup.stages.source')}
        value={stage.source}
        onChange={(v) => edit(patchStage(stage.id, { source: v === 'external' ? 'external' : 'panel' }))}
      >
        <Group gap="lg" mt={4}>
          <Radio value="panel" label={t('setup.stages.sourcePanel')} />
          <Radio value="external" label={t('setup.stages.sourceExternal')} />
        </Group>
      </Radio.Group>
    </Stack>
  );
}
