import { Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IN_LINE_FRACTION } from '../../../../shared/scoring/reading';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useQuery } from '../../data/use-query';
import { formatPercent } from '../selection/format';
import { orderedCriteria } from './criteria-order';
import { criterionTitle } from './CriterionRow';
import { formatScore, formatSigned } from './desk-format';
import { readingColor, readingKey } from './status';
import { ToneBadge } from './ToneBadge';

/**
 * After the chair closes calibration: per criterion, my mean against the panel's mean over
 * the same cases, and how I read the descriptors (more lenient, stricter, in line). Main
 * sends a member their own row only.
 */
export function CalibrationResults({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const { lang, session } = useKnownStatus();
  const load = useQuery('calibration.results', { roundId });
  const results = load.value;

  if (!results) {
    return load.error ? (
      <ErrorAlert error={load.error} lang={lang} />
    ) : (
      <Group gap="xs">
        <Loader size="sm" aria-hidden />
        <Text>{t('desk.calibration.loadingResults')}</Text>
      </Group>
    );
  }

  const byId = new Map(results.criteria.map((c) => [c.criterionId, c]));
  const criteria = orderedCriteria(results.rubric);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="calibration-results-title" data-testid="calibration-results">
      <Stack gap="md">
        <Title order={3} size="h3" id="calibration-results-title">
          {t('desk.calibration.resultsTitle')}
        </Title>
        <Text size="sm">
          {t('desk.calibration.resultsIntro', {
            cases: results.cases.map((c) => c.label).join(', '),
            band: formatPercent(IN_LINE_FRACTION * 100, lang),
          })}
        </Text>
        <Table withTableBorder striped layout="fixed" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="36%">{t('desk.calibration.col.criterion')}</Table.Th>
              <Table.Th>{t('desk.calibration.col.mine')}</Table.Th>
              <Table.Th>{t('desk.calibration.col.panel')}</Table.Th>
              <Table.Th>{t('desk.calibration.col.difference')}</Table.Th>
              <Table.Th>{t('desk.calibration.col.reading')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {criteria.map((c) => {
              const row = byId.get(c.id);
              const me = row?.members.find((m) => m.personId === session?.personId) ?? null;
              return (
                <Table.Tr key={c.id} data-testid="calibration-result-row" data-criterion={c.id}>
                  <Table.Td>{criterionTitle(c)}</Table.Td>
                  <Table.Td data-testid="my-mean">
                    {me?.mean === null || me?.mean === undefined ? '–' : formatScore(me.mean, lang)}
                  </Table.Td>
                  <Table.Td data-testid="panel-mean">
                    {row?.panelMean === null || row?.panelMean === undefined ? '–' : formatScore(row.panelMean, lang)}
                  </Table.Td>
                  <Table.Td>{me?.difference === null || me?.difference === undefined ? '–' : formatSigned(me.difference, lang)}</Table.Td>
                  <Table.Td>
                    {me?.reading ? (
                      <ToneBadge variant="light" color={readingColor[me.reading]} tt="none" data-testid="reading">
                        {t(readingKey[me.reading])}
                      </ToneBadge>
                    ) : (
                      <Text span size="sm" c="dimmed">
                        {t('desk.calibration.noReading')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
