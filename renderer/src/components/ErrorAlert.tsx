import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/errors';
import { ApiError } from '../api/errors';

/** Shows what went wrong in the person's language; never a stack trace. */
export function ErrorAlert({ error, lang }: { error: unknown; lang: Language }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = error instanceof ApiError ? error.text(lang) : t('errors.transport');
  return (
    <Alert color="red" variant="light" title={t('errors.title')} data-testid="error-alert">
      {text}
    </Alert>
  );
}
