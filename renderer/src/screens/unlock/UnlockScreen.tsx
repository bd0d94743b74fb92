import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenFrame, ScreenTitle } from '../../components/ScreenFrame';
import { SecretInput } from '../../components/SecretInput';
import { useAppStatus, useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';
import { OTHER, VaultChoice } from './VaultChoice';

interface Errors {
  path?: string;
  passphrase?: string;
}

export function UnlockScreen({ onCreateNew }: { onCreateNew: () => void }) {
  const { t } = useTranslation();
  const { setStatus } = useAppStatus();
  const { recent, nativeDialogs, lockedBecause, lang } = useKnownStatus();
  const [choice, setChoice] = useState(recent[0]?.path ?? OTHER);
  const [otherPath, setOtherPath] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const path = choice === OTHER ? otherPath.trim() : choice;

  const unlock = useMutation(async () => setStatus(await api.vault.unlock({ path, passphrase })));
  const pick = useMutation(async () => {
    const picked = await api.app.pickVaultPath({ mode: 'open' });
    if (picked.path) setOtherPath(picked.path);
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (!path) found.path = t('unlock.pathRequired');
    if (!passphrase) found.passphrase = t('unlock.passphraseRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await unlock.run();
    // Wrong passphrase: leave the field empty for the next try rather than half-edited.
    setPassphrase('');
  }

  return (
    <ScreenFrame testId="unlock-screen">
      <Stack gap="lg">
        <Stack gap="xs">
          <ScreenTitle>{t('unlock.title')}</ScreenTitle>
          {lockedBecause === 'idle' && (
            <Alert color="blue" variant="light" title={t('unlock.idleTitle')} data-testid="idle-notice">
              {t('unlock.idle')}
            </Alert>
          )}
          <Text>{t('unlock.intro')}</Text>
        </Stack>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <VaultChoice recent={recent} value={choice} onChange={setChoice} lang={lang} />
            {choice === OTHER && (
              <Stack gap={6}>
                <TextInput
                  required
                  label={t('unlock.otherPath')}
                  description={t('unlock.otherPathHint')}
                  value={otherPath}
                  onChange={(e) => {
                    setOtherPath(e.currentTarget.value);
                    setErrors((x) => ({ ...x, path: undefined }));
                  }}
                  error={errors.path}
                  spellCheck={false}
                />
                {nativeDialogs && (
                  <Group>
                    <Button variant="default" size="xs" onClick={() => void pick.run()} loading={pick.busy}>
                      {t('unlock.pick')}
                    </Button>
                  </Group>
                )}
                <ErrorAlert error={pick.error} lang={lang} />
              </Stack>
            )}
            <SecretInput
              autoFocus
              required
              label={t('unlock.passphrase')}
              value={passphrase}
              onChange={(e) => {
                setPassphrase(e.currentTarget.value);
                setErrors((x) => ({ ...x, passphrase: undefined }));
              }}
              error={errors.passphrase}
              autoComplete="current-password"
            />
            <ErrorAlert error={unlock.error} lang={lang} />
            <Group justify="space-between">
              <Button variant="subtle" onClick={onCreateNew}>
                {t('unlock.createNew')}
              </Button>
              <BusyButton type="submit" busy={unlock.busy} busyLabel={t('unlock.busy')}>
                {t('unlock.submit')}
              </BusyButton>
            </Group>
          </Stack>
        </form>
      </Stack>
    </ScreenFrame>
  );
}
