import { Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A value the server left out for this role: a dash for the eye, "tersembunyi" for screen readers. */
export function HiddenValue() {
  const { t } = useTranslation();
  return (
    <Text component="span" c="dimmed" title={t('people.hiddenHint')}>
      <span aria-hidden>—</span>
      <VisuallyHidden>{t('people.hidden')}</VisuallyHidden>
    </Text>
  );
}

/** Shows a value, or the hidden marker when the server sent null. */
export function MaybeHidden({ value }: { value: string | null | undefined }) {
  if (value === null || value === undefined) return <HiddenValue />;
  return <>{value}</>;
}
