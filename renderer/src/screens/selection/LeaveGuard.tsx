import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useKnownStatus } from '../../state/app-status';

export interface LeaveGuard {
  /** Runs `proceed` at once when nothing is unsaved, otherwise after the person confirms. */
  confirm(proceed: () => void): void;
  dialog: ReactNode;
}

/**
 * Asks before unsaved edits are thrown away: leaving the selection, signing out, locking,
 * and (in the browser) reloading or closing the tab. Electron is left out of the last one:
 * there, beforeunload silently keeps the window open unless main shows its own dialog.
 */
export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const { t } = useTranslation();
  const { transport } = useKnownStatus();
  const [pending, setPending] = useState<(() => void) | null>(null);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  useEffect(() => {
    if (!dirty || transport !== 'web') return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, transport]);

  const confirm = useCallback((proceed: () => void) => {
    if (!dirtyRef.current) proceed();
    else setPending(() => proceed);
  }, []);

  const dialog = (
    <Modal
      opened={pending !== null}
      onClose={() => setPending(null)}
      title={t('setup.leave.title')}
      centered
      closeButtonProps={{ 'aria-label': t('setup.common.close') }}
    >
      <Stack gap="md">
        <Text>{t('setup.leave.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setPending(null)} data-autofocus>
            {t('setup.leave.stay')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              const go = pending;
              setPending(null);
              go?.();
            }}
          >
            {t('setup.leave.discard')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { confirm, dialog };
}
