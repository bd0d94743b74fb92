import { Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { selectionKinds, type SelectionSetup } from '../../../../../shared/selection/selection';
import { useEditor } from '../editor-context';
import { DateField } from '../fields/DateField';
import { useProblemText } from '../fields/problem-text';

type TextKey = 'title' | 'agency' | 'unit' | 'decreeNumber';

/** Title, agency, unit, address, decree and dates: what the documents' headings will say. */
export function GeneralForm({ setup }: { setup: SelectionSetup }) {
  const { t } = useTranslation();
  const { edit } = useEditor();
  const set = (patch: Partial<SelectionSetup>) => edit((s) => ({ ...s, ...patch }));
  const endBeforeStart = setup.startDate !== null && setup.endDate !== null && setup.endDate < setup.startDate;
  const problems = {
    title: useProblemText(['title']),
    agency: useProblemText(['agency']),
    unit: useProblemText(['unit']),
    decreeNumber: useProblemText(['decreeNumber']),
    address: useProblemText(['address']),
  };
  const text = (key: TextKey, hint?: string) => (
    <TextInput
      label={t(`setup.general.${key}`)}
      description={hint}
      value={setup[key]}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
      error={problems[key]}
      aria-invalid={problems[key] ? true : undefined}
      required={key === 'title'}
    />
  );

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="general-title">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h4" id="general-title">
            {t('setup.general.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('setup.general.intro')}
          </Text>
        </Stack>
        {text('title')}
        <SimpleGrid cols={2} spacing="md">
          {text('agency', t('setup.general.agencyHint'))}
          {text('unit', t('setup.general.unitHint'))}
        </SimpleGrid>
        <Textarea
          label={t('setup.general.address')}
          value={setup.address}
          onChange={(e) => set({ address: e.currentTarget.value })}
          autosize
          minRows={2}
          error={problems.address}
        />
        <SimpleGrid cols={2} spacing="md">
          {text('decreeNumber', t('setup.general.decreeHint'))}
          <Select
            label={t('setup.general.kind')}
            description={t('setup.general.kindHint')}
            data={selectionKinds.map((k) => ({ value: k, label: t(`setup.kinds.${k}`) }))}
            value={setup.kind}
            onChange={(v) => {
              const kind = selectionKinds.find((k) => k === v);
              if (kind) set({ kind });
            }}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="md">
          <DateField label={t('setup.general.startDate')} value={setup.startDate} onValue={(startDate) => set({ startDate })} />
          <DateField
            label={t('setup.general.endDate')}
            value={setup.endDate}
            onValue={(endDate) => set({ endDate })}
            error={endBeforeStart ? t('setup.general.endBeforeStart') : undefined}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
