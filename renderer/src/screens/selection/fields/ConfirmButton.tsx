import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props extends ButtonProps {
  /** Asked in a dialog before `onConfirm` runs; without it the action runs at once. */
  question: string | null;
  confirmLabel: string;
  onConfirm(): void;
  children: ReactNode;
}

/** A destructive button that asks first when something typed would be lost. */
export function ConfirmButton({ question, confirmLabel, onConfirm, children, ...rest }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button {...rest} onClick={() => (question ? setOpen(true) : onConfirm())}>
        {children}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={confirmLabel}
        centered
        closeButtonProps={{ 'aria-label': t('setup.common.close') }}
      >
        <Stack gap="md">
          <Text>{question}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)} data-autofocus>
              {t('setup.common.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
