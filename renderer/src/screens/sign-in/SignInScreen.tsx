import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenFrame, ScreenTitle } from '../../components/ScreenFrame';
import { SecretInput } from '../../components/SecretInput';
import { useAppStatus, useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';
import { PersonChoice } from './PersonChoice';

interface Errors {
  person?: string;
  password?: string;
}

export function SignInScreen() {
  const { t } = useTranslation();
  const { setStatus, refresh } = useAppStatus();
  const { vault, lang, signedOutBecause } = useKnownStatus();
  const [personId, setPersonId] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const load = useQuery(
    'session.people',
    {},
    {
      // With one person (the chair right after set-up) there is nothing to choose.
      onRead: (list) => {
        if (list.length === 1 && list[0]) setPersonId(list[0].id);
      },
    },
  );
  const people = load.value;
  const signIn = useMutation(async () => {
    await api.session.signIn({ personId, password });
    await refresh();
  });
  const lock = useMutation(async () => setStatus(await api.vault.lock({})));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (!personId) found.person = t('signIn.personRequired');
    if (!password) found.password = t('signIn.passwordRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await signIn.run();
    setPassword('');
  }

  return (
    <ScreenFrame testId="sign-in">
      <Stack gap="lg">
        <Stack gap="xs">
          <ScreenTitle>{t('signIn.title')}</ScreenTitle>
          <Text>{t('signIn.intro', { committee: vault?.committeeName ?? '' })}</Text>
        </Stack>
        {signedOutBecause === 'idle' && vault && (
          // Main signed the last person out for being idle; the vault stayed open for the next.
          <Alert variant="light" color="blue" title={t('signIn.idleTitle')} data-testid="signed-out-idle">
            {t('signIn.idle', { minutes: Math.min(vault.signOutMinutes, vault.idleMinutes) })}
          </Alert>
        )}
        <ErrorAlert error={load.error} lang={lang} />
        {people === null && !load.error ? (
          <Group gap="xs">
            <Loader size="sm" aria-hidden />
            <Text>{t('signIn.loadingPeople')}</Text>
          </Group>
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="md">
              <PersonChoice people={people ?? []} value={personId} onChange={setPersonId} error={errors.person} />
              <SecretInput
                // The person is usually preselected, so typing starts in the password.
                autoFocus
                required
                label={t('signIn.password')}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={errors.password}
                autoComplete="current-password"
              />
              <ErrorAlert error={signIn.error} lang={lang} />
              <Group justify="space-between">
                <BusyButton variant="subtle" busy={lock.busy} busyLabel={t('signIn.lock')} onClick={() => void lock.run()}>
                  {t('signIn.lock')}
                </BusyButton>
                <BusyButton type="submit" busy={signIn.busy} busyLabel={t('signIn.busy')}>
                  {t('signIn.submit')}
                </BusyButton>
              </Group>
              <ErrorAlert error={lock.error} lang={lang} />
            </Stack>
          </form>
        )}
      </Stack>
    </ScreenFrame>
  );
}
