import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A password field whose show/hide button speaks the UI language (Mantine's default is
 * English) and that tells screen readers when it is invalid (Mantine's PasswordInput only
 * sets data-invalid).
 */
export function SecretInput(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      autoComplete="off"
      spellCheck={false}
      {...props}
      aria-invalid={props.error ? true : undefined}
      visibilityToggleButtonProps={{ 'aria-label': t('common.showHide') }}
    />
  );
}
