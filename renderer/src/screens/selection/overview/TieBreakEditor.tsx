import { ActionIcon, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectionSetup } from '../../../../../shared/selection/selection';
import { useEditor } from '../editor-context';
import { addTieBreak, availableTieBreaks, MAX_TIE_BREAK, moveTieBreak, removeTieBreak, tieBreakKey } from '../model/tie-break';
import { tieBreakText } from './tie-break-text';

/** The order in which ties on the final score are broken; anything still equal shares a rank. */
export function TieBreakEditor({ setup, readOnly }: { setup: SelectionSetup; readOnly: boolean }) {
  const { t } = useTranslation();
  const { edit } = useEditor();
  const [choice, setChoice] = useState<string | null>(null);
  const available = availableTieBreaks(setup);
  const chosen = available.find((r) => tieBreakKey(r) === choice) ?? null;
  const full = setup.tieBreak.length >= MAX_TIE_BREAK;

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="tiebreak-title">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id="tiebreak-title">
            {t('setup.tieBreak.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('setup.tieBreak.intro')}
          </Text>
        </Stack>
        {setup.tieBreak.length === 0 ? (
          <Text size="sm">{t('setup.tieBreak.empty')}</Text>
        ) : (
          <Stack component="ol" gap={2} p={0} m={0} data-testid="tie-break-list">
            {setup.tieBreak.map((rule, i) => {
              const text = tieBreakText(rule, setup, t);
              return (
                <Group
                  component="li"
                  key={tieBreakKey(rule)}
                  justify="space-between"
                  wrap="nowrap"
                  gap="xs"
                  py={2}
                  style={{ listStyle: 'none', borderBottom: '1px solid var(--mantine-color-gray-2)' }}
                >
                  <Text size="sm">
                    <Text component="span" size="sm" fw={600} aria-hidden>
                      {i + 1}.{' '}
                    </Text>
                    <span data-testid="tie-break-rule">{text}</span>
                  </Text>
                  {!readOnly && (
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        size="sm"
                        aria-label={t('setup.tieBreak.up', { rule: text })}
                        disabled={i === 0}
                        onClick={() => edit(moveTieBreak(i, -1))}
                      >
                        <span aria-hidden>↑</span>
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        size="sm"
                        aria-label={t('setup.tieBreak.down', { rule: text })}
                        disabled={i === setup.tieBreak.length - 1}
                        onClick={() => edit(moveTieBreak(i, 1))}
                      >
                        <span aria-hidden>↓</span>
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        size="sm"
                        color="red"
                        aria-label={t('setup.tieBreak.remove', { rule: text })}
                        onClick={() => edit(removeTieBreak(i))}
                      >
                        <span aria-hidden>✕</span>
                      </ActionIcon>
                    </Group>
                  )}
                </Group>
              );
            })}
          </Stack>
        )}
        <Text size="sm" c="dimmed">
          {t('setup.tieBreak.finally')}
        </Text>
        {!readOnly && available.length > 0 && (
          <Group align="flex-end" gap="xs">
            <Select
              label={t('setup.tieBreak.addLabel')}
              placeholder={t('setup.tieBreak.addPlaceholder')}
              data={available.map((r) => ({ value: tieBreakKey(r), label: tieBreakText(r, setup, t) }))}
              value={choice}
              onChange={setChoice}
              searchable
              nothingFoundMessage={t('setup.common.nothingFound')}
              disabled={full}
              w={320}
            />
            <Button
              variant="light"
              disabled={!chosen || full}
              onClick={() => {
                if (chosen) edit(addTieBreak(chosen));
                setChoice(null);
              }}
            >
              {t('setup.tieBreak.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
