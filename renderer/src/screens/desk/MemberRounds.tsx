import { Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundSummary, SelectionDetail } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useQuery } from '../../data/use-query';
import { CalibrationDesk } from './CalibrationDesk';
import { DeskScreen } from './DeskScreen';
import { roundStateKey, sheetKey } from './status';
import { useOpenDesk } from './use-open-desk';
import { ToneBadge } from './ToneBadge';

/** A round belongs on the member's list when they score in it or its calibration has started. */
function mine(r: RoundSummary): boolean {
  return r.me.scorer || r.calibration !== 'none';
}

/**
 * A member's way into scoring: their rounds of this selection, each opening the desk (or
 * calibration). While a desk is open it takes the whole workspace; `children` (the overview)
 * shows under the list otherwise.
 */
export function MemberRounds({ selection, children }: { selection: SelectionDetail; children?: ReactNode }) {
  const { t } = useTranslation();
  const { vault, session, lang } = useKnownStatus();
  const sessionKey = `${vault?.path ?? ''}|${session?.personId ?? ''}`;
  const [open, setOpen] = useOpenDesk(sessionKey, selection.id);
  const firstButton = useRef<HTMLButtonElement>(null);
  const wantFocus = useRef(false);
  // Read again each time the member comes back from a desk.
  const load = useQuery('rounds.list', { selectionId: selection.id }, { enabled: open === null });
  const rounds = useMemo(() => load.value?.filter(mine) ?? null, [load.value]);
  useEffect(() => {
    if (!open) wantFocus.current = true;
  }, [open]);
  // Keyboard first: once the list is on screen, the member's first way in takes the focus.
  useEffect(() => {
    if (!rounds || !wantFocus.current) return;
    wantFocus.current = false;
    firstButton.current?.focus();
  }, [rounds]);

  if (open?.kind === 'desk')
    return <DeskScreen key={open.roundId} selectionId={selection.id} roundId={open.roundId} onBack={() => setOpen(null)} />;
  if (open?.kind === 'calibration') return <CalibrationDesk key={open.roundId} roundId={open.roundId} onBack={() => setOpen(null)} />;

  // The button that takes the focus: the first round's desk, else its calibration.
  const lead = rounds?.[0];
  const leadKind = lead ? (lead.me.scorer && lead.state !== 'draft' ? 'desk' : 'calibration') : null;
  const ref = (r: RoundSummary, kind: 'desk' | 'calibration') => (r === lead && kind === leadKind ? firstButton : undefined);

  return (
    <>
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="member-rounds-title" data-testid="member-rounds">
        <Stack gap="md">
          <Title order={2} size="h3" id="member-rounds-title">
            {t('desk.rounds.heading')}
          </Title>
          <ErrorAlert error={load.error} lang={lang} />
          {rounds === null ? (
            load.error ? null : (
              <Group gap="xs">
                <Loader size="sm" aria-hidden />
                <Text>{t('desk.rounds.loading')}</Text>
              </Group>
            )
          ) : rounds.length === 0 ? (
            <Text data-testid="member-rounds-empty">{t('desk.rounds.empty')}</Text>
          ) : (
            <Stack component="ul" gap="sm" m={0} p={0}>
              {rounds.map((r) => (
                <Paper component="li" key={r.id} withBorder radius="md" p="md" style={{ listStyle: 'none' }} data-testid="member-round">
                  <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                    <Stack gap={4}>
                      <Title order={3} size="h4">
                        {t('desk.rounds.stage', { stage: r.stageName })}
                      </Title>
                      <Group gap="xs">
                        <Badge variant="light" tt="none">
                          {t(roundStateKey[r.state])}
                        </Badge>
                        {r.me.status && (
                          <ToneBadge variant="light" color={r.me.status === 'submitted' ? 'teal' : 'gray'} tt="none">
                            {t(sheetKey[r.me.status])}
                          </ToneBadge>
                        )}
                        {r.calibration !== 'none' && (
                          <ToneBadge variant="light" color="grape" tt="none">
                            {r.calibration === 'open' ? t('desk.rounds.calibrationOpen') : t('desk.rounds.calibrationClosed')}
                          </ToneBadge>
                        )}
                      </Group>
                      {r.openedAt && (
                        <Text size="sm" c="dimmed">
                          {t('desk.rounds.openedAt', { date: formatDateTime(r.openedAt, lang) })}
                        </Text>
                      )}
                    </Stack>
                    <Group gap="xs">
                      {r.calibration !== 'none' && (
                        <Button
                          ref={ref(r, 'calibration')}
                          variant={r.calibration === 'open' ? 'filled' : 'default'}
                          color="grape"
                          aria-label={
                            r.calibration === 'open'
                              ? t('desk.rounds.openCalibrationLabel', { stage: r.stageName })
                              : t('desk.rounds.calibrationResultsLabel', { stage: r.stageName })
                          }
                          onClick={() => setOpen({ kind: 'calibration', roundId: r.id })}
                        >
                          {r.calibration === 'open' ? t('desk.rounds.openCalibration') : t('desk.rounds.calibrationResults')}
                        </Button>
                      )}
                      {r.me.scorer && r.state !== 'draft' && (
                        <Button
                          ref={ref(r, 'desk')}
                          variant={r.me.status === 'scoring' && r.state === 'open' ? 'filled' : 'default'}
                          aria-label={
                            r.me.status === 'scoring' && r.state === 'open'
                              ? t('desk.rounds.openDeskLabel', { stage: r.stageName })
                              : t('desk.rounds.viewDeskLabel', { stage: r.stageName })
                          }
                          onClick={() => setOpen({ kind: 'desk', roundId: r.id })}
                        >
                          {r.me.status === 'scoring' && r.state === 'open' ? t('desk.rounds.openDesk') : t('desk.rounds.viewDesk')}
                        </Button>
                      )}
                    </Group>
                  </Group>
                </Paper>
              ))}
            </Stack>
          )}
        </Stack>
      </Paper>
      {children}
    </>
  );
}
