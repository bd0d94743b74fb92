import { ActionIcon, Badge, Box, Button, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { stageWeightSum, type SelectionSetup, type Stage } from '../../../../../shared/selection/selection';
import { WARNING_TEXT } from '../colors';
import { useEditor } from '../editor-context';
import { NumberField } from '../fields/NumberField';
import { useProblemText } from '../fields/problem-text';
import { WeightSum } from '../fields/WeightSum';
import { formatPercent, formatPercentRange } from '../format';
import { addStage, MAX_STAGES, moveStage, patchStage } from '../model/stages';

interface Props {
  setup: SelectionSetup;
  selectedId: string | null;
  onSelect(stageId: string): void;
  readOnly: boolean;
}

function GuideNote({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  const guide = stage.weightGuide;
  if (!guide || stage.kind !== 'scored') return null;
  const outside = stage.weight < guide.min || stage.weight > guide.max;
  const range = formatPercentRange(guide.min, guide.max, lang);
  return outside ? (
    <Text size="xs" c={WARNING_TEXT} fw={600} data-testid="guide-warning">
      {t('setup.stages.guideOutside', { weight: formatPercent(stage.weight, lang), range, source: guide.source })}
    </Text>
  ) : (
    <Text size="xs" c="dimmed">
      {t('setup.stages.guideInside', { range, source: guide.source })}
    </Text>
  );
}

function StageRow({
  stage,
  index,
  count,
  selected,
  onSelect,
  readOnly,
}: {
  stage: Stage;
  index: number;
  count: number;
  selected: boolean;
  onSelect(): void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { edit, lang } = useEditor();
  const weightError = useProblemText(['stages', stage.id, 'weight']);
  const kindLabel =
    stage.kind === 'gate'
      ? t('setup.stages.gateShort')
      : stage.source === 'external'
        ? t('setup.stages.externalShort')
        : t('setup.stages.panelShort');
  return (
    <Box
      component="li"
      p="xs"
      style={{
        listStyle: 'none',
        borderRadius: 6,
        border: `1px solid var(--mantine-color-${selected ? 'blue-6' : 'gray-3'})`,
        background: selected ? 'var(--mantine-color-blue-0)' : 'white',
      }}
      data-testid="stage-row"
    >
      <Group gap="xs" wrap="nowrap" align="center">
        <UnstyledButton onClick={onSelect} aria-current={selected ? 'true' : undefined} style={{ flex: 1, minWidth: 0 }}>
          <Text component="span" display="block" size="sm" fw={600} lineClamp={2}>
            {index + 1}. {stage.name || t('setup.issues.unnamedStage')}
          </Text>
          <Group component="span" gap={4}>
            <Badge component="span" size="xs" variant="light" color={stage.kind === 'gate' ? 'gray' : 'blue'} tt="none">
              {kindLabel}
            </Badge>
            {stage.eliminates && (
              <Badge component="span" size="xs" variant="light" color="orange" tt="none">
                {t('setup.stages.eliminatesShort')}
              </Badge>
            )}
          </Group>
        </UnstyledButton>
        {stage.kind === 'scored' &&
          (readOnly ? (
            <Text size="sm" fw={600}>
              {formatPercent(stage.weight, lang)}
            </Text>
          ) : (
            <NumberField
              aria-label={t('setup.stages.weightOf', { stage: stage.name })}
              value={stage.weight}
              onValue={(v) => v !== null && edit(patchStage(stage.id, { weight: v }))}
              min={0}
              max={100}
              allowNegative={false}
              rightSection={
                <Text size="sm" aria-hidden>
                  %
                </Text>
              }
              w={92}
              error={weightError ? true : undefined}
            />
          ))}
        {!readOnly && (
          <Stack gap={0}>
            <ActionIcon
              size="sm"
              variant="subtle"
              aria-label={t('setup.stages.up', { stage: stage.name })}
              disabled={index === 0}
              onClick={() => edit(moveStage(stage.id, -1))}
            >
              <span aria-hidden>↑</span>
            </ActionIcon>
            <ActionIcon
              size="sm"
              variant="subtle"
              aria-label={t('setup.stages.down', { stage: stage.name })}
              disabled={index === count - 1}
              onClick={() => edit(moveStage(stage.id, 1))}
            >
              <span aria-hidden>↓</span>
            </ActionIcon>
          </Stack>
        )}
      </Group>
      {weightError && (
        <Text size="xs" c="red.9">
          {weightError}
        </Text>
      )}
      <GuideNote stage={stage} />
    </Box>
  );
}

/** The stages in order with their weights and the running total of the scored ones. */
export function StageList({ setup, selectedId, onSelect, readOnly }: Props) {
  const { t } = useTranslation();
  const { edit } = useEditor();
  const scored = setup.stages.filter((s) => s.kind === 'scored');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="stage-list-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="stage-list-title">
          {t('setup.stages.heading')}
        </Title>
        {setup.stages.length === 0 ? (
          <Text size="sm">{readOnly ? t('setup.stages.emptyReadOnly') : t('setup.stages.empty')}</Text>
        ) : (
          <Stack component="ol" gap={6} p={0} m={0}>
            {setup.stages.map((stage, i) => (
              <StageRow
                key={stage.id}
                stage={stage}
                index={i}
                count={setup.stages.length}
                selected={stage.id === selectedId}
                onSelect={() => onSelect(stage.id)}
                readOnly={readOnly}
              />
            ))}
          </Stack>
        )}
        {scored.length > 0 && (
          <Box aria-live="polite">
            <WeightSum label={t('setup.stages.total')} weights={scored.map((s) => s.weight)} testId="stage-weight-total" />
            {Math.abs(stageWeightSum(setup.stages) - 100) > 1e-6 && (
              <Text size="xs" c="red.9">
                {t('setup.stages.totalHint')}
              </Text>
            )}
          </Box>
        )}
        {!readOnly && (
          <Group>
            <Button
              variant="light"
              disabled={setup.stages.length >= MAX_STAGES}
              onClick={() => {
                const added = addStage(t('setup.stages.newName'));
                edit(added.edit);
                onSelect(added.id);
              }}
            >
              {t('setup.stages.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
