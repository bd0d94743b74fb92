import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A password field whose show/hide button speaks the UI language (Mantine's default is English). */
export function SecretInput(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      autoComplete="off"
      spellCheck={false}
      {...props}
      visibilityToggleButtonProps={{ 'aria-label': t('common.showHide') }}
    />
  );
}
