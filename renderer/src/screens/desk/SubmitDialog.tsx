import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmitResult } from '../../../../shared/contract';
import type { Language } from '../../../../shared/errors';
import { formatNumber } from '../../../../shared/format';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SecretInput } from '../../components/SecretInput';
import { useMutation } from '../../data/use-mutation';

interface Props {
  opened: boolean;
  roundId: string;
  applicants: number;
  lang: Language;
  onClose(): void;
  onSubmitted(result: SubmitResult): void;
}

/**
 * Submitting is signing: the member's own password unseals their signing key in main, the
 * whole sheet is signed and locked. Asked here, never kept.
 */
export function SubmitDialog({ opened, roundId, applicants, lang, onClose, onSubmitted }: Props) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = useMutation(async (pw: string) => {
    const result = await api.desk.submit({ roundId, password: pw });
    onSubmitted(result);
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const pw = password;
    setPassword('');
    void submit.run(pw);
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('desk.submit.title')}
      centered
      closeButtonProps={{ 'aria-label': t('desk.common.close') }}
    >
      <form onSubmit={onSubmit} noValidate data-testid="submit-dialog">
        <Stack gap="md">
          <Text size="sm">{t('desk.submit.intro', { n: formatNumber(applicants, lang, 0) })}</Text>
          <Text size="sm" fw={600}>
            {t('desk.submit.final')}
          </Text>
          <SecretInput
            data-autofocus
            required
            label={t('desk.submit.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={missing ? t('desk.submit.passwordRequired') : undefined}
            autoComplete="current-password"
          />
          <ErrorAlert error={submit.error} lang={lang} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('desk.common.cancel')}
            </Button>
            <BusyButton type="submit" busy={submit.busy} busyLabel={t('desk.submit.busy')}>
              {t('desk.submit.submit')}
            </BusyButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
