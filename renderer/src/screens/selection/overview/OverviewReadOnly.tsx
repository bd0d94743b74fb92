import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateLong } from '../../../../../shared/format';
import type { SelectionSetup } from '../../../../../shared/selection/selection';
import { useEditor } from '../editor-context';
import { formatValue } from '../format';

/** The selection's facts for people who may read but not change them. */
export function OverviewReadOnly({ setup }: { setup: SelectionSetup }) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  const none = t('setup.general.notSet');
  const date = (iso: string | null) => (iso ? formatDateLong(iso, lang) : none);
  const rows: [string, string][] = [
    [t('setup.general.title'), setup.title],
    [t('setup.general.kind'), t(`setup.kinds.${setup.kind}`)],
    [t('setup.general.agency'), setup.agency || none],
    [t('setup.general.unit'), setup.unit || none],
    [t('setup.general.address'), setup.address || none],
    [t('setup.general.decreeNumber'), setup.decreeNumber || none],
    [t('setup.general.startDate'), date(setup.startDate)],
    [t('setup.general.endDate'), date(setup.endDate)],
  ];
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="general-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="general-title">
            {t('setup.general.heading')}
          </Title>
          <Table variant="vertical" layout="fixed" withTableBorder={false}>
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={260}>{label}</Table.Th>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Paper>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="positions-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="positions-title">
            {t('setup.positions.heading')}
          </Title>
          {setup.positions.length === 0 ? (
            <Text size="sm">{t('setup.positions.emptyReadOnly')}</Text>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('setup.positions.name')}</Table.Th>
                  <Table.Th>{t('setup.positions.places')}</Table.Th>
                  <Table.Th>{t('setup.positions.propose')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {setup.positions.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td>{formatValue(p.places, lang)}</Table.Td>
                    <Table.Td>{formatValue(p.proposePerPlace, lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
