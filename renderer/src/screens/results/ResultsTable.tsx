import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultsCriterionInfo, ResultsSortColumn, ResultsSummary, ResultsTableRow } from '../../../../shared/contract/results';
import type { Language } from '../../../../shared/errors';
import { formatScore } from '../../../../shared/results/display';
import { formatNumber } from '../../../../shared/format';
import { ToneBadge } from '../desk/ToneBadge';
import type { ResultsPages, ResultsSort } from './use-results';

const ROW_HEIGHT = 48;

interface Column {
  key: string;
  label: string;
  /** Full label for the header's title and the sort button (criteria show their code). */
  title: string;
  sort: ResultsSortColumn | null;
  width: string;
  numeric?: boolean;
  render(row: ResultsTableRow): ReactNode;
}

const cell: CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', padding: '0 8px', minWidth: 0 };

export const outcomeColor: Record<string, string> = {
  passed: 'green',
  failed: 'red',
  incomplete: 'gray',
  withdrawn: 'gray',
  notEligible: 'gray',
};

function criterionLabel(c: ResultsCriterionInfo): string {
  return c.code || c.name;
}

export function refsText(refs: { stageId: string; criterionId: string }[], criteria: ResultsCriterionInfo[]): string {
  return refs
    .map((r) => {
      const c = criteria.find((x) => x.stageId === r.stageId && x.criterionId === r.criterionId);
      return c ? `${c.code ? `${c.code} ` : ''}${c.name}` : r.criterionId;
    })
    .join(', ');
}

function useColumns(summary: ResultsSummary, lang: Language, onApplicant: ((row: ResultsTableRow) => void) | null): Column[] {
  const { t } = useTranslation();
  const score = (v: number | null | undefined) => formatScore(v ?? null, lang);
  const cols: Column[] = [
    {
      key: 'rank',
      label: t('results.table.col.rank'),
      title: t('results.table.col.rank'),
      sort: 'rank',
      width: '110px',
      numeric: true,
      render: (r) => (r.rank === null ? '–' : formatNumber(r.rank, lang, 0)),
    },
    {
      key: 'code',
      label: t('results.table.col.code'),
      title: t('results.table.col.code'),
      sort: 'code',
      width: '110px',
      render: (r) =>
        onApplicant ? (
          <UnstyledButton
            onClick={() => onApplicant(r)}
            aria-label={t('results.table.showMembers', { code: r.code })}
            style={{
              fontFamily: 'var(--mantine-font-family-monospace)',
              textDecoration: 'underline',
              color: 'var(--mantine-color-blue-9)',
            }}
          >
            {r.code}
          </UnstyledButton>
        ) : (
          <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{r.code}</span>
        ),
    },
    {
      key: 'name',
      label: t('results.table.col.name'),
      title: t('results.table.col.name'),
      sort: 'name',
      width: 'minmax(160px, 2fr)',
      render: (r) =>
        r.name ?? (
          <Text component="span" size="sm" c="dimmed" fs="italic">
            {t('results.table.hidden')}
          </Text>
        ),
    },
  ];
  const stageId = summary.stageId;
  if (stageId !== null) {
    for (const c of summary.criteria.filter((x) => x.stageId === stageId)) {
      cols.push({
        key: `c:${c.criterionId}`,
        label: criterionLabel(c),
        title: c.name,
        sort: `criterion:${stageId}:${c.criterionId}`,
        width: '96px',
        numeric: true,
        render: (r) => score(r.stages[0]?.criteria.find((x) => x.criterionId === c.criterionId)?.aggregate),
      });
    }
  } else {
    for (const s of summary.stages.filter((x) => x.status === 'counted')) {
      cols.push({
        key: `s:${s.stageId}`,
        label: s.name,
        title: `${t('results.table.col.stageScore')}: ${s.name}`,
        sort: `stage:${s.stageId}`,
        width: '120px',
        numeric: true,
        render: (r) => {
          const st = r.stages.find((x) => x.stageId === s.stageId);
          // A gate has no score: its decision is what the committee recorded.
          if (s.kind === 'gate')
            return st?.outcome === 'passed'
              ? t('results.table.gate.passed')
              : st?.outcome === 'failed'
                ? t('results.table.gate.failed')
                : score(null);
          return score(st?.score);
        },
      });
    }
  }
  cols.push(
    {
      key: 'final',
      label: stageId === null ? t('results.table.col.final') : t('results.table.col.stageScore'),
      title: stageId === null ? t('results.table.col.final') : t('results.table.col.stageScore'),
      sort: 'final',
      width: '130px',
      numeric: true,
      render: (r) => <strong>{score(r.final)}</strong>,
    },
    {
      key: 'outcome',
      label: t('results.table.col.outcome'),
      title: t('results.table.col.outcome'),
      sort: 'outcome',
      width: 'minmax(220px, 3fr)',
      render: (r) => (
        <Group gap={6} wrap="nowrap" title={r.reason?.text[lang]}>
          <ToneBadge size="sm" color={outcomeColor[r.outcome]} style={{ flexShrink: 0 }}>
            {t(`results.outcome.${r.outcome}`)}
          </ToneBadge>
          {r.reason && (
            <Text component="span" size="xs" style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {r.reason.text[lang]}
            </Text>
          )}
        </Group>
      ),
    },
    {
      key: 'flags',
      label: t('results.table.col.flags'),
      title: t('results.table.col.flags'),
      sort: 'flags',
      width: '200px',
      render: (r) => (
        <Group gap={4} wrap="nowrap">
          {r.flags.disagreement.length > 0 && (
            <Badge
              size="sm"
              color="red"
              variant="outline"
              tt="none"
              style={{ color: 'var(--mantine-color-red-9)' }}
              title={t('results.flags.disagreementTitle', { list: refsText(r.flags.disagreement, summary.criteria) })}
            >
              {t('results.flags.disagreement', { n: r.flags.disagreement.length })}
            </Badge>
          )}
          {r.flags.tooFewScorers.length > 0 && (
            <Badge
              size="sm"
              color="orange"
              variant="outline"
              tt="none"
              style={{ color: 'var(--mantine-color-orange-9)' }}
              title={t('results.flags.tooFewTitle', { list: refsText(r.flags.tooFewScorers, summary.criteria) })}
            >
              {t('results.flags.tooFew', { n: r.flags.tooFewScorers.length })}
            </Badge>
          )}
        </Group>
      ),
    },
  );
  return cols;
}

