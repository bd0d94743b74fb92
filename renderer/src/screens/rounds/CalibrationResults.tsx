import { Alert, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalibrationResults as Results } from '../../../../shared/contract';
import { useKnownStatus } from '../../state/app-status';
import { formatDifference, formatMean } from './numbers';
import { ReadingBadge } from './Reading';

/**
 * Per criterion, the panel's mean over every scorer and case, and each member's own mean with
 * how far it sits from the panel: who reads the descriptors more leniently or strictly.
 */
export function CalibrationResults({ results }: { results: Results }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const titleId = `calibration-results-${results.round.id}`;
  const criteria = results.rubric.criteria;
  const byCriterion = new Map(results.criteria.map((c) => [c.criterionId, c]));
  const people = new Map<string, string>();
  for (const c of results.criteria) for (const m of c.members) people.set(m.personId, m.name);
  const dash = t('rounds.noValue');

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId} data-testid="calibration-results">
      <Title order={5} size="h6" id={titleId}>
        {t('rounds.calibration.results.heading')}
      </Title>
      <Alert variant="light" color="blue" p="xs">
        {t('rounds.calibration.neverCounts')}
      </Alert>
      <Text size="sm">{t('rounds.calibration.results.intro')}</Text>
      {results.cases.length > 0 && (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('rounds.calibration.casesHeading')}
          </Text>
          <List size="sm" spacing={2}>
            {results.cases.map((c) => (
              <List.Item key={c.id}>
                <Text span size="sm" fw={500}>
                  {c.label}
                </Text>
                {c.description && (
                  <Text span size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {' — '}
                    {c.description}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {people.size === 0 ? (
        <Text size="sm">{t('rounds.calibration.results.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={Math.max(520, 180 + criteria.length * 150)}>
          <Table withTableBorder withColumnBorders verticalSpacing={6} bg="white" data-testid="calibration-table">
            <Table.Caption>{t('rounds.calibration.results.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rounds.calibration.results.member')}</Table.Th>
                {criteria.map((c) => (
                  <Table.Th scope="col" key={c.id}>
                    {c.code ? `${c.code} · ${c.name}` : c.name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr bg="gray.0">
                <Table.Th scope="row">{t('rounds.calibration.results.panel')}</Table.Th>
                {criteria.map((c) => {
                  const m = byCriterion.get(c.id)?.panelMean ?? null;
                  return (
                    <Table.Td key={c.id} fw={700}>
                      {m === null ? dash : formatMean(m, lang)}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
              {[...people].map(([personId, name]) => (
                <Table.Tr key={personId} data-testid="calibration-row">
                  <Table.Th scope="row" fw={500}>
                    {name}
                  </Table.Th>
                  {criteria.map((c) => {
                    const m = byCriterion.get(c.id)?.members.find((x) => x.personId === personId);
                    if (!m || m.mean === null) return <Table.Td key={c.id}>{dash}</Table.Td>;
                    return (
                      <Table.Td key={c.id}>
                        <Stack gap={2} align="flex-start">
                          <Text size="sm">{formatMean(m.mean, lang)}</Text>
                          {m.difference !== null && (
                            <Text size="xs" c="dimmed">
                              {t('rounds.calibration.results.difference', { value: formatDifference(m.difference, lang) })}
                            </Text>
                          )}
                          <ReadingBadge reading={m.reading} />
                        </Stack>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed">
        {t('rounds.readingRule')}
      </Text>
    </Stack>
  );
}
