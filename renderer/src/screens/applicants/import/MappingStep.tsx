import { Alert, Badge, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicantFieldKey } from '../../../../../shared/selection/applicant-fields';
import { BusyButton } from '../../../components/BusyButton';
import { fieldKeys, requiredFields } from '../fields';
import { missingRequired, type Mapping } from './mapping';

const IGNORE = '';

interface Props {
  fileName: string;
  headers: string[];
  mapping: Mapping;
  /** What Panelis proposed when it read the file, to mark the columns it recognised. */
  proposed: Mapping;
  busy: boolean;
  onChange(header: string, field: ApplicantFieldKey | null): void;
  onNext(): void;
}

/** Step 2: each spreadsheet header with the applicant field it goes to. */
export function MappingStep({ fileName, headers, mapping, proposed, busy, onChange, onNext }: Props) {
  const { t } = useTranslation();
  const missing = missingRequired(mapping);
  const headerOf = (field: ApplicantFieldKey) => headers.find((h) => mapping[h] === field);

  function options(header: string) {
    return [
      { value: IGNORE, label: t('people.import.mapping.ignore') },
      ...fieldKeys.map((key) => {
        const name = requiredFields.has(key)
          ? t('people.import.mapping.requiredMark', { field: t(`people.fields.${key}`) })
          : t(`people.fields.${key}`);
        const owner = headerOf(key);
        return { value: key, label: owner && owner !== header ? t('people.import.mapping.usedBy', { field: name, header: owner }) : name };
      }),
    ];
  }

  return (
    <Stack gap="md">
      <Text>{t('people.import.mapping.intro', { file: fileName })}</Text>
      {missing.length > 0 && (
        <Alert color="red" variant="light" role="alert" data-testid="mapping-missing">
          {t('people.import.mapping.missing', { fields: missing.map((f) => t(`people.fields.${f}`)).join(', ') })}
        </Alert>
      )}
      <Table withTableBorder verticalSpacing={6} data-testid="mapping-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('people.import.mapping.header')}</Table.Th>
            <Table.Th scope="col">{t('people.import.mapping.field')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {headers.map((header) => {
            const value = mapping[header] ?? null;
            const auto = value !== null && proposed[header] === value;
            return (
              <Table.Tr key={header}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Group gap="xs">
                    <Text size="sm" fw={500} component="span">
                      {header}
                    </Text>
                    {proposed[header] === null && value === null && (
                      <Badge size="xs" variant="light" color="orange" tt="none">
                        {t('people.import.mapping.unknown')}
                      </Badge>
                    )}
                    {auto && (
                      <Badge size="xs" variant="light" tt="none">
                        {t('people.import.mapping.auto')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td w="50%">
                  <NativeSelect
                    aria-label={t('people.import.mapping.fieldLabel', { header })}
                    value={value ?? IGNORE}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      onChange(header, v === IGNORE ? null : (fieldKeys.find((k) => k === v) ?? null));
                    }}
                    data={options(header)}
                    disabled={busy}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end">
        <BusyButton busy={busy} busyLabel={t('people.import.mapping.rechecking')} disabled={missing.length > 0} onClick={onNext}>
          {t('people.import.mapping.next')}
        </BusyButton>
      </Group>
    </Stack>
  );
}
