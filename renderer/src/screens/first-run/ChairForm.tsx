import { Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD } from '../../../../shared/contract/schemas';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SecretInput } from '../../components/SecretInput';
import { useAppStatus, useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';

interface Errors {
  name?: string;
  nip?: string;
  password?: string;
  passwordRepeat?: string;
}

const NIP = /^(\d{18})?$/;

/** The first person in the vault; setupChair also signs them in, so the dashboard follows. */
export function ChairForm({ committee }: { committee: string }) {
  const { t } = useTranslation();
  const { refresh } = useAppStatus();
  const { lang } = useKnownStatus();
  const [name, setName] = useState('');
  const [nip, setNip] = useState('');
  const [password, setPassword] = useState('');
  const [passwordRepeat, setPasswordRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const setup = useMutation(async () => {
    await api.people.setupChair({ name, nip: nip.trim(), password, passwordRepeat });
    await refresh();
  });

  function validate(): Errors {
    const e: Errors = {};
    if (name.trim().length < 2) e.name = t('firstRun.chair.nameRequired');
    if (!NIP.test(nip.trim())) e.nip = t('firstRun.chair.nipInvalid');
    if (password.length < MIN_PASSWORD) e.password = t('firstRun.chair.tooShort', { min: MIN_PASSWORD });
    if (passwordRepeat !== password) e.passwordRepeat = t('firstRun.chair.mismatch');
    return e;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length === 0) void setup.run();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('firstRun.chair.heading')}
        </Title>
        <Text>{t('firstRun.chair.intro', { committee })}</Text>
        <TextInput
          autoFocus
          required
          label={t('firstRun.chair.name')}
          description={t('firstRun.chair.nameHint')}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setErrors((x) => ({ ...x, name: undefined }));
          }}
          error={errors.name}
          maxLength={200}
        />
        <TextInput
          label={t('firstRun.chair.nip')}
          description={t('firstRun.chair.nipHint')}
          value={nip}
          onChange={(e) => {
            setNip(e.currentTarget.value);
            setErrors((x) => ({ ...x, nip: undefined }));
          }}
          error={errors.nip}
          inputMode="numeric"
          maxLength={18}
          autoComplete="off"
        />
        <SecretInput
          required
          label={t('firstRun.chair.password')}
          description={t('firstRun.chair.passwordHint', { min: MIN_PASSWORD })}
          value={password}
          onChange={(e) => {
            setPassword(e.currentTarget.value);
            setErrors((x) => ({ ...x, password: undefined }));
          }}
          error={errors.password}
          autoComplete="new-password"
        />
        <SecretInput
          required
          label={t('firstRun.chair.passwordRepeat')}
          value={passwordRepeat}
          onChange={(e) => {
            setPasswordRepeat(e.currentTarget.value);
            setErrors((x) => ({ ...x, passwordRepeat: undefined }));
          }}
          error={errors.passwordRepeat}
          autoComplete="new-password"
        />
        <ErrorAlert error={setup.error} lang={lang} />
        <Group justify="flex-end">
          <BusyButton type="submit" busy={setup.busy} busyLabel={t('firstRun.chair.busy')}>
            {t('firstRun.chair.submit')}
          </BusyButton>
        </Group>
      </Stack>
    </form>
  );
}
