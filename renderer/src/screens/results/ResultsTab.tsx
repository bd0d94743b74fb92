import { Alert, Code, Group, List, Loader, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectionDetail } from '../../../../shared/contract';
import type { ResultsOutcomeFilter, ResultsSummary, ResultsTableRow } from '../../../../shared/contract/results';
import type { Language } from '../../../../shared/errors';
import { formatNumber } from '../../../../shared/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useFinal } from '../../state/final';
import { TITLE } from '../selection/FinalBanner';
import { AgendaList, AgreementList } from './AgendaAgreement';
import { ExportButtons } from './ExportButtons';
import { ResultsCharts } from './ResultsCharts';
import { ResultsTable } from './ResultsTable';
import { useResultsPages, useResultsSummary, type ResultsSort } from './use-results';

const OVERALL = '__overall__';
const outcomes: ResultsOutcomeFilter[] = ['all', 'passed', 'failed', 'flagged'];

/**
 * "Hasil": the results of the selection for everyone on the committee (members blind until
 * every round is revealed): stage selector, provisional notes, the virtualised result table
 * (sorted, filtered and paged in main), downloads, the disagreement agenda, agreement per
 * criterion and the charts.
 */
export function ResultsTab({ selection }: { selection: SelectionDetail }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [stageId, setStageId] = useState<string | null>(null);
  const [sort, setSort] = useState<ResultsSort>({ column: 'rank', direction: 'asc' });
  const [outcome, setOutcome] = useState<ResultsOutcomeFilter>('all');
  const [queryInput, setQueryInput] = useState('');
  const [query] = useDebouncedValue(queryInput.trim(), 250);
  const filter = useMemo(() => ({ outcome, query }), [outcome, query]);
  const { summary, error } = useResultsSummary(selection.id, stageId);
  const pages = useResultsPages(selection.id, stageId, sort, filter);
  const [chartStage, setChartStage] = useState<string | null>(null);
  const [applicantId, setApplicantId] = useState<string | null>(null);
  const final = useFinal();

  const stages = selection.setup.stages;
  const chartStages = (summary?.stages ?? [])
    .filter((s) => s.status === 'counted' && s.source === 'panel' && s.kind === 'scored')
    .map((s) => ({ stageId: s.stageId, name: s.name }));
  const chartStageId =
    chartStages.find((s) => s.stageId === chartStage)?.stageId ??
    chartStages.find((s) => s.stageId === stageId)?.stageId ??
    chartStages[0]?.stageId ??
    null;
  const onApplicant = useCallback((row: ResultsTableRow) => {
    setApplicantId(row.applicantId);
    requestAnimationFrame(() => document.getElementById('results-charts-title')?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
  }, []);

  const changeStage = (v: string) => {
    setStageId(v === OVERALL ? null : v);
    // A criterion column of another stage cannot sort this one.
    setSort((s) => (s.column.startsWith('criterion:') || s.column.startsWith('stage:') ? { column: 'rank', direction: 'asc' } : s));
  };
  const stageOptions = [{ value: OVERALL, label: t('results.overall') }, ...stages.map((s) => ({ value: s.id, label: s.name }))];

  return (
    <Stack gap="lg" data-testid="results-tab">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t('results.heading')}
        </Title>
        <Text size="sm">{t('results.intro')}</Text>
      </Stack>
      {stageOptions.length <= 6 ? (
        <SegmentedControl
          aria-label={t('results.stage')}
          data={stageOptions}
          value={stageId ?? OVERALL}
          onChange={changeStage}
          style={{ alignSelf: 'flex-start' }}
        />
      ) : (
        <Select
          label={t('results.stage')}
          data={stageOptions}
          value={stageId ?? OVERALL}
          onChange={(v) => v && changeStage(v)}
          allowDeselect={false}
          maw={400}
        />
      )}
      {final && (
        <Alert variant="light" color="teal" title={t('results.final.title')} data-testid="results-final" styles={TITLE}>
          <Stack gap={4}>
            <Text size="sm">{t('results.final.text', { at: final.finalisedAtText[lang], by: final.finalisedBy })}</Text>
            <Group gap="xs">
              <Text size="sm">{t('results.final.sha')}</Text>
              <Code style={{ wordBreak: 'break-all' }}>{final.sha256}</Code>
            </Group>
          </Stack>
        </Alert>
      )}
      <ErrorAlert error={error ?? pages.error} lang={lang} />
      {!summary && !error && (
        <Group gap="xs">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('results.loading')}</Text>
        </Group>
      )}
      {summary && (
        <>
          {summary.provisional && (
            <Alert variant="light" color="yellow" title={t('results.provisional')} data-testid="results-provisional">
              <List size="sm">
                {summary.notes.map((n) => (
                  <List.Item key={`${n.code}:${n.stageId}`}>{n.text[lang]}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {summary.blind && (
            <Alert variant="light" color="blue" data-testid="results-blind">
              {t('results.blind')}
            </Alert>
          )}
          <Group justify="space-between" align="flex-end" gap="sm">
            <Group gap="sm" align="flex-end">
              <SegmentedControl
                aria-label={t('results.filter.label')}
                value={outcome}
                onChange={(v) => setOutcome(outcomes.find((o) => o === v) ?? 'all')}
                data={outcomes.map((o) => ({ value: o, label: t(`results.filter.${o}`, { n: formatNumber(summary.counts[o], lang, 0) }) }))}
              />
              <TextInput
                label={summary.blind ? t('results.searchBlind') : t('results.search')}
                value={queryInput}
                onChange={(e) => setQueryInput(e.currentTarget.value)}
                w={340}
                data-testid="results-search"
              />
            </Group>
            <ExportButtons selectionId={selection.id} stageId={stageId} lang={lang} />
          </Group>
          <Text size="sm" c="dimmed" aria-live="polite">
            {pages.total !== null ? t('results.shown', { n: formatNumber(pages.total, lang, 0) }) : t('results.loading')}
          </Text>
          <ResultsTable
            summary={summary}
            pages={pages}
            sort={sort}
            onSort={setSort}
            lang={lang}
            onApplicant={chartStageId ? onApplicant : null}
          />
          {/* Below the table, drawn once the first rows are in: they must not hold up the first screen. */}
          {pages.total !== null && (
            <Details
              summary={summary}
              selection={selection}
              lang={lang}
              chartStages={chartStages}
              chartStageId={chartStageId}
              applicantId={applicantId}
              onChartStage={(s) => {
                setChartStage(s);
                setApplicantId(null);
              }}
            />
          )}
        </>
      )}
    </Stack>
  );
}

interface DetailsProps {
  summary: ResultsSummary;
  selection: SelectionDetail;
  lang: Language;
  chartStages: { stageId: string; name: string }[];
  chartStageId: string | null;
  applicantId: string | null;
  onChartStage(stageId: string): void;
}

function Details({ summary, selection, lang, chartStages, chartStageId, applicantId, onChartStage }: DetailsProps) {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => startTransition(() => setReady(true)), 0);
    return () => clearTimeout(id);
  }, []);
  if (!ready) return null;
  return (
    <>
      <details>
        <summary style={{ cursor: 'pointer', fontSize: 14 }}>{t('results.method')}</summary>
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-line' }}>
          {summary.method[lang]}
        </Text>
      </details>
      <AgendaList summary={summary} lang={lang} />
      <AgreementList summary={summary} lang={lang} />
      {chartStageId ? (
        <ResultsCharts
          selectionId={selection.id}
          stages={chartStages}
          stageId={chartStageId}
          onStage={onChartStage}
          applicantId={applicantId}
          lang={lang}
        />
      ) : (
        <Stack gap={4}>
          <Title order={3} size="h4">
            {t('results.charts.heading')}
          </Title>
          <Text size="sm">{t('results.charts.none')}</Text>
        </Stack>
      )}
    </>
  );
}
