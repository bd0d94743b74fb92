import { Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoundSummary } from '../../../../shared/contract';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useQueryFn } from '../../data/use-query';
import { formatCount, formatDifference, formatMean } from './numbers';
import { ReadingBadge } from './Reading';

interface Props {
  round: RoundSummary;
  /** How the stage's criteria combine, to say what unit the means are in. */
  combine: 'weighted' | 'sum' | null;
}

/**
 * After close, for the chair: each scorer's mean stage score against the panel's mean on the
 * same applicants, with the difference and the reading. Material for the deliberation.
 */
export function LeniencyTable({ round, combine }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  // A round that changes state (closes, reopens) is read again.
  const load = useQueryFn(() => api.rounds.leniency({ roundId: round.id }), `${round.id} ${round.state}`);
  const rows = load.value;
  const titleId = `leniency-${round.id}-title`;
  const dash = t('rounds.noValue');

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId} data-testid="leniency">
      <Title order={4} size="h5" id={titleId}>
        {t('rounds.leniency.heading')}
      </Title>
      <Text size="sm">
        {t('rounds.leniency.intro')}{' '}
        {combine === 'sum' ? t('rounds.leniency.unitSum') : combine === 'weighted' ? t('rounds.leniency.unitWeighted') : ''}
      </Text>
      <ErrorAlert error={load.error} lang={lang} />
      {rows === null && !load.error && (
        <Group gap="xs">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('rounds.loading')}</Text>
        </Group>
      )}
      {rows && rows.length === 0 && <Text size="sm">{t('rounds.leniency.empty')}</Text>}
      {rows && rows.length > 0 && (
        <Table.ScrollContainer minWidth={680}>
          <Table withTableBorder verticalSpacing={6} bg="white" data-testid="leniency-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rounds.leniency.col.member')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('rounds.leniency.col.applicants')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('rounds.leniency.col.own')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('rounds.leniency.col.panel')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('rounds.leniency.col.difference')}
                </Table.Th>
                <Table.Th scope="col">{t('rounds.leniency.col.reading')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.personId} data-testid="leniency-row">
                  <Table.Th scope="row" fw={500}>
                    {r.name}
                  </Table.Th>
                  <Table.Td ta="right">{formatCount(r.applicants, lang)}</Table.Td>
                  <Table.Td ta="right">{r.ownMean === null ? dash : formatMean(r.ownMean, lang)}</Table.Td>
                  <Table.Td ta="right">{r.panelMean === null ? dash : formatMean(r.panelMean, lang)}</Table.Td>
                  <Table.Td ta="right">{r.difference === null ? dash : formatDifference(r.difference, lang)}</Table.Td>
                  <Table.Td>{r.reading ? <ReadingBadge reading={r.reading} /> : dash}</Table.Td>
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
