import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateLong } from '../../../../../shared/format';
import { useEditor } from '../editor-context';

/**
 * A calendar date: the browser's date picker (keyboard and screen-reader friendly, in the
 * system's locale), stored as ISO yyyy-mm-dd, and read back below in the UI language.
 */
export function DateField(props: { label: string; value: string | null; onValue(value: string | null): void; error?: string }) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  return (
    <TextInput
      type="date"
      label={props.label}
      value={props.value ?? ''}
      onChange={(e) => props.onValue(/^\d{4}-\d{2}-\d{2}$/.test(e.currentTarget.value) ? e.currentTarget.value : null)}
      description={props.value ? formatDateLong(props.value, lang) : t('setup.field.dateEmpty')}
      error={props.error}
      aria-invalid={props.error ? true : undefined}
      styles={{ wrapper: { maxWidth: 220 } }}
    />
  );
}
