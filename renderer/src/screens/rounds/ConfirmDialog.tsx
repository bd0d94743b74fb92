import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  error: unknown;
  onConfirm(): void;
  onClose(): void;
}

/** Asks once before a step that cannot be undone (open, close); main's refusal shows here. */
export function ConfirmDialog({ title, children, confirmLabel, busyLabel, busy, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('rounds.close') }}>
      <Stack gap="md">
        {children}
        <ErrorAlert error={error} lang={lang} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('rounds.cancel')}
          </Button>
          <BusyButton busy={busy} busyLabel={busyLabel} onClick={onConfirm}>
            {confirmLabel}
          </BusyButton>
        </Group>
      </Stack>
    </Modal>
  );
}
