import { Badge, Button, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRow, RoundBoard, ScorerStatus } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { ExcuseDialog } from './ExcuseDialog';
import { formatCount } from './numbers';
import type { Query } from '../../data/use-query';

const statusColors: Record<ScorerStatus, string> = { scoring: 'blue', submitted: 'cyan', excused: 'gray' };
const counts = ['done', 'inProgress', 'notStarted', 'recused'] as const;

interface Props {
  board: RoundBoard;
  /** Where the board comes from: refresh by hand, adopt what an excuse returns, poll state. */
  live: Query<RoundBoard>;
  canExcuse: boolean;
}

function SheetStatus({ row }: { row: BoardRow }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  return (
    <Stack gap={2}>
      <Badge variant="light" color={statusColors[row.status]} tt="none" data-testid="sheet-status">
        {t(`rounds.board.status.${row.status}`)}
      </Badge>
      {row.status === 'submitted' && row.submittedAt && (
        <Text size="xs">{t('rounds.board.submittedAt', { date: formatDateTime(row.submittedAt, lang) })}</Text>
      )}
      {row.status === 'submitted' && row.sheetSha256 && (
        <Text size="xs" data-testid="sheet-sha256">
          {t('rounds.board.sheetSha')}{' '}
          <Text span ff="monospace" size="xs" style={{ overflowWrap: 'anywhere' }}>
            {row.sheetSha256}
          </Text>
        </Text>
      )}
      {row.status === 'excused' && row.excuseReason && (
        <Text size="xs" style={{ overflowWrap: 'anywhere' }} data-testid="excuse-reason">
          {t('rounds.board.reason', { reason: row.excuseReason })}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The chair's board: for each scorer, how many applicants are done, in progress, not started
 * or recused, and their sheet's status. Main sends no value, total or rank, and none is shown.
 */
export function Board({ board, live, canExcuse }: Props) {
  const { refresh, refreshing, paused, updatedAt, error } = live;
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [excusing, setExcusing] = useState<BoardRow | null>(null);
  const open = board.round.state === 'open';
  const n = (v: number) => formatCount(v, lang);
  const submitted = board.scorers.filter((s) => s.status === 'submitted').length;
  const excused = board.scorers.filter((s) => s.status === 'excused').length;
  const scoring = board.scorers.length - submitted - excused;
  const titleId = `board-${board.round.id}-title`;

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId} data-testid="round-board">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={4} size="h5" id={titleId}>
            {open ? t('rounds.board.heading') : t('rounds.board.headingFinal')}
          </Title>
          <Text size="sm" c="dimmed">
            {open ? t('rounds.board.intro') : t('rounds.board.introFinal')}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <BusyButton variant="default" size="xs" busy={refreshing} busyLabel={t('rounds.board.refreshing')} onClick={refresh}>
            {t('rounds.board.refresh')}
          </BusyButton>
        </Group>
      </Group>
      <Text size="sm" fw={600} data-testid="board-summary">
        {t('rounds.board.summary', { submitted: n(submitted), total: n(board.scorers.length), excused: n(excused), scoring: n(scoring) })}
      </Text>
      {board.scorers.length === 0 ? (
        <Text size="sm">{t('rounds.board.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table withTableBorder verticalSpacing={6} bg="white">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rounds.board.col.member')}</Table.Th>
                <Table.Th scope="col">{t('rounds.board.col.sheet')}</Table.Th>
                {counts.map((c) => (
                  <Table.Th scope="col" key={c} ta="right">
                    {t(`rounds.board.col.${c}`)}
                  </Table.Th>
                ))}
                {open && canExcuse && <Table.Th scope="col">{t('rounds.board.col.action')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {board.scorers.map((row) => {
                const assigned = row.counts.done + row.counts.inProgress + row.counts.notStarted;
                return (
                  <Table.Tr key={row.personId} data-testid="board-row">
                    <Table.Th scope="row" fw={500} miw={190}>
                      <Stack gap={4}>
                        <span>{row.name}</span>
                        <Progress
                          aria-hidden
                          size="sm"
                          value={assigned === 0 ? 0 : (row.counts.done / assigned) * 100}
                          color={row.status === 'excused' ? 'gray' : 'teal'}
                        />
                      </Stack>
                    </Table.Th>
                    <Table.Td>
                      <SheetStatus row={row} />
                    </Table.Td>
                    {counts.map((c) => (
                      <Table.Td key={c} ta="right" data-testid={`count-${c}`}>
                        {n(row.counts[c])}
                      </Table.Td>
                    ))}
                    {open && canExcuse && (
                      <Table.Td>
                        {row.status === 'scoring' && (
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setExcusing(row)}
                            aria-label={t('rounds.board.excuseLabel', { name: row.name })}
                          >
                            {t('rounds.board.excuse')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {open && (
        <Text size="xs" c="dimmed" data-testid="board-updated">
          {paused
            ? t('rounds.board.paused')
            : updatedAt
              ? t('rounds.board.updated', { date: formatDateTime(updatedAt, lang) })
              : t('rounds.board.auto')}
        </Text>
      )}
      <ErrorAlert error={error} lang={lang} />
      {excusing && (
        <ExcuseDialog
          roundId={board.round.id}
          scorer={excusing}
          onClose={() => setExcusing(null)}
          onDone={(b) => {
            setExcusing(null);
            live.adopt(b);
          }}
        />
      )}
    </Stack>
  );
}
