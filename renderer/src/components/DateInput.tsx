import { Group, Input, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/errors';
import { formatDateLong, localeOf } from '../../../shared/format';
import { isoOfParts, partsOf, type DateParts as Parts } from './clock';

interface Props {
  label: string;
  /** yyyy-mm-dd, null for none, undefined while incomplete (what onValue last gave). */
  value: string | null | undefined;
  /** The ISO date, null when emptied, undefined while the parts name no real day (incomplete). */
  onValue(value: string | null | undefined): void;
  lang: Language;
  error?: string;
  required?: boolean;
  /** Offer "Kosongkan" (for optional dates). */
  clearable?: boolean;
}

/**
 * A calendar date as day, month name and year in the app's language. The browser's own
 * date picker follows the system's locale (often mm/dd/yyyy in English), not the app's.
 * Stored as ISO yyyy-mm-dd; read back under the label in the language's long form.
 */
export function DateInput({ label, value, onValue, lang, error: outerError, required = false, clearable = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [parts, setParts] = useState<Parts>(() => partsOf(value ?? null));
  const [shown, setShown] = useState<string | null | undefined>(value);
  // A new value from outside (a reset after saving) replaces what is typed; an echo of ours does not.
  if (value !== undefined && value !== shown) {
    setShown(value);
    setParts(partsOf(value));
  }
  const iso = isoOfParts(parts);
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: new Intl.DateTimeFormat(localeOf(lang), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))),
  }));

  function change(patch: Partial<Parts>) {
    const next = { ...parts, ...patch };
    setParts(next);
    const v = isoOfParts(next);
    setShown(v);
    onValue(v);
  }

  const invalid = iso === undefined || (required && iso === null);
  const error = iso === undefined ? t('setup.field.dateIncomplete') : required && iso === null ? t('setup.field.required') : outerError;
  return (
    <Stack gap={4} role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-description`}>
      <Input.Label id={`${id}-label`} component="div" required={required}>
        {label}
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
          error={invalid}
        />
        <NativeSelect
          aria-label={t('setup.field.month')}
          value={parts.month}
          onChange={(e) => change({ month: e.currentTarget.value })}
          data={[{ value: '', label: t('setup.field.monthNone') }, ...months]}
          w={150}
          error={invalid}
        />
        <TextInput
          aria-label={t('setup.field.year')}
          placeholder={t('setup.field.yearShort')}
          value={parts.year}
          onChange={(e) => change({ year: e.currentTarget.value.replace(/\D/g, '').slice(0, 4) })}
          inputMode="numeric"
          w={80}
          error={invalid}
        />
        {clearable && iso !== null && (
          <Text
            component="button"
            type="button"
            size="sm"
            c="blue.8"
            style={{ background: 'none', border: 0, cursor: 'pointer', textDecoration: 'underline' }}
            onClick={() => change({ day: '', month: '', year: '' })}
            aria-label={t('setup.field.clearDate', { label })}
          >
            {t('setup.field.clear')}
          </Text>
        )}
      </Group>
      {error && <Input.Error>{error}</Input.Error>}
    </Stack>
  );
}
