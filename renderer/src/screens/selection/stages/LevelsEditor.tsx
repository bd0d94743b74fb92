import { ActionIcon, Button, Group, Stack, Table, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Criterion, Level } from '../../../../../shared/selection/rubric';
import { useEditor } from '../editor-context';
import { NumberField } from '../fields/NumberField';
import { useProblemText } from '../fields/problem-text';
import { addLevel, MAX_LEVELS, MIN_LEVELS, patchCriterion, patchLevel, removeLevel } from '../model/rubric-edits';

interface RowProps {
  stageId: string;
  criterion: Criterion;
  level: Level;
  index: number;
  count: number;
  duplicate: boolean;
}

function LevelRow({ stageId, criterion, level, index, count, duplicate }: RowProps) {
  const { t } = useTranslation();
  const { edit } = useEditor();
  const base = ['stages', stageId, 'rubric', 'criteria', criterion.id, 'scale', 'levels', index];
  const labelError = useProblemText([...base, 'label']);
  const descriptorError = useProblemText([...base, 'descriptor']);
  const setScale = (fn: (c: Criterion) => Criterion) => edit(patchCriterion(stageId, criterion.id, fn));
  const who = { n: index + 1, criterion: criterion.code || criterion.name };
  return (
    <Table.Tr>
      <Table.Td w={80} style={{ verticalAlign: 'top' }}>
        <NumberField
          aria-label={t('setup.levels.valueOf', who)}
          value={level.value}
          onValue={(v) => v !== null && setScale((c) => ({ ...c, scale: patchLevel(c.scale, index, { value: v }) }))}
          error={duplicate ? t('setup.levels.duplicate') : undefined}
        />
      </Table.Td>
      <Table.Td w={210} style={{ verticalAlign: 'top' }}>
        <TextInput
          aria-label={t('setup.levels.labelOf', who)}
          value={level.label}
          onChange={(e) => {
            const label = e.currentTarget.value;
            setScale((c) => ({ ...c, scale: patchLevel(c.scale, index, { label }) }));
          }}
          error={labelError}
          aria-invalid={labelError ? true : undefined}
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Textarea
          aria-label={t('setup.levels.descriptorOf', who)}
          value={level.descriptor}
          onChange={(e) => {
            const descriptor = e.currentTarget.value;
            setScale((c) => ({ ...c, scale: patchLevel(c.scale, index, { descriptor }) }));
          }}
          autosize
          minRows={1}
          maxRows={6}
          placeholder={t('setup.levels.descriptorPlaceholder')}
          error={descriptorError}
        />
      </Table.Td>
      <Table.Td w={40} style={{ verticalAlign: 'top' }}>
        <ActionIcon
          variant="subtle"
          color="red"
          mt={6}
          aria-label={t('setup.levels.remove', who)}
          disabled={count <= MIN_LEVELS}
          onClick={() => setScale((c) => ({ ...c, scale: removeLevel(c.scale, index) }))}
        >
          <span aria-hidden>✕</span>
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

/** Anchored levels: a value, a short label and what a scorer must see to give it. */
export function LevelsEditor({ stageId, criterion, levels }: { stageId: string; criterion: Criterion; levels: Level[] }) {
  const { t } = useTranslation();
  const { edit } = useEditor();
  const values = levels.map((l) => l.value);
  const label = (value: number) => t('setup.levels.defaultLabel', { value });
  return (
    <Stack gap="xs">
      <Table verticalSpacing={4} horizontalSpacing={6} withRowBorders={false} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('setup.levels.value')}</Table.Th>
            <Table.Th w={210}>{t('setup.levels.label')}</Table.Th>
            <Table.Th>{t('setup.levels.descriptor')}</Table.Th>
            <Table.Th w={40}>
              <VisuallyHidden>{t('setup.common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {levels.map((level, i) => (
            <LevelRow
              key={i}
              stageId={stageId}
              criterion={criterion}
              level={level}
              index={i}
              count={levels.length}
              duplicate={values.indexOf(level.value) !== i}
            />
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          disabled={levels.length >= MAX_LEVELS}
          onClick={() => edit(patchCriterion(stageId, criterion.id, (c) => ({ ...c, scale: addLevel(c.scale, label) })))}
        >
          {t('setup.levels.add')}
        </Button>
      </Group>
    </Stack>
  );
}
