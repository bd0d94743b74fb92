import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../shared/contract';
import { useKnownStatus } from '../../../state/app-status';
import { displayValue, fieldKeys } from '../fields';

const MAX_COLUMNS = 7;

/** The first accepted rows as main will store them: what normalising did is visible before committing. */
export function SampleTable({ sample }: { sample: ImportPreview['sample'] }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  if (sample.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('people.import.check.sampleEmpty')}
      </Text>
    );
  const present = fieldKeys.filter((k) => sample.some((r) => r[k])).slice(0, MAX_COLUMNS);
  const gender = (g: 'L' | 'P') => t(`people.gender.${g}`);
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped withTableBorder fz="sm" data-testid="import-sample">
        <Table.Thead>
          <Table.Tr>
            {present.map((k) => (
              <Table.Th key={k} scope="col">
                {t(`people.fields.${k}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sample.map((r, i) => (
            <Table.Tr key={i}>
              {present.map((k) => (
                <Table.Td key={k}>{displayValue(k, r[k], lang, gender)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
