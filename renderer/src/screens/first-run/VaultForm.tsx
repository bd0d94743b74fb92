import { Alert, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE } from '../../../../shared/contract/schemas';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SecretInput } from '../../components/SecretInput';
import { StrengthMeter } from '../../components/StrengthMeter';
import { loadScorer } from '../../components/strength';
import { useAppStatus, useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';
import { joinPath, slugify, VAULT_EXTENSION } from './slug';

/** Below "fair" a passphrase falls to a dictionary attack on a stolen laptop in hours. */
const MIN_SCORE = 2;

interface Errors {
  committeeName?: string;
  path?: string;
  passphrase?: string;
  passphraseRepeat?: string;
}

export function VaultForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const { setStatus } = useAppStatus();
  const { nativeDialogs, defaultVaultDir, lang } = useKnownStatus();
  const [committeeName, setCommitteeName] = useState('');
  // Until the person edits or picks the path, it follows the committee name.
  const [customPath, setCustomPath] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [passphraseRepeat, setPassphraseRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const path = customPath ?? joinPath(defaultVaultDir, slugify(committeeName) + VAULT_EXTENSION);

  const create = useMutation(async () => {
    setStatus(await api.vault.create({ path, passphrase, passphraseRepeat, committeeName, language: lang }));
    onCreated();
  });
  const pick = useMutation(async () => {
    const picked = await api.app.pickVaultPath({ mode: 'create' });
    if (picked.path) setCustomPath(picked.path);
  });

  async function validate(): Promise<Errors> {
    const score = await loadScorer();
    const e: Errors = {};
    if (committeeName.trim().length < 2) e.committeeName = t('firstRun.vault.nameRequired');
    if (!path.trim()) e.path = t('firstRun.vault.pathRequired');
    if (passphrase.length < MIN_PASSPHRASE) e.passphrase = t('firstRun.vault.tooShort', { min: MIN_PASSPHRASE });
    else if (score(passphrase, [committeeName]) < MIN_SCORE) e.passphrase = t('firstRun.vault.tooWeak');
    if (passphraseRepeat !== passphrase) e.passphraseRepeat = t('firstRun.vault.mismatch');
    return e;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = await validate();
    setErrors(found);
    if (Object.keys(found).length === 0) void create.run();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('firstRun.vault.heading')}
        </Title>
        <TextInput
          autoFocus
          required
          label={t('firstRun.vault.committeeName')}
          description={t('firstRun.vault.committeeNameHint')}
          value={committeeName}
          onChange={(e) => {
            setCommitteeName(e.currentTarget.value);
            setErrors((x) => ({ ...x, committeeName: undefined }));
          }}
          error={errors.committeeName}
          maxLength={300}
        />
        <Stack gap={6}>
          <TextInput
            required
            label={t('firstRun.vault.path')}
            description={t('firstRun.vault.pathHint')}
            value={path}
            onChange={(e) => {
              setCustomPath(e.currentTarget.value);
              setErrors((x) => ({ ...x, path: undefined }));
            }}
            error={errors.path}
            spellCheck={false}
          />
          {nativeDialogs && (
            <Group>
              <Button variant="default" size="xs" onClick={() => void pick.run()} loading={pick.busy}>
                {t('firstRun.vault.pick')}
              </Button>
            </Group>
          )}
          <ErrorAlert error={pick.error} lang={lang} />
        </Stack>
        <SecretInput
          required
          label={t('firstRun.vault.passphrase')}
          description={t('firstRun.vault.passphraseHint', { min: MIN_PASSPHRASE })}
          value={passphrase}
          onChange={(e) => {
            setPassphrase(e.currentTarget.value);
            setErrors((x) => ({ ...x, passphrase: undefined }));
          }}
          error={errors.passphrase}
          autoComplete="new-password"
        />
        <StrengthMeter value={passphrase} userInputs={[committeeName]} />
        <SecretInput
          required
          label={t('firstRun.vault.passphraseRepeat')}
          value={passphraseRepeat}
          onChange={(e) => {
            setPassphraseRepeat(e.currentTarget.value);
            setErrors((x) => ({ ...x, passphraseRepeat: undefined }));
          }}
          error={errors.passphraseRepeat}
          autoComplete="new-password"
        />
        <Alert color="orange" variant="light" role="note" title={t('firstRun.vault.warningTitle')}>
          {t('firstRun.vault.warning')}
        </Alert>
        <ErrorAlert error={create.error} lang={lang} />
        <Group justify="flex-end">
          <BusyButton type="submit" busy={create.busy} busyLabel={t('firstRun.vault.busy')}>
            {t('firstRun.vault.submit')}
          </BusyButton>
        </Group>
      </Stack>
    </form>
  );
}
