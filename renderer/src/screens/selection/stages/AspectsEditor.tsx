import { ActionIcon, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Aspect, Rubric } from '../../../../../shared/selection/rubric';
import { useEditor } from '../editor-context';
import { NumberField } from '../fields/NumberField';
import { useProblemText } from '../fields/problem-text';
import { WeightSum } from '../fields/WeightSum';
import { addAspect, MAX_ASPECTS, moveAspect, patchAspect, removeAspect } from '../model/rubric-edits';

function AspectRow({
  stageId,
  aspect,
  index,
  count,
  weighted,
}: {
  stageId: string;
  aspect: Aspect;
  index: number;
  count: number;
  weighted: boolean;
}) {
  const { t } = useTranslation();
  const { edit } = useEditor();
  const nameError = useProblemText(['stages', stageId, 'rubric', 'aspects', aspect.id, 'name']);
  const weightError = useProblemText(['stages', stageId, 'rubric', 'aspects', aspect.id, 'weight']);
  const n = index + 1;
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <TextInput
        aria-label={t('setup.aspects.nameOf', { n })}
        value={aspect.name}
        onChange={(e) => edit(patchAspect(stageId, aspect.id, { name: e.currentTarget.value }))}
        error={nameError}
        aria-invalid={nameError ? true : undefined}
        style={{ flex: 1 }}
      />
      {weighted && (
        <NumberField
          aria-label={t('setup.aspects.weightOf', { aspect: aspect.name })}
          value={aspect.weight}
          onValue={(v) => v !== null && edit(patchAspect(stageId, aspect.id, { weight: v }))}
          min={0}
          max={100}
          allowNegative={false}
          rightSection={
            <Text size="sm" aria-hidden>
              %
            </Text>
          }
          w={100}
          error={weightError}
        />
      )}
      <ActionIcon
        variant="subtle"
        mt={6}
        aria-label={t('setup.aspects.up', { aspect: aspect.name })}
        disabled={index === 0}
        onClick={() => edit(moveAspect(stageId, aspect.id, -1))}
      >
        <span aria-hidden>↑</span>
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        mt={6}
        aria-label={t('setup.aspects.down', { aspect: aspect.name })}
        disabled={index === count - 1}
        onClick={() => edit(moveAspect(stageId, aspect.id, 1))}
      >
        <span aria-hidden>↓</span>
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        mt={6}
        aria-label={t('setup.aspects.remove', { aspect: aspect.name })}
        onClick={() => edit(removeAspect(stageId, aspect.id))}
      >
        <span aria-hidden>✕</span>
      </ActionIcon>
    </Group>
  );
}

/** Optional groups of criteria (kompetensi manajerial, sosial kultural) with their weights. */
export function AspectsEditor({ stageId, rubric }: { stageId: string; rubric: Rubric }) {
  const { t } = useTranslation();
  const { edit } = useEditor();
  const weighted = rubric.combine === 'weighted';
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('setup.aspects.heading')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('setup.aspects.intro')}
      </Text>
      {rubric.aspects.map((a, i) => (
        <AspectRow key={a.id} stageId={stageId} aspect={a} index={i} count={rubric.aspects.length} weighted={weighted} />
      ))}
      {weighted && rubric.aspects.length > 0 && (
        <WeightSum label={t('setup.aspects.total')} weights={rubric.aspects.map((a) => a.weight)} testId="aspect-weight-total" />
      )}
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          disabled={rubric.aspects.length >= MAX_ASPECTS}
          onClick={() => edit(addAspect(stageId, t('setup.aspects.newName')))}
        >
          {t('setup.aspects.add')}
        </Button>
      </Group>
    </Stack>
  );
}
