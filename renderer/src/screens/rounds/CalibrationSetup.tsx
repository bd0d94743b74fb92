import { Button, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalibrationView } from '../../../../shared/contract';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';

export const MAX_CASES = 3;

interface CaseDraft {
  key: number;
  label: string;
  description: string;
}

interface Props {
  roundId: string;
  onStarted(view: CalibrationView): void;
  onCancel(): void;
}

/** The chair's sample cases (one to three): a title and what the scorers read or watch. */
export function CalibrationSetup({ roundId, onStarted, onCancel }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [cases, setCases] = useState<CaseDraft[]>([{ key: 1, label: '', description: '' }]);
  const [invalid, setInvalid] = useState<Set<number>>(new Set());
  const start = useMutation(async () =>
    onStarted(
      await api.calibration.start({ roundId, cases: cases.map((c) => ({ label: c.label.trim(), description: c.description.trim() })) }),
    ),
  );

  const change = (key: number, patch: Partial<CaseDraft>) => setCases((cur) => cur.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  const add = () =>
    setCases((cur) =>
      cur.length >= MAX_CASES ? cur : [...cur, { key: Math.max(...cur.map((c) => c.key)) + 1, label: '', description: '' }],
    );
  const remove = (key: number) => setCases((cur) => (cur.length <= 1 ? cur : cur.filter((c) => c.key !== key)));

  function submit(event: FormEvent) {
    event.preventDefault();
    const bad = new Set(cases.filter((c) => c.label.trim().length === 0).map((c) => c.key));
    setInvalid(bad);
    if (bad.size === 0) void start.run();
  }

  return (
    <form onSubmit={submit} noValidate data-testid="calibration-setup">
      <Stack gap="sm">
        <Text size="sm">{t('rounds.calibration.setupIntro', { max: MAX_CASES })}</Text>
        {cases.map((c, i) => (
          <Paper key={c.key} withBorder p="sm" radius="sm" component="fieldset" style={{ margin: 0 }}>
            <Text component="legend" fw={700} size="sm" px={4}>
              {t('rounds.calibration.caseHeading', { n: i + 1 })}
            </Text>
            <Stack gap="xs">
              {cases.length > 1 && (
                <Group justify="flex-end">
                  <Button variant="subtle" color="red" size="xs" onClick={() => remove(c.key)}>
                    {t('rounds.calibration.remove', { n: i + 1 })}
                  </Button>
                </Group>
              )}
              <TextInput
                required
                label={t('rounds.calibration.label', { n: i + 1 })}
                description={t('rounds.calibration.labelHint')}
                value={c.label}
                maxLength={200}
                onChange={(e) => change(c.key, { label: e.currentTarget.value })}
                error={invalid.has(c.key) ? t('rounds.calibration.labelError') : undefined}
              />
              <Textarea
                autosize
                minRows={3}
                maxRows={10}
                maxLength={8000}
                label={t('rounds.calibration.description', { n: i + 1 })}
                description={t('rounds.calibration.descriptionHint')}
                value={c.description}
                onChange={(e) => change(c.key, { description: e.currentTarget.value })}
              />
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button variant="default" onClick={add} disabled={cases.length >= MAX_CASES}>
            {t('rounds.calibration.add')}
          </Button>
          {cases.length >= MAX_CASES && (
            <Text size="sm" c="dimmed">
              {t('rounds.calibration.max', { max: MAX_CASES })}
            </Text>
          )}
        </Group>
        <ErrorAlert error={start.error} lang={lang} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('rounds.cancel')}
          </Button>
          <BusyButton type="submit" busy={start.busy} busyLabel={t('rounds.calibration.startBusy')}>
            {t('rounds.calibration.start')}
          </BusyButton>
        </Group>
      </Stack>
    </form>
  );
}
