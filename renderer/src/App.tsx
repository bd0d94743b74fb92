import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../shared/contract';
import { ErrorAlert } from './components/ErrorAlert';
import { applyLanguage } from './i18n';
import { DashboardScreen } from './screens/dashboard/DashboardScreen';
import { FirstRunScreen } from './screens/first-run/FirstRunScreen';
import { PasswordChangeScreen } from './screens/password/PasswordChangeScreen';
import { SelectionWorkspace } from './screens/selection/SelectionWorkspace';
import { useOpenSelection } from './screens/selection/use-open-selection';
import { SignInScreen } from './screens/sign-in/SignInScreen';
import { UnlockScreen } from './screens/unlock/UnlockScreen';
import { useActivityReporter } from './state/activity';
import { uiLanguage, useAppStatus } from './state/app-status';

type Screen = 'first-run' | 'unlock' | 'sign-in' | 'password' | 'dashboard';

/** Which screen the status calls for: the app has no router, main's state is the route. */
function screenFor(status: AppStatus, creatingNew: boolean): Screen {
  if (!status.vault) return creatingNew || status.recent.length === 0 ? 'first-run' : 'unlock';
  if (!status.vault.hasPeople) return 'first-run';
  if (!status.session) return 'sign-in';
  // Signed in with a one-time password: main answers nothing else until it is changed.
  if (status.session.mustChangePassword) return 'password';
  return 'dashboard';
}

/** Signed in: the list of selections, or the one selection the person opened. */
function SignedIn({ sessionKey }: { sessionKey: string }) {
  const [selectionId, open] = useOpenSelection(sessionKey);
  return selectionId ? (
    <SelectionWorkspace key={selectionId} selectionId={selectionId} onBack={() => open(null)} />
  ) : (
    <DashboardScreen onOpen={open} />
  );
}

export function App() {
  const { t } = useTranslation();
  const { status, loadError, refresh } = useAppStatus();
  const [creatingNew, setCreatingNew] = useState(false);
  const lang = uiLanguage(status);

  useEffect(() => applyLanguage(lang), [lang]);
  useActivityReporter(Boolean(status?.vault));

  if (!status) {
    return (
      <Center mih="100vh">
        {loadError ? (
          <Stack maw={480}>
            <Text fw={600}>{t('app.loadFailed')}</Text>
            <ErrorAlert error={loadError} lang={lang} />
            <Button onClick={() => void refresh()}>{t('app.retry')}</Button>
          </Stack>
        ) : (
          <Stack align="center">
            <Loader aria-hidden />
            <Text>{t('app.loading')}</Text>
          </Stack>
        )}
      </Center>
    );
  }

  // Keyed by vault path + person so nothing typed for one vault or person outlives a lock.
  const sessionKey = `${status.vault?.path ?? ''}|${status.session?.personId ?? ''}`;
  switch (screenFor(status, creatingNew)) {
    case 'first-run':
      return (
        <FirstRunScreen
          key={sessionKey}
          onCancel={status.recent.length > 0 && !status.vault ? () => setCreatingNew(false) : undefined}
          onCreated={() => setCreatingNew(false)}
        />
      );
    case 'unlock':
      return <UnlockScreen onCreateNew={() => setCreatingNew(true)} />;
    case 'sign-in':
      return <SignInScreen key={sessionKey} />;
    case 'password':
      return <PasswordChangeScreen key={sessionKey} />;
    case 'dashboard':
      return <SignedIn key={sessionKey} sessionKey={sessionKey} />;
  }
}
