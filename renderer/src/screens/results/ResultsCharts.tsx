import { Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import type { ChartMember, MemberScoresView } from '../../../../shared/contract/results';
import type { Language } from '../../../../shared/errors';
import { formatScore } from '../../../../shared/results/display';
import { formatNumber } from '../../../../shared/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useQuery } from '../../data/use-query';

const COLORS = [
  '#1971c2',
  '#e8590c',
  '#2f9e44',
  '#9c36b5',
  '#c2255c',
  '#0c8599',
  '#5c940d',
  '#f08c00',
  '#495057',
  '#3b5bdb',
  '#a61e4d',
  '#087f5b',
];

interface Props {
  selectionId: string;
  /** Counted panel stages (closed or revealed round): the charts' choices. */
  stages: { stageId: string; name: string }[];
  stageId: string;
  onStage(stageId: string): void;
  applicantId: string | null;
  lang: Language;
}

function useMemberLabel() {
  const { t } = useTranslation();
  return (m: ChartMember) =>
    m.name === null ? t('results.charts.memberN', { n: m.n }) : m.self ? t('results.charts.you', { name: m.name }) : m.name;
}

/** A chart with its text alternative: a described image, then the same figures as a table. */
function Figure({ title, alt, chart, table, testId }: { title: string; alt: string; chart: ReactNode; table: ReactNode; testId: string }) {
  const { t } = useTranslation();
  const id = `${testId}-title`;
  return (
    <Stack gap={6} component="figure" m={0} aria-labelledby={id} data-testid={testId}>
      <Title order={4} size="h5" id={id}>
        {title}
      </Title>
      <div role="img" aria-label={alt} style={{ width: '100%', height: 280 }}>
        {chart}
      </div>
      <details>
        <summary style={{ cursor: 'pointer', fontSize: 14 }}>{t('results.charts.asTable')}</summary>
        <Table.ScrollContainer minWidth={500}>
          <Table withTableBorder verticalSpacing={4} fz="sm" bg="white">
            {table}
          </Table>
        </Table.ScrollContainer>
      </details>
    </Stack>
  );
}

/**
 * The committee's charts of one closed or revealed panel round: each criterion's scores by
 * member (a strip plot: dot size = how many applicants), each member's leniency against the
 * panel, and one applicant's scores across members. Members follow the charts' blindness
 * rules (main/domain/results/member-scores.ts).
 */
export function ResultsCharts({ selectionId, stages, stageId, onStage, applicantId, lang }: Props) {
  const { t } = useTranslation();
  const label = useMemberLabel();
  const [criterionId, setCriterionId] = useState<string | null>(null);

  // Fetched once the section scrolls into view: the first read of a round scans every score
  // (seconds at 10,000 applicants) and main answers one call at a time, so it must not hold up
  // the table's pages while nobody looks at the charts.
  const sectionRef = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = sectionRef.current;
    if (!el || seen) return;
    if (typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [seen]);

  // Read once the charts scroll into view; a newer stage or applicant wins.
  const { value: data, error } = useQuery(
    'results.memberScores',
    { selectionId, stageId, ...(applicantId ? { applicantId } : {}) },
    { enabled: seen },
  );

  const view = data && data.stageId === stageId ? data : null;
  const criterion = view ? (view.criteria.find((c) => c.criterionId === criterionId) ?? view.criteria[0] ?? null) : null;
  const labels = useMemo(() => new Map((view?.members ?? []).map((m) => [m.key, label(m)])), [view, label]);
  const num = (v: number | null) => formatScore(v, lang);
  const critLabel = (id: string) => {
    const c = view?.criteria.find((x) => x.criterionId === id);
    return c ? c.code || c.name : id;
  };

  return (
    <Stack gap="md" component="section" ref={sectionRef} aria-labelledby="results-charts-title" data-testid="results-charts">
      <Title order={3} size="h4" id="results-charts-title">
        {t('results.charts.heading')}
      </Title>
      <Text size="sm">{t('results.charts.intro')}</Text>
      {stages.length > 1 && (
        <Select
          label={t('results.charts.stage')}
          data={stages.map((s) => ({ value: s.stageId, label: s.name }))}
          value={stageId}
          onChange={(v) => v && onStage(v)}
          allowDeselect={false}
          maw={360}
        />
      )}
      <ErrorAlert error={error} lang={lang} />
      {!view && !error && (
        <Group gap="xs">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('results.charts.loading')}</Text>
        </Group>
      )}
      {view && criterion && (
        <>
          <Select
            label={t('results.charts.criterion')}
            data={view.criteria.map((c) => ({ value: c.criterionId, label: `${c.code ? `${c.code} ` : ''}${c.name}` }))}
            value={criterion.criterionId}
            onChange={(v) => v && setCriterionId(v)}
            allowDeselect={false}
            maw={480}
          />
          <Figure
            testId="chart-distribution"
            title={t('results.charts.distribution.heading')}
            alt={t('results.charts.distribution.alt', { criterion: criterion.name })}
            chart={
              <ResponsiveContainer width="100%" height="100%">
                <ScatterChart margin={{ top: 10, right: 20, bottom: 10, left: 10 }} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="member" type="category" allowDuplicatedCategory={false} name={t('results.charts.distribution.member')} />
                  <YAxis
                    dataKey="value"
                    type="number"
                    domain={[criterion.min, criterion.max]}
                    name={t('results.charts.distribution.value')}
                    tickFormatter={(v: number) => formatNumber(v, lang, 0)}
                  />
                  <ZAxis dataKey="count" type="number" range={[30, 500]} name={t('results.charts.distribution.count')} />
                  <Tooltip formatter={(v) => (typeof v === 'number' ? formatNumber(v, lang, Number.isInteger(v) ? 0 : 2) : String(v))} />
                  {view.members.map((m, i) => (
                    <Scatter
                      key={m.key}
                      name={labels.get(m.key)}
                      fill={COLORS[i % COLORS.length]}
                      isAnimationActive={false}
                      data={(
                        view.distribution.find((d) => d.criterionId === criterion.criterionId && d.memberKey === m.key)?.counts ?? []
                      ).map((c) => ({
                        member: labels.get(m.key),
                        value: c.value,
                        count: c.count,
                      }))}
                    />
                  ))}
                </ScatterChart>
              </ResponsiveContainer>
            }
            table={
              <>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('results.charts.distribution.member')}</Table.Th>
                    <Table.Th scope="col">{t('results.charts.distribution.value')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('results.charts.distribution.count')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {view.members.flatMap((m) =>
                    (view.distribution.find((d) => d.criterionId === criterion.criterionId && d.memberKey === m.key)?.counts ?? []).map(
                      (c) => (
                        <Table.Tr key={`${m.key}:${c.value}`}>
                          <Table.Td>{labels.get(m.key)}</Table.Td>
                          <Table.Td>{formatNumber(c.value, lang, Number.isInteger(c.value) ? 0 : 2)}</Table.Td>
                          <Table.Td ta="right">{formatNumber(c.count, lang, 0)}</Table.Td>
                        </Table.Tr>
                      ),
                    ),
                  )}
                </Table.Tbody>
              </>
            }
          />
        </>
      )}
      {view && (
        <Figure
          testId="chart-leniency"
          title={t('results.charts.leniency.heading')}
          alt={t('results.charts.leniency.alt')}
          chart={
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                layout="vertical"
                data={view.leniency.map((l) => ({ member: labels.get(l.memberKey), difference: l.difference ?? 0 }))}
                margin={{ top: 10, right: 20, bottom: 10, left: 10 }}
                accessibilityLayer={false}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" tickFormatter={(v: number) => formatNumber(v, lang, 1)} />
                <YAxis type="category" dataKey="member" width={180} />
                <ReferenceLine x={0} stroke="#495057" />
                <Tooltip formatter={(v) => (typeof v === 'number' ? num(v) : String(v))} />
                <Bar dataKey="difference" fill="#1971c2" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          }
          table={
            <>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('results.charts.leniency.col.member')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('results.charts.leniency.col.applicants')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('results.charts.leniency.col.own')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('results.charts.leniency.col.panel')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('results.charts.leniency.col.difference')}
                  </Table.Th>
                  <Table.Th scope="col">{t('results.charts.leniency.col.reading')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.leniency.map((l) => (
                  <Table.Tr key={l.memberKey} data-testid="chart-leniency-row">
                    <Table.Td>{labels.get(l.memberKey)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(l.applicants, lang, 0)}</Table.Td>
                    <Table.Td ta="right">{num(l.ownMean)}</Table.Td>
                    <Table.Td ta="right">{num(l.panelMean)}</Table.Td>
                    <Table.Td ta="right">{num(l.difference)}</Table.Td>
                    <Table.Td>{l.reading ? t(`results.charts.leniency.reading.${l.reading}`) : '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </>
          }
        />
      )}
      {view && !view.applicant && (
        <Stack gap={4}>
          <Title order={4} size="h5">
            {t('results.charts.applicant.heading')}
          </Title>
          <Text size="sm">{t('results.charts.applicant.pick')}</Text>
        </Stack>
      )}
      {view && view.applicant && <ApplicantFigure view={view} labels={labels} critLabel={critLabel} lang={lang} />}
    </Stack>
  );
}

function ApplicantFigure({
  view,
  labels,
  critLabel,
  lang,
}: {
  view: MemberScoresView;
  labels: Map<string, string>;
  critLabel(id: string): string;
  lang: Language;
}) {
  const { t } = useTranslation();
  const a = view.applicant!;
  const who = a.name ? `${a.code} ${a.name}` : a.code;
  const rows = a.criteria.map((c) => {
    const row: Record<string, string | number | null> = { criterion: critLabel(c.criterionId) };
    for (const s of c.scores) row[s.memberKey] = s.value;
    return row;
  });
  const value = (v: number | null, recused: boolean) =>
    recused
      ? t('results.charts.applicant.recused')
      : v === null
        ? t('results.charts.applicant.none')
        : formatNumber(v, lang, Number.isInteger(v) ? 0 : 2);
  return (
    <Figure
      testId="chart-applicant"
      title={`${t('results.charts.applicant.heading')}: ${t('results.charts.applicant.title', { who })}`}
      alt={t('results.charts.applicant.alt', { who })}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 10, right: 20, bottom: 10, left: 10 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="criterion" />
            <YAxis tickFormatter={(v: number) => formatNumber(v, lang, 0)} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? formatNumber(v, lang, Number.isInteger(v) ? 0 : 2) : String(v))} />
            {view.members.map((m, i) => (
              <Bar key={m.key} dataKey={m.key} name={labels.get(m.key)} fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('results.charts.criterion')}</Table.Th>
              {view.members.map((m) => (
                <Table.Th key={m.key} scope="col" ta="right">
                  {labels.get(m.key)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.criteria.map((c) => (
              <Table.Tr key={c.criterionId} data-testid="chart-applicant-row">
                <Table.Td>{critLabel(c.criterionId)}</Table.Td>
                {c.scores.map((s) => (
                  <Table.Td key={s.memberKey} ta="right">
                    {value(s.value, s.recused)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </>
      }
    />
  );
}
