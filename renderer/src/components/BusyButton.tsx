import { Button, Loader, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props extends ButtonProps {
  busy: boolean;
  busyLabel: ReactNode;
  type?: 'button' | 'submit';
  onClick?: () => void;
}

/**
 * A button that says what is happening while it works ("Membuat cadangan…") instead of
 * only spinning, so a slow laptop does not look frozen and the button is not pressed twice.
 */
export function BusyButton({ busy, busyLabel, children, type = 'button', onClick, ...rest }: Props) {
  return (
    <Button
      {...rest}
      type={type}
      onClick={onClick}
      disabled={busy || rest.disabled}
      aria-busy={busy}
      leftSection={busy ? <Loader size={14} color="currentColor" aria-hidden /> : rest.leftSection}
    >
      {busy ? busyLabel : children}
    </Button>
  );
}
