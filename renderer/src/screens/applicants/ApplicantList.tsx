import { Badge, Button, Group, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantRow } from '../../../../shared/contract';
import { HiddenValue, MaybeHidden } from './HiddenValue';
import type { ApplicantPages } from './use-applicant-pages';

const ROW_HEIGHT = 44;

interface Props {
  pages: ApplicantPages;
  canManage: boolean;
  /** The role does not get the education field (a member, when it is not scorer-visible). */
  educationHidden: boolean;
  onEdit(row: ApplicantRow): void;
  onWithdraw(row: ApplicantRow): void;
}

const cell: CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', padding: '0 8px', minWidth: 0 };

function columns(canManage: boolean): string {
  return `110px 170px minmax(180px, 2fr) minmax(120px, 1fr) 150px${canManage ? ' 190px' : ''}`;
}

function Cell({ children, title, mono }: { children: ReactNode; title?: string | null; mono?: boolean }) {
  return (
    <div role="cell" style={{ ...cell, fontFamily: mono ? 'var(--mantine-font-family-monospace)' : undefined }} title={title ?? undefined}>
      {children}
    </div>
  );
}

/**
 * The applicants as an ARIA table whose rows are rendered only where the list is scrolled
 * (a selection may have 100,000 applicants); pages of 100 arrive as they come into view.
 */
export function ApplicantList({ pages, canManage, educationHidden, onEdit, onWithdraw }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = pages.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensure, epoch } = pages;
  useEffect(() => {
    if (count > 0) ensure(first, last);
  }, [ensure, first, last, count, epoch]);

  const grid: CSSProperties = { display: 'grid', gridTemplateColumns: columns(canManage), alignItems: 'center' };

  return (
    <div
      role="table"
      aria-label={t('people.applicants.listLabel')}
      aria-rowcount={count + 1}
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, background: 'white' }}
    >
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={1}
          style={{
            ...grid,
            height: 40,
            background: 'var(--mantine-color-gray-1)',
            fontWeight: 600,
            fontSize: 14,
            overflow: 'hidden',
            scrollbarGutter: 'stable',
          }}
        >
          <div role="columnheader" style={cell}>
            {t('people.applicants.col.code')}
          </div>
          <div role="columnheader" style={cell}>
            {t('people.applicants.col.registrationNumber')}
          </div>
          <div role="columnheader" style={cell}>
            {t('people.applicants.col.name')}
          </div>
          <div role="columnheader" style={cell}>
            {t('people.applicants.col.education')}
          </div>
          <div role="columnheader" style={cell}>
            {t('people.applicants.col.status')}
          </div>
          {canManage && (
            <div role="columnheader" style={cell}>
              {t('people.applicants.col.actions')}
            </div>
          )}
        </div>
      </div>
      <div
        ref={scrollRef}
        role="rowgroup"
        tabIndex={0}
        data-testid="applicant-scroll"
        style={{ height: 'max(260px, calc(100vh - 430px))', overflowY: 'auto', scrollbarGutter: 'stable', fontSize: 14 }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = pages.row(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                data-testid="applicant-row"
                style={{
                  ...grid,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: item.size,
                  transform: `translateY(${item.start}px)`,
                  borderTop: item.index === 0 ? undefined : '1px solid var(--mantine-color-gray-2)',
                  background: row?.status === 'withdrawn' ? 'var(--mantine-color-gray-0)' : undefined,
                }}
              >
                {row ? (
                  <RowCells row={row} canManage={canManage} educationHidden={educationHidden} onEdit={onEdit} onWithdraw={onWithdraw} />
                ) : (
                  <>
                    <Cell>
                      <Text component="span" size="sm" c="dimmed">
                        {t('people.applicants.loadingRow')}
                      </Text>
                    </Cell>
                    <Cell>{null}</Cell>
                    <Cell>{null}</Cell>
                    <Cell>{null}</Cell>
                    <Cell>{null}</Cell>
                    {canManage && <Cell>{null}</Cell>}
                  </>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function RowCells({ row, canManage, educationHidden, onEdit, onWithdraw }: Omit<Props, 'pages'> & { row: ApplicantRow }) {
  const { t } = useTranslation();
  const withdrawn = row.status === 'withdrawn';
  const education = row.fields.education;
  return (
    <>
      <Cell mono>
        <span data-testid="applicant-code">{row.code}</span>
      </Cell>
      <Cell title={row.registrationNumber}>
        <MaybeHidden value={row.registrationNumber} />
      </Cell>
      <Cell title={row.name}>
        <MaybeHidden value={row.name} />
      </Cell>
      <Cell title={education}>{educationHidden ? <HiddenValue /> : (education ?? '')}</Cell>
      <Cell title={withdrawn ? row.withdrawnReason : null}>
        <Badge variant="light" color={withdrawn ? 'gray' : 'blue'} tt="none" size="sm">
          {t(`people.status.${row.status}`)}
        </Badge>
      </Cell>
      {canManage && (
        <div role="cell" style={cell}>
          {!withdrawn && (
            <Group gap={4} wrap="nowrap">
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => onEdit(row)}
                aria-label={t('people.applicants.editLabel', { code: row.code })}
              >
                {t('people.applicants.edit')}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => onWithdraw(row)}
                aria-label={t('people.applicants.withdrawLabel', { code: row.code })}
              >
                {t('people.applicants.withdraw')}
              </Button>
            </Group>
          )}
        </div>
      )}
    </>
  );
}
