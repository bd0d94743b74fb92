import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';
import { useEditor } from '../editor-context';

interface Props extends Omit<NumberInputProps, 'value' | 'onChange' | 'decimalSeparator' | 'thousandSeparator'> {
  value: number | null;
  onValue(value: number | null): void;
  /** Empty means "none" (threshold, minimum); otherwise an emptied field returns to its value on blur. */
  nullable?: boolean;
}

/**
 * A number in the person's locale (12,5 in Indonesian). Keeps what is being typed ("12,")
 * locally and passes on only whole numbers, so the draft never holds half-typed text.
 */
export function NumberField({ value, onValue, nullable = false, onBlur, ...rest }: Props) {
  const { lang } = useEditor();
  const [text, setText] = useState<string | number>(value ?? '');
  const [shown, setShown] = useState<number | null>(value);
  if (value !== shown) {
    // Changed from outside (another field, a reorder, a reload): show the new value.
    setShown(value);
    setText(value ?? '');
  }
  return (
    <NumberInput
      hideControls
      {...rest}
      value={text}
      decimalSeparator={lang === 'id' ? ',' : '.'}
      thousandSeparator={false}
      aria-invalid={rest.error ? true : undefined}
      onChange={(next) => {
        setText(next);
        if (typeof next === 'number' && Number.isFinite(next)) {
          setShown(next);
          onValue(next);
        } else if (next === '' && nullable) {
          setShown(null);
          onValue(null);
        }
      }}
      onBlur={(event) => {
        if (text === '' && !nullable) setText(value ?? '');
        onBlur?.(event);
      }}
    />
  );
}
