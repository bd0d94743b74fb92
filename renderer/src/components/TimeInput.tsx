import { TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Language } from '../../../shared/errors';
import { formatClock, parseClock } from './clock';

interface Props {
  label: string;
  /** HH:MM, or undefined while what is typed is not a time of day. */
  value: string | undefined;
  onValue(value: string | undefined): void;
  lang: Language;
  /** Shown when the text is not a time of day. */
  invalidText: string;
  description?: string;
  required?: boolean;
}

/**
 * A time of day typed as the committee writes it (`09.00`, `9.30`, `14:00`), shown in the
 * app's language on leaving the field. The browser's time picker follows the system's locale
 * (`09:00 AM` on an English Windows) rather than the app's.
 */
export function TimeInput({ label, value, onValue, lang, invalidText, description, required = false }: Props) {
  const [text, setText] = useState(() => (value ? formatClock(value, lang) : ''));
  const [shown, setShown] = useState(value);
  if (value !== undefined && value !== shown) {
    setShown(value);
    setText(formatClock(value, lang));
  }
  const parsed = parseClock(text);
  return (
    <TextInput
      label={label}
      description={description}
      value={text}
      required={required}
      inputMode="numeric"
      placeholder={formatClock('09:00', lang)}
      w={110}
      error={text.trim() !== '' && parsed === null ? invalidText : undefined}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        const v = parseClock(next) ?? undefined;
        setShown(v);
        onValue(v);
      }}
      onBlur={() => {
        if (parsed) setText(formatClock(parsed, lang));
      }}
    />
  );
}
