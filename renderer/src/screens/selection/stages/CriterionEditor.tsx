import { Button, Checkbox, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { scaleRange, type Criterion, type Rubric } from '../../../../../shared/selection/rubric';
import { useEditor } from '../editor-context';
import { ConfirmButton } from '../fields/ConfirmButton';
import { NumberField } from '../fields/NumberField';
import { useProblemText } from '../fields/problem-text';
import { formatRange } from '../format';
import { moveCriterion, patchCriterion, removeCriterion } from '../model/rubric-edits';
import { ScaleEditor } from './ScaleEditor';

interface Props {
  stageId: string;
  rubric: Rubric;
  criterion: Criterion;
  first: boolean;
  last: boolean;
}

/** Every field of one criterion, as the accordion panel under its summary. */
export function CriterionEditor({ stageId, rubric, criterion, first, last }: Props) {
  const { t } = useTranslation();
  const { edit, lang } = useEditor();
  const base = ['stages', stageId, 'rubric', 'criteria', criterion.id];
  const codeError = useProblemText([...base, 'code']);
  const nameError = useProblemText([...base, 'name']);
  const weightError = useProblemText([...base, 'weight']);
  const descriptionError = useProblemText([...base, 'description']);
  const patch = (p: Partial<Criterion>) => edit(patchCriterion(stageId, criterion.id, p));
  const who = criterion.code || criterion.name;
  const range = scaleRange(criterion.scale);
  const minimumOutside = criterion.minimum !== null && (criterion.minimum < range.min || criterion.minimum > range.max);
  const typed =
    criterion.description.length > 0 || (criterion.scale.type === 'levels' && criterion.scale.levels.some((l) => l.descriptor.length > 0));

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <TextInput
          label={t('setup.criteria.code')}
          value={criterion.code}
          onChange={(e) => patch({ code: e.currentTarget.value })}
          error={codeError}
          w={110}
        />
        <TextInput
          label={t('setup.criteria.name')}
          value={criterion.name}
          onChange={(e) => patch({ name: e.currentTarget.value })}
          error={nameError}
          aria-invalid={nameError ? true : undefined}
          required
          style={{ flex: 1 }}
        />
        {rubric.combine === 'weighted' && (
          <NumberField
            label={t('setup.criteria.weight')}
            aria-label={t('setup.criteria.weightOf', { criterion: who })}
            value={criterion.weight}
            onValue={(v) => v !== null && patch({ weight: v })}
            min={0}
            max={100}
            allowNegative={false}
            rightSection={
              <Text size="sm" aria-hidden>
                %
              </Text>
            }
            w={110}
            error={weightError}
          />
        )}
      </Group>
      {rubric.aspects.length > 0 && (
        <Select
          label={t('setup.criteria.aspect')}
          data={rubric.aspects.map((a) => ({ value: a.id, label: a.name }))}
          value={criterion.aspectId}
          onChange={(v) => patch({ aspectId: v })}
          placeholder={t('setup.criteria.aspectNone')}
          error={
            criterion.aspectId === null || !rubric.aspects.some((a) => a.id === criterion.aspectId)
              ? t('setup.criteria.aspectRequired')
              : undefined
          }
          allowDeselect={false}
          maw={420}
        />
      )}
      <Textarea
        label={t('setup.criteria.description')}
        description={t('setup.criteria.descriptionHint')}
        value={criterion.description}
        onChange={(e) => patch({ description: e.currentTarget.value })}
        autosize
        minRows={2}
        maxRows={8}
        error={descriptionError}
      />
      <ScaleEditor stageId={stageId} criterion={criterion} />
      <Group gap="lg" align="flex-start">
        <NumberField
          label={t('setup.criteria.minimum')}
          description={t('setup.criteria.minimumHint', { range: formatRange(range.min, range.max, lang) })}
          value={criterion.minimum}
          nullable
          onValue={(v) => patch({ minimum: v })}
          w={260}
          error={minimumOutside ? t('setup.criteria.minimumOutside', { range: formatRange(range.min, range.max, lang) }) : undefined}
        />
        <Checkbox
          mt={28}
          label={t('setup.criteria.justification')}
          description={t('setup.criteria.justificationHint')}
          checked={criterion.justificationRequired}
          onChange={(e) => patch({ justificationRequired: e.currentTarget.checked })}
          maw={360}
        />
      </Group>
      <Group gap="xs" justify="flex-end">
        <Button variant="default" size="compact-sm" disabled={first} onClick={() => edit(moveCriterion(stageId, criterion.id, -1))}>
          {t('setup.criteria.up')}
        </Button>
        <Button variant="default" size="compact-sm" disabled={last} onClick={() => edit(moveCriterion(stageId, criterion.id, 1))}>
          {t('setup.criteria.down')}
        </Button>
        <ConfirmButton
          variant="light"
          color="red"
          size="compact-sm"
          question={typed ? t('setup.criteria.removeQuestion', { criterion: who }) : null}
          confirmLabel={t('setup.criteria.remove')}
          onConfirm={() => edit(removeCriterion(stageId, criterion.id))}
        >
          {t('setup.criteria.remove')}
        </ConfirmButton>
      </Group>
    </Stack>
  );
}
