import { Group, Input, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateLong, localeOf } from '../../../../../shared/format';
import { isoOfParts as isoOf, partsOf, type DateParts as Parts } from '../../../components/clock';
import { useEditor } from '../editor-context';

/**
 * A calendar date as day, month name and year (the browser's own date picker shows the
 * system's format, often mm/dd/yyyy in English). Stored as ISO yyyy-mm-dd; read back below
 * in the UI language's long form.
 */
export function DateField(props: { label: string; value: string | null; onValue(value: string | null): void; error?: string }) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  const id = useId();
  const [parts, setParts] = useState<Parts>(() => partsOf(props.value));
  const [shown, setShown] = useState(props.value);
  if (props.value !== shown) {
    setShown(props.value);
    setParts(partsOf(props.value));
  }
  const iso = isoOf(parts);
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: new Intl.DateTimeFormat(localeOf(lang), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))),
  }));

  function change(patch: Partial<Parts>) {
    const next = { ...parts, ...patch };
    setParts(next);
    const value = isoOf(next);
    if (value !== undefined) {
      setShown(value);
      props.onValue(value);
    }
  }

  const error = iso === undefined ? t('setup.field.dateIncomplete') : props.error;
  return (
    <Stack gap={4} role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-description`}>
      <Input.Label id={`${id}-label`} component="div">
        {props.label}
      </Input.Label>
      <Input.Description id={`${id}-description`}>{iso ? formatDateLong(iso, lang) : t('setup.field.dateEmpty')}</Input.Description>
      <Group gap={6} wrap="nowrap">
        <TextInput
          aria-label={t('setup.field.day')}
          placeholder={t('setup.field.dayShort')}
          value={parts.day}
          onChange={(e) => change({ day: e.currentTarget.value.replace(/\D/g, '').slice(0, 2) })}
          inputMode="numeric"
          w={64}
          error={iso === undefined}
        />
        <NativeSelect
          aria-label={t('setup.field.month')}
          value={parts.month}
          onChange={(e) => change({ month: e.currentTarget.value })}
          data={[{ value: '', label: t('setup.field.monthNone') }, ...months]}
          w={150}
          error={iso === undefined}
        />
        <TextInput
          aria-label={t('setup.field.year')}
          placeholder={t('setup.field.yearShort')}
          value={parts.year}
          onChange={(e) => change({ year: e.currentTarget.value.replace(/\D/g, '').slice(0, 4) })}
          inputMode="numeric"
          w={80}
          error={iso === undefined}
        />
        {iso !== null && (
          <Text
            component="button"
            type="button"
            size="sm"
            c="blue.8"
            style={{ background: 'none', border: 0, cursor: 'pointer', textDecoration: 'underline' }}
            onClick={() => change({ day: '', month: '', year: '' })}
            aria-label={t('setup.field.clearDate', { label: props.label })}
          >
            {t('setup.field.clear')}
          </Text>
        )}
      </Group>
      {error && <Input.Error>{error}</Input.Error>}
    </Stack>
  );
}
