import { ActionIcon, Button, Group, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Position } from '../../../../../shared/selection/selection';
import { useEditor } from '../editor-context';
import { NumberField } from '../fields/NumberField';
import { useProblemText } from '../fields/problem-text';
import { addPosition, MAX_POSITIONS, patchPosition, removePosition } from '../model/stages';

function PositionRow({ position, index }: { position: Position; index: number }) {
  const { t } = useTranslation();
  const { edit } = useEditor();
  const n = index + 1;
  const nameError = useProblemText(['positions', position.id, 'name']);
  const placesError = useProblemText(['positions', position.id, 'places']);
  const proposeError = useProblemText(['positions', position.id, 'proposePerPlace']);
  return (
    <Table.Tr>
      <Table.Td>
        <TextInput
          aria-label={t('setup.positions.nameOf', { n })}
          value={position.name}
          onChange={(e) => edit(patchPosition(position.id, { name: e.currentTarget.value }))}
          error={nameError}
          aria-invalid={nameError ? true : undefined}
        />
      </Table.Td>
      <Table.Td w={130}>
        <NumberField
          aria-label={t('setup.positions.placesOf', { n })}
          value={position.places}
          onValue={(v) => v !== null && edit(patchPosition(position.id, { places: v }))}
          allowDecimal={false}
          allowNegative={false}
          error={placesError}
        />
      </Table.Td>
      <Table.Td w={150}>
        <NumberField
          aria-label={t('setup.positions.proposeOf', { n })}
          value={position.proposePerPlace}
          onValue={(v) => v !== null && edit(patchPosition(position.id, { proposePerPlace: v }))}
          allowDecimal={false}
          allowNegative={false}
          error={proposeError}
        />
      </Table.Td>
      <Table.Td w={90}>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('setup.positions.remove', { name: position.name || n })}
          onClick={() => edit(removePosition(position.id))}
        >
          <span aria-hidden>✕</span>
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

/** The posts being filled: how many places, how many candidates proposed per place. */
export function PositionsEditor({ positions }: { positions: Position[] }) {
  const { t } = useTranslation();
  const { edit } = useEditor();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="positions-title">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id="positions-title">
            {t('setup.positions.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('setup.positions.intro')}
          </Text>
        </Stack>
        {positions.length === 0 ? (
          <Text size="sm">{t('setup.positions.empty')}</Text>
        ) : (
          <Table verticalSpacing={4} withRowBorders={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('setup.positions.name')}</Table.Th>
                <Table.Th>{t('setup.positions.places')}</Table.Th>
                <Table.Th>{t('setup.positions.propose')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('setup.common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {positions.map((p, i) => (
                <PositionRow key={p.id} position={p} index={i} />
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group>
          <Button
            variant="light"
            onClick={() => edit(addPosition(t('setup.positions.newName')))}
            disabled={positions.length >= MAX_POSITIONS}
          >
            {t('setup.positions.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
