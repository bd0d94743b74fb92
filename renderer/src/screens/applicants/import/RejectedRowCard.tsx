import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RejectedRow } from '../../../../../shared/contract';
import type { ApplicantFieldKey } from '../../../../../shared/selection/applicant-fields';
import { useKnownStatus } from '../../../state/app-status';

interface Props {
  row: RejectedRow;
  /** What the secretary typed for this row so far. */
  typed: Partial<Record<ApplicantFieldKey, string>>;
  onType(field: ApplicantFieldKey, value: string): void;
}

/** One rejected spreadsheet row: its number as Excel shows it, the reasons, and inputs to fix it here. */
export function RejectedRowCard({ row, typed, onType }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const fields = [...new Set(row.reasons.map((r) => r.field).filter((f): f is ApplicantFieldKey => f !== null))];
  const unfixable = row.reasons.some((r) => r.field === null);
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      component="li"
      aria-label={t('people.import.check.rowLabel', { row: row.rowNumber })}
      data-testid="rejected-row"
    >
      <Stack gap="xs">
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <Badge color="red" variant="light" tt="none" style={{ flexShrink: 0 }}>
            {t('people.import.check.row', { row: row.rowNumber })}
          </Badge>
          <List size="sm" spacing={2} style={{ flex: 1 }}>
            {row.reasons.map((r, i) => (
              <List.Item key={i}>{r.message[lang]}</List.Item>
            ))}
          </List>
        </Group>
        {fields.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {fields.map((field) => (
              <TextInput
                key={field}
                label={t('people.import.check.fix', { field: t(`people.fields.${field}`), row: row.rowNumber })}
                value={typed[field] ?? row.values[field] ?? ''}
                onChange={(e) => onType(field, e.currentTarget.value)}
                maxLength={2000}
                spellCheck={false}
                autoComplete="off"
              />
            ))}
          </SimpleGrid>
        )}
        {unfixable && (
          <Text size="sm" c="dimmed">
            {t('people.import.check.rowNoField')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
