import { Badge, Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useAppStatus, useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';

/**
 * Who is signed in, and the two ways out: sign out (vault stays open) or lock (everyone out).
 * `confirmLeave` lets a screen with unsaved edits ask before either.
 */
export function DashboardHeader({ confirmLeave = (go) => go() }: { confirmLeave?: (go: () => void) => void }) {
  const { t } = useTranslation();
  const { setStatus, refresh } = useAppStatus();
  const { session, lang } = useKnownStatus();
  const signOut = useMutation(async () => {
    await api.session.signOut({});
    await refresh();
  });
  const lock = useMutation(async () => setStatus(await api.vault.lock({})));

  return (
    <Box component="header" px="lg" py="sm" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text fw={700} size="lg" c="blue.8">
          {t('app.name')}
        </Text>
        <Group gap="md" wrap="nowrap">
          {session && (
            <Stack gap={0} align="flex-end">
              <Text size="sm" data-testid="signed-in-as">
                {t('dashboard.signedInAs', { name: session.name })}
              </Text>
              <Badge variant="light" size="sm" tt="none">
                {t(`roles.${session.role}`)}
              </Badge>
            </Stack>
          )}
          <LanguageSwitch />
          <BusyButton
            variant="default"
            busy={signOut.busy}
            busyLabel={t('dashboard.signOut')}
            onClick={() => confirmLeave(() => void signOut.run())}
          >
            {t('dashboard.signOut')}
          </BusyButton>
          <BusyButton busy={lock.busy} busyLabel={t('dashboard.lockNow')} onClick={() => confirmLeave(() => void lock.run())}>
            {t('dashboard.lockNow')}
          </BusyButton>
        </Group>
      </Group>
      <ErrorAlert error={signOut.error ?? lock.error} lang={lang} />
    </Box>
  );
}
