import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobStatus } from '../../../../../shared/contract';
import { formatNumber } from '../../../../../shared/format';
import { useKnownStatus } from '../../../state/app-status';

const phases = ['read', 'check', 'store'] as const;
type Phase = (typeof phases)[number];
const isPhase = (p: string): p is Phase => (phases as readonly string[]).includes(p);

/** What main is doing with the spreadsheet, with a real count where main knows one. */
export function JobProgress({ status, fallbackPhase }: { status: JobStatus | null; fallbackPhase: Phase }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const phase = status && isPhase(status.phase) ? status.phase : status ? null : fallbackPhase;
  const label = phase ? t(`people.import.phase.${phase}`) : t('people.import.phase.other');
  const total = status?.total ?? 0;
  const done = Math.min(status?.done ?? 0, total);
  const known = total > 0;
  return (
    <Stack gap={6} data-testid="job-progress">
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Progress
        size="lg"
        value={known ? Math.round((done / total) * 100) : 100}
        striped={!known}
        animated={!known}
        aria-label={t('people.import.progressLabel', { phase: label })}
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {known ? t('people.import.progress', { done: formatNumber(done, lang, 0), total: formatNumber(total, lang, 0) }) : '\u00a0'}
      </Text>
    </Stack>
  );
}
