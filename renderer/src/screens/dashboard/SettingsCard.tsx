import { Divider, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAppStatus, useKnownStatus } from '../../state/app-status';
import { useAction } from '../../state/use-action';
import { BackupPanel } from './BackupPanel';

const MIN_MINUTES = 1;
const MAX_MINUTES = 240;

/** The chair's settings: idle auto-lock and an on-demand backup. */
export function SettingsCard() {
  const { t } = useTranslation();
  const { setStatus } = useAppStatus();
  const { vault, lang } = useKnownStatus();
  const [minutes, setMinutes] = useState<string | number>(vault?.idleMinutes ?? 10);
  const [invalid, setInvalid] = useState(false);
  const [savedMinutes, setSavedMinutes] = useState<number | null>(null);

  const save = useAction(async (value: number) => {
    setStatus(await api.settings.setIdleMinutes({ minutes: value }));
    setSavedMinutes(value);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = typeof minutes === 'number' ? minutes : Number.NaN;
    const ok = Number.isInteger(value) && value >= MIN_MINUTES && value <= MAX_MINUTES;
    setInvalid(!ok);
    setSavedMinutes(null);
    if (ok) void save.run(value);
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="settings-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="settings-title">
          {t('dashboard.settings.title')}
        </Title>
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <NumberInput
              label={t('dashboard.settings.idle')}
              description={t('dashboard.settings.idleHint')}
              value={minutes}
              onChange={setMinutes}
              min={MIN_MINUTES}
              max={MAX_MINUTES}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              error={invalid ? t('dashboard.settings.idleInvalid') : undefined}
              // Three digits at most: a narrow box, the label keeps the full width.
              styles={{ wrapper: { maxWidth: 160 } }}
            />
            <div>
              <BusyButton type="submit" variant="default" busy={save.busy} busyLabel={t('dashboard.settings.saving')}>
                {t('dashboard.settings.save')}
              </BusyButton>
            </div>
            {savedMinutes !== null && (
              <Text size="sm" c="teal.9" role="status">
                {t('dashboard.settings.saved', { minutes: savedMinutes })}
              </Text>
            )}
            <ErrorAlert error={save.error} lang={lang} />
          </Stack>
        </form>
        <Divider />
        <BackupPanel />
      </Stack>
    </Paper>
  );
}
