import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../shared/contract';
import type { ApplicantFieldKey } from '../../../../../shared/selection/applicant-fields';
import { formatNumber } from '../../../../../shared/format';
import { BusyButton } from '../../../components/BusyButton';
import { useKnownStatus } from '../../../state/app-status';
import { RejectedRowCard } from './RejectedRowCard';
import { SampleTable } from './SampleTable';

export type Overrides = Record<string, Partial<Record<ApplicantFieldKey, string>>>;

const ROWS_AT_ONCE = 50;

interface Props {
  preview: ImportPreview;
  overrides: Overrides;
  rechecking: boolean;
  committing: boolean;
  onType(row: number, field: ApplicantFieldKey, value: string): void;
  onRecheck(): void;
  onCommit(): void;
  onBack(): void;
}

function Count({ label, value, color, testId }: { label: string; value: string; color?: string; testId: string }) {
  return (
    <Paper withBorder p="sm" radius="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} c={color} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** Step 3: the validation report. Nothing is stored until every row is accepted (one transaction). */
export function CheckStep({ preview, overrides, rechecking, committing, onType, onRecheck, onCommit, onBack }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [shown, setShown] = useState(ROWS_AT_ONCE);
  const n = (v: number) => formatNumber(v, lang, 0);
  const rejected = preview.rejected.length;
  const canCommit = rejected === 0 && preview.acceptedRows > 0;
  const more = Math.min(ROWS_AT_ONCE, rejected - shown);

  return (
    <Stack gap="lg">
      <SimpleGrid cols={3} spacing="md">
        <Count label={t('people.import.check.total')} value={n(preview.totalRows)} testId="import-total" />
        <Count label={t('people.import.check.accepted')} value={n(preview.acceptedRows)} color="teal.9" testId="import-accepted" />
        <Count
          label={t('people.import.check.rejected')}
          value={n(rejected)}
          color={rejected > 0 ? 'red.9' : undefined}
          testId="import-rejected"
        />
      </SimpleGrid>

      {rejected > 0 ? (
        <Alert color="orange" variant="light" title={t('people.import.check.nothingSavedTitle')} data-testid="nothing-saved">
          {t('people.import.check.nothingSaved')}
        </Alert>
      ) : (
        <Alert color="blue" variant="light" title={t('people.import.check.allGoodTitle')}>
          {t('people.import.check.allGood')}
        </Alert>
      )}

      {rejected > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="rejected-title">
          <Title order={3} size="h4" id="rejected-title">
            {t('people.import.check.rejectedHeading')}
          </Title>
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {preview.rejected.slice(0, shown).map((row) => (
              <RejectedRowCard
                key={row.rowNumber}
                row={row}
                typed={overrides[String(row.rowNumber)] ?? {}}
                onType={(field, value) => onType(row.rowNumber, field, value)}
              />
            ))}
          </Stack>
          <Group justify="space-between">
            {more > 0 ? (
              <Button variant="subtle" onClick={() => setShown((s) => s + ROWS_AT_ONCE)}>
                {t('people.import.check.showMore', { count: more })}
              </Button>
            ) : (
              <span />
            )}
            <BusyButton busy={rechecking} busyLabel={t('people.import.check.rechecking')} onClick={onRecheck} variant="filled">
              {t('people.import.check.recheck')}
            </BusyButton>
          </Group>
        </Stack>
      )}

      <Stack gap="xs" component="section" aria-labelledby="sample-title">
        <Title order={3} size="h4" id="sample-title">
          {t('people.import.check.sampleHeading')}
        </Title>
        {preview.sample.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('people.import.check.sampleIntro', { count: preview.sample.length })}
          </Text>
        )}
        <SampleTable sample={preview.sample} />
      </Stack>

      <Group justify="space-between" align="center">
        <Button variant="default" onClick={onBack} disabled={committing}>
          {t('people.import.check.backToMapping')}
        </Button>
        <Group gap="sm">
          {!canCommit && (
            <Text size="sm" c="dimmed" id="commit-blocked">
              {t('people.import.check.commitBlocked')}
            </Text>
          )}
          <BusyButton
            busy={committing}
            busyLabel={t('people.import.check.commitBusy')}
            disabled={!canCommit || rechecking}
            onClick={onCommit}
            aria-describedby={canCommit ? undefined : 'commit-blocked'}
          >
            {t('people.import.check.commit', { total: n(preview.acceptedRows) })}
          </BusyButton>
        </Group>
      </Group>
    </Stack>
  );
}
