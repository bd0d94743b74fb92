import { Alert, Button, Code, Group, Kbd, Loader, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetProblem, SubmitResult } from '../../../../shared/contract';
import type { Language } from '../../../../shared/errors';
import { formatDateTime, formatNumber } from '../../../../shared/format';
import type { Criterion } from '../../../../shared/selection/rubric';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useQuery } from '../../data/use-query';
import { criterionTitle } from './CriterionRow';
import { formatEntered, formatScore } from './desk-format';
import { statusColor, statusKey } from './status';
import { SubmitDialog } from './SubmitDialog';
import { ToneBadge } from './ToneBadge';

const ROW_HEIGHT = 44;

interface Props {
  roundId: string;
  criteria: Criterion[];
  weighted: boolean;
  lang: Language;
  /** The result of a submission made in this sitting (its hash is shown). */
  submitted: SubmitResult | null;
  onJump(applicantId: string, criterionId: string | null): void;
  onBack(): void;
  onSubmitted(result: SubmitResult): void;
}

const problemKey = {
  missing: 'desk.review.problem.missing',
  outOfRange: 'desk.review.problem.outOfRange',
  noteRequired: 'desk.review.problem.noteRequired',
} as const satisfies Record<SheetProblem['kind'], string>;

const cell: CSSProperties = { padding: '6px 8px', minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' };

/**
 * Before signing: every applicant on my desk with my scores and what still keeps the sheet
 * from going (missing, off the scale, a note required). Each problem is a button that takes
 * me to the criterion. Then my password signs and locks the sheet.
 */
export function ReviewScreen({ roundId, criteria, weighted, lang, submitted, onJump, onBack, onSubmitted }: Props) {
  const { t } = useTranslation();
  const [submitting, setSubmitting] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const load = useQuery('desk.review', { roundId });
  const { value: review, reload: runLoad } = load;
  // Keyboard first: once the review is on screen, land on "submit" when the sheet is ready,
  // else on the heading (Tab then walks the problems).
  const landed = useRef(false);
  useEffect(() => {
    if (!review || landed.current) return;
    landed.current = true;
    if (review.ready) submitRef.current?.focus();
    else headingRef.current?.focus();
  }, [review]);

  const rows = review?.rows ?? [];
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const problems = rows.reduce((n, r) => n + r.problems.length, 0);
  const name = useCallback(
    (id: string) => {
      const c = criteria.find((x) => x.id === id);
      return c ? c.code || c.name : id;
    },
    [criteria],
  );

  const grid: CSSProperties = {
    display: 'grid',
    gridTemplateColumns: `110px 180px ${criteria.map(() => 'minmax(56px, 80px)').join(' ')} 100px minmax(220px, 1fr)`,
    alignItems: 'start',
  };

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape' && !submitting) {
      e.preventDefault();
      onBack();
    }
  }

  const done = submitted ?? (review?.submittedAt ? { submittedAt: review.submittedAt, sheetSha256: review.sheetSha256 } : null);
  // The submit button is gone once signed: keep the keyboard focus on the screen.
  const signed = done !== null;
  useEffect(() => {
    if (signed) headingRef.current?.focus();
  }, [signed]);

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="desk-review-title"
      data-testid="desk-review"
      onKeyDown={onKeyDown}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h3" id="desk-review-title" ref={headingRef} tabIndex={-1}>
            {t('desk.review.title')}
          </Title>
          <Button variant="default" onClick={onBack} rightSection={<Kbd size="xs">Esc</Kbd>}>
            {t('desk.review.back')}
          </Button>
        </Group>
        <ErrorAlert error={load.error} lang={lang} />
        {!review ? (
          load.error ? null : (
            <Group gap="xs">
              <Loader size="sm" aria-hidden />
              <Text>{t('desk.review.loading')}</Text>
            </Group>
          )
        ) : (
          <>
            {done ? (
              <Alert color="blue" variant="light" title={t('desk.review.submittedTitle')} data-testid="sheet-submitted">
                <Stack gap={4}>
                  <Text size="sm">{t('desk.review.submittedAt', { date: formatDateTime(done.submittedAt, lang) })}</Text>
                  {done.sheetSha256 ? (
                    <>
                      <Text size="sm">{t('desk.review.sha')}</Text>
                      <Code block data-testid="sheet-sha" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                        {done.sheetSha256}
                      </Code>
                    </>
                  ) : (
                    <Text size="sm">{t('desk.review.shaElsewhere')}</Text>
                  )}
                </Stack>
              </Alert>
            ) : (
              <Text data-testid="review-summary" role="status">
                {review.ready
                  ? t('desk.review.ready', { n: formatNumber(rows.length, lang, 0) })
                  : t('desk.review.notReady', { n: formatNumber(rows.length, lang, 0), problems: formatNumber(problems, lang, 0) })}
              </Text>
            )}
            {!done && (
              <Group>
                <Button ref={submitRef} disabled={!review.ready} onClick={() => setSubmitting(true)} data-testid="submit-sheet">
                  {t('desk.review.submit')}
                </Button>
                {!review.ready && (
                  <Text size="sm" c="dimmed">
                    {t('desk.review.fixFirst')}
                  </Text>
                )}
              </Group>
            )}
            <div
              role="table"
              aria-label={t('desk.review.tableLabel')}
              aria-rowcount={rows.length + 1}
              style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, fontSize: 14, overflowX: 'auto' }}
            >
              <div role="rowgroup">
                <div role="row" aria-rowindex={1} style={{ ...grid, background: 'var(--mantine-color-gray-1)', fontWeight: 600 }}>
                  <div role="columnheader" style={cell}>
                    {t('desk.review.col.code')}
                  </div>
                  <div role="columnheader" style={cell}>
                    {t('desk.review.col.status')}
                  </div>
                  {criteria.map((c) => (
                    <div role="columnheader" key={c.id} style={cell} title={criterionTitle(c)}>
                      {c.code || c.name}
                    </div>
                  ))}
                  <div role="columnheader" style={cell}>
                    {weighted ? t('desk.review.col.subtotal') : t('desk.review.col.points')}
                  </div>
                  <div role="columnheader" style={cell}>
                    {t('desk.review.col.problems')}
                  </div>
                </div>
              </div>
              <div ref={scrollRef} role="rowgroup" style={{ maxHeight: 'max(240px, calc(100vh - 420px))', overflowY: 'auto' }}>
                <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
                  {virtualizer.getVirtualItems().map((v) => {
                    const row = rows[v.index];
                    if (!row) return null;
                    const recused = row.status === 'recused';
                    return (
                      <div
                        key={row.applicantId}
                        role="row"
                        aria-rowindex={v.index + 2}
                        data-index={v.index}
                        ref={virtualizer.measureElement}
                        data-testid="review-row"
                        data-code={row.code}
                        style={{
                          ...grid,
                          position: 'absolute',
                          top: 0,
                          left: 0,
                          right: 0,
                          transform: `translateY(${v.start}px)`,
                          borderTop: '1px solid var(--mantine-color-gray-2)',
                        }}
                      >
                        <div role="cell" style={cell}>
                          {recused ? (
                            <Text span ff="monospace" fw={700} size="sm">
                              {row.code}
                            </Text>
                          ) : (
                            <UnstyledButton
                              onClick={() => onJump(row.applicantId, null)}
                              aria-label={t('desk.review.open', { code: row.code })}
                              style={{
                                fontFamily: 'var(--mantine-font-family-monospace)',
                                fontWeight: 700,
                                fontSize: 14,
                                color: 'var(--mantine-color-blue-9)',
                                textDecoration: 'underline',
                              }}
                            >
                              {row.code}
                            </UnstyledButton>
                          )}
                        </div>
                        <div role="cell" style={cell}>
                          <ToneBadge size="sm" variant="light" color={statusColor[row.status]} tt="none">
                            {t(statusKey[row.status])}
                          </ToneBadge>
                        </div>
                        {criteria.map((c) => {
                          const value = row.scores[c.id];
                          return (
                            <div role="cell" key={c.id} style={cell}>
                              {recused ? '' : value === null || value === undefined ? '–' : formatEntered(value, lang)}
                            </div>
                          );
                        })}
                        <div role="cell" style={cell}>
                          {row.subtotal === null || recused ? '–' : formatScore(row.subtotal, lang)}
                        </div>
                        <div role="cell" style={cell}>
                          {row.problems.length === 0 ? (
                            <Text span size="sm" c="dimmed">
                              {recused ? t('desk.review.recused') : t('desk.review.noProblem')}
                            </Text>
                          ) : (
                            <Stack gap={2} align="flex-start">
                              {row.problems.map((p) => (
                                <UnstyledButton
                                  key={`${p.kind}-${p.criterionId}`}
                                  data-testid="review-problem"
                                  onClick={() => onJump(row.applicantId, p.criterionId)}
                                  style={{
                                    fontSize: 14,
                                    color: 'var(--mantine-color-red-9)',
                                    textDecoration: 'underline',
                                    textAlign: 'left',
                                  }}
                                >
                                  {t(problemKey[p.kind], { criterion: name(p.criterionId) })}
                                </UnstyledButton>
                              ))}
                            </Stack>
                          )}
                        </div>
                      </div>
                    );
                  })}
                </div>
              </div>
            </div>
          </>
        )}
      </Stack>
      <SubmitDialog
        opened={submitting}
        roundId={roundId}
        applicants={rows.filter((r) => r.status !== 'recused').length}
        lang={lang}
        onClose={() => setSubmitting(false)}
        onSubmitted={(result) => {
          setSubmitting(false);
          onSubmitted(result);
          void runLoad();
        }}
      />
    </Paper>
  );
}