interface Props {
  summary: ResultsSummary;
  pages: ResultsPages;
  sort: ResultsSort;
  onSort(sort: ResultsSort): void;
  lang: Language;
  /** Opens an applicant's scores per member (charts); null when no panel stage is counted. */
  onApplicant: ((row: ResultsTableRow) => void) | null;
}

/**
 * The result table as an ARIA table whose rows are rendered only where it is scrolled (10,000
 * applicants), pages of 100 from main, sorted and filtered there. Headers are sort buttons.
 */
export function ResultsTable({ summary, pages, sort, onSort, lang, onApplicant }: Props) {
  const { t } = useTranslation();
  const columns = useColumns(summary, lang, onApplicant);
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = pages.total ?? 0;
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensure, epoch } = pages;
  useEffect(() => {
    if (count > 0) ensure(first, last);
  }, [ensure, first, last, count, epoch]);

  const template = columns.map((c) => c.width).join(' ');
  const minWidth = columns.reduce((a, c) => a + (parseInt(c.width.replace('minmax(', ''), 10) || 100), 0);
  const grid: CSSProperties = { display: 'grid', gridTemplateColumns: template, alignItems: 'center', minWidth };

  const header = (c: Column) => {
    const active = c.sort !== null && sort.column === c.sort;
    const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
    return (
      <div
        key={c.key}
        role="columnheader"
        aria-sort={ariaSort}
        style={{ ...cell, textAlign: c.numeric ? 'right' : undefined }}
        title={c.title}
      >
        {c.sort ? (
          <UnstyledButton
            onClick={() => onSort({ column: c.sort!, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
            aria-label={t('results.table.sortBy', { col: c.title })}
            style={{ fontWeight: 600, fontSize: 14, maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis' }}
          >
            {c.label}
            {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
          </UnstyledButton>
        ) : (
          c.label
        )}
      </div>
    );
  };

  return (
    <>
      {pages.total === 0 && (
        <Text size="sm" data-testid="results-empty">
          {t('results.table.empty')}
        </Text>
      )}
      <div style={{ overflowX: 'auto', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, background: 'white' }}>
        <div role="table" aria-label={t('results.table.label')} aria-rowcount={count + 1} data-testid="results-table" style={{ minWidth }}>
          <div role="rowgroup">
            <div
              role="row"
              aria-rowindex={1}
              style={{
                ...grid,
                height: 44,
                background: 'var(--mantine-color-gray-1)',
                fontWeight: 600,
                fontSize: 14,
                scrollbarGutter: 'stable',
                overflow: 'hidden',
              }}
            >
              {columns.map(header)}
            </div>
          </div>
          <div
            ref={scrollRef}
            role="rowgroup"
            tabIndex={0}
            data-testid="results-scroll"
            // As tall as its rows when they are few (a search for one applicant), at most most of the window.
            style={{
              height: `min(${Math.max(count, 1) * ROW_HEIGHT + 2}px, max(300px, calc(100vh - 360px)))`,
              overflowY: 'auto',
              scrollbarGutter: 'stable',
              fontSize: 14,
            }}
          >
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {items.map((item) => {
                const row = pages.row(item.index);
                return (
                  <div
                    key={item.key}
                    role="row"
                    aria-rowindex={item.index + 2}
                    data-testid={row ? 'results-row' : 'results-row-loading'}
                    style={{
                      ...grid,
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      right: 0,
                      height: item.size,
                      transform: `translateY(${item.start}px)`,
                      borderTop: item.index === 0 ? undefined : '1px solid var(--mantine-color-gray-2)',
                      background: row && row.status === 'withdrawn' ? 'var(--mantine-color-gray-0)' : undefined,
                    }}
                  >
                    {columns.map((c, i) => (
                      <div
                        key={c.key}
                        role="cell"
                        style={{
                          ...cell,
                          textAlign: c.numeric ? 'right' : undefined,
                          fontVariantNumeric: c.numeric ? 'tabular-nums' : undefined,
                        }}
                      >
                        {row ? (
                          c.render(row)
                        ) : i === 0 ? (
                          <Text component="span" size="sm" c="dimmed">
                            {t('results.table.loadingRow')}
                          </Text>
                        ) : null}
                      </div>
                    ))}
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      </div>
    </>
  );
}
