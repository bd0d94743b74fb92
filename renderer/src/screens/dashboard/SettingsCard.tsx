import { Divider, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAppStatus, useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';
import { BackupPanel } from './BackupPanel';

const MIN_MINUTES = 1;
const MAX_MINUTES = 240;

/** The chair's settings: idle sign-out and auto-lock, and an on-demand backup. */
export function SettingsCard() {
  const { t } = useTranslation();
  const { setStatus } = useAppStatus();
  const { vault, lang } = useKnownStatus();
  const [minutes, setMinutes] = useState<string | number>(vault?.idleMinutes ?? 10);
  const [signOut, setSignOut] = useState<string | number>(vault?.signOutMinutes ?? 5);
  const [invalid, setInvalid] = useState(false);
  const [signOutInvalid, setSignOutInvalid] = useState(false);
  const [saved, setSaved] = useState<{ minutes: number; signOut: number; before: number | null } | null>(null);

  const save = useMutation(async (value: number, signOutValue: number) => {
    const before = vault?.signOutMinutes ?? null;
    setStatus(await api.settings.setIdleMinutes({ minutes: value, signOutMinutes: signOutValue }));
    setSaved({ minutes: value, signOut: signOutValue, before });
  });

  const inRange = (v: number) => Number.isInteger(v) && v >= MIN_MINUTES && v <= MAX_MINUTES;

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = typeof minutes === 'number' ? minutes : Number.NaN;
    const signOutValue = typeof signOut === 'number' ? signOut : Number.NaN;
    const ok = inRange(value);
    // Main signs out after the shorter of the two times; the hint says so.
    const signOutOk = inRange(signOutValue);
    setInvalid(!ok);
    setSignOutInvalid(!signOutOk);
    setSaved(null);
    if (ok && signOutOk) void save.run(value, signOutValue);
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
            <NumberInput
              label={t('dashboard.settings.signOut')}
              description={t('dashboard.settings.signOutHint')}
              value={signOut}
              onChange={setSignOut}
              min={MIN_MINUTES}
              max={MAX_MINUTES}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              error={signOutInvalid ? t('dashboard.settings.signOutInvalid') : undefined}
              styles={{ wrapper: { maxWidth: 160 } }}
            />
            <div>
              <BusyButton type="submit" variant="default" busy={save.busy} busyLabel={t('dashboard.settings.saving')}>
                {t('dashboard.settings.save')}
              </BusyButton>
            </div>
            {saved !== null && (
              <Text size="sm" c="teal.9" role="status">
                {saved.signOut === saved.before
                  ? t('dashboard.settings.saved', { minutes: saved.minutes })
                  : t('dashboard.settings.savedBoth', { minutes: saved.minutes, signOut: saved.signOut })}
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
