import { Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD } from '../../../../shared/contract/schemas';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenFrame, ScreenTitle } from '../../components/ScreenFrame';
import { SecretInput } from '../../components/SecretInput';
import { StrengthMeter } from '../../components/StrengthMeter';
import { useAppStatus, useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';

interface Errors {
  current?: string;
  next?: string;
  repeat?: string;
}

/**
 * After signing in with a one-time password main allows nothing else: the person picks
 * their own password here, then the status refresh brings the normal screens.
 */
export function PasswordChangeScreen() {
  const { t } = useTranslation();
  const { refresh } = useAppStatus();
  const { session, lang } = useKnownStatus();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const change = useMutation(async () => {
    await api.session.changePassword({ currentPassword: current, newPassword: next, newPasswordRepeat: repeat });
    await refresh();
  });
  const signOut = useMutation(async () => {
    await api.session.signOut({});
    await refresh();
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const e: Errors = {};
    if (!current) e.current = t('people.password.currentError');
    if ([...next].length < MIN_PASSWORD) e.next = t('people.password.nextError', { min: MIN_PASSWORD });
    else if (next === current) e.next = t('people.password.sameError');
    if (repeat !== next) e.repeat = t('people.password.repeatError');
    setErrors(e);
    if (Object.keys(e).length === 0) void change.run();
  }

  return (
    <ScreenFrame testId="password-change">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ScreenTitle>{t('people.password.title')}</ScreenTitle>
          <Text>{t('people.password.intro', { name: session?.name ?? '' })}</Text>
          <SecretInput
            autoFocus
            required
            label={t('people.password.current')}
            value={current}
            onChange={(e) => {
              setCurrent(e.currentTarget.value);
              // A message about what was typed before goes once the person types again.
              setErrors((x) => ({ ...x, current: undefined }));
            }}
            error={errors.current}
            autoComplete="current-password"
          />
          <SecretInput
            required
            label={t('people.password.next')}
            description={t('people.password.nextHint', { min: MIN_PASSWORD })}
            value={next}
            onChange={(e) => {
              setNext(e.currentTarget.value);
              setErrors((x) => ({ ...x, next: undefined }));
            }}
            error={errors.next}
            autoComplete="new-password"
          />
          <StrengthMeter of="password" value={next} userInputs={[session?.name ?? '', current]} />
          <SecretInput
            required
            label={t('people.password.repeat')}
            value={repeat}
            onChange={(e) => {
              setRepeat(e.currentTarget.value);
              setErrors((x) => ({ ...x, repeat: undefined }));
            }}
            error={errors.repeat}
            autoComplete="new-password"
          />
          <ErrorAlert error={change.error ?? signOut.error} lang={lang} />
          <Group justify="space-between">
            <BusyButton variant="subtle" busy={signOut.busy} busyLabel={t('people.password.signOut')} onClick={() => void signOut.run()}>
              {t('people.password.signOut')}
            </BusyButton>
            <BusyButton type="submit" busy={change.busy} busyLabel={t('people.password.busy')}>
              {t('people.password.submit')}
            </BusyButton>
          </Group>
        </Stack>
      </form>
    </ScreenFrame>
  );
}
