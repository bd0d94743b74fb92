import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResultsSummary } from '../../../../shared/contract/results';
import type { Language } from '../../../../shared/errors';
import { formatScore } from '../../../../shared/results/display';
import { formatNumber } from '../../../../shared/format';
import { ToneBadge } from '../desk/ToneBadge';

const AGENDA_SHOWN = 30;

function criterionName(summary: ResultsSummary, stageId: string, criterionId: string): string {
  const c = summary.criteria.find((x) => x.stageId === stageId && x.criterionId === criterionId);
  const stage = summary.stages.find((s) => s.stageId === stageId)?.name ?? '';
  const name = c ? `${c.code ? `${c.code} ` : ''}${c.name}` : criterionId;
  return summary.stageId === null ? `${name} (${stage})` : name;
}

/** Flagged spreads as proposed agenda items, largest first (shared/results/agenda.ts). */
export function AgendaList({ summary, lang }: { summary: ResultsSummary; lang: Language }) {
  const { t } = useTranslation();
  const shown = summary.disagreements.slice(0, AGENDA_SHOWN);
  const total = summary.disagreementTotal;
  const percent = `${formatNumber(summary.options.disagreementFraction * 100, lang, 0)} %`;
  return (
    <Stack gap="xs" component="section" aria-labelledby="results-agenda-title" data-testid="results-agenda">
      <Title order={3} size="h4" id="results-agenda-title">
        {t('results.agenda.heading')}
      </Title>
      <Text size="sm">{t('results.agenda.intro', { percent })}</Text>
      {total === 0 ? (
        <Text size="sm">{t('results.agenda.empty')}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={700}>
            <Table withTableBorder verticalSpacing={4} bg="white" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('results.agenda.col.applicant')}</Table.Th>
                  <Table.Th scope="col">{t('results.agenda.col.criterion')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('results.agenda.col.spread')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('results.agenda.col.lowest')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('results.agenda.col.highest')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('results.agenda.col.limit')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((d) => {
                  const who = summary.agendaApplicants[d.applicantId];
                  return (
                    <Table.Tr key={`${d.stageId}:${d.applicantId}:${d.criterionId}`} data-testid="agenda-item" title={d.text[lang]}>
                      <Table.Th scope="row" fw={500}>
                        <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{who?.code ?? ''}</span>
                        {who?.name ? ` ${who.name}` : ''}
                      </Table.Th>
                      <Table.Td>{criterionName(summary, d.stageId, d.criterionId)}</Table.Td>
                      <Table.Td ta="right">{formatScore(d.spread, lang)}</Table.Td>
                      <Table.Td ta="right">{formatScore(d.lowest, lang)}</Table.Td>
                      <Table.Td ta="right">{formatScore(d.highest, lang)}</Table.Td>
                      <Table.Td ta="right">{formatScore(d.limit, lang)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {total > shown.length && (
            <Text size="sm" data-testid="agenda-more">
              {t('results.agenda.more', { shown: formatNumber(shown.length, lang, 0), n: formatNumber(total, lang, 0) })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}

const bandColor = { poor: 'red', moderate: 'yellow', good: 'teal', excellent: 'green' } as const;

/** ICC(2,k) per criterion with its plain-language reading (shared/results/agreement.ts). */
export function AgreementList({ summary, lang }: { summary: ResultsSummary; lang: Language }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="results-agreement-title" data-testid="results-agreement">
      <Title order={3} size="h4" id="results-agreement-title">
        {t('results.agreement.heading')}
      </Title>
      <Text size="sm">{t('results.agreement.intro')}</Text>
      {summary.agreement.length === 0 ? (
        <Text size="sm">{t('results.agreement.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table withTableBorder verticalSpacing={4} bg="white" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('results.agreement.col.criterion')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('results.agreement.col.icc')}
                </Table.Th>
                <Table.Th scope="col">{t('results.agreement.col.band')}</Table.Th>
                <Table.Th scope="col">{t('results.agreement.col.reading')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.agreement.map((a) => (
                <Table.Tr key={`${a.stageId}:${a.criterionId}`} data-testid="agreement-row">
                  <Table.Th scope="row" fw={500}>
                    {criterionName(summary, a.stageId, a.criterionId)}
                  </Table.Th>
                  <Table.Td ta="right">{formatScore(a.icc, lang)}</Table.Td>
                  <Table.Td>
                    {a.band ? (
                      <ToneBadge size="sm" color={bandColor[a.band]}>
                        {t(`results.agreement.band.${a.band}`)}
                      </ToneBadge>
                    ) : (
                      '–'
                    )}
                  </Table.Td>
                  <Table.Td>{a.text[lang]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
