import { Badge, Box, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/errors';
import { scaleRange, type Criterion } from '../../../../shared/selection/rubric';
import { needsNote, onScale, scaleChoices } from '../../../../shared/scoring/scale-values';
import { formatPercent, formatRange, formatValue } from '../selection/format';

interface Props {
  criterion: Criterion;
  /** The rubric adds criteria with weights (weighted) or as plain points (sum). */
  weighted: boolean;
  value: number | null;
  /** Null: this form keeps no notes (calibration). */
  note: string | null;
  current: boolean;
  locked: boolean;
  lang: Language;
  rowRef(el: HTMLDivElement | null): void;
  noteRef(el: HTMLTextAreaElement | null): void;
  inputRef(el: HTMLInputElement | null): void;
  onFocusInside(): void;
  onValue(value: number | null): void;
  onNote?(note: string): void;
  onNoteBlur?(): void;
}

export function criterionTitle(c: Criterion): string {
  return c.code ? `${c.code} ${c.name}` : c.name;
}

/** The value as the member reads it back: `3 · Baik` on a level scale, `85` otherwise. */
export function valueText(c: Criterion, value: number, lang: Language): string {
  if (c.scale.type === 'levels') {
    const level = c.scale.levels.find((l) => Math.abs(l.value - value) < 1e-9);
    if (level) return `${formatValue(value, lang)} · ${level.label}`;
  }
  return formatValue(value, lang);
}

/**
 * One criterion on the form: its scale with every level's descriptor, the chosen value, and
 * its note. The row itself takes the keyboard focus (digits pick, arrows move); the level
 * buttons are for the mouse and stay out of the Tab order so Tab goes row, note, next row.
 */
export function CriterionRow(props: Props) {
  const { criterion: c, weighted, value, note, current, locked, lang } = props;
  const { t } = useTranslation();
  const base = `criterion-${c.id}`;
  const choices = scaleChoices(c.scale);
  const range = scaleRange(c.scale);
  const noteRequired = note !== null && needsNote(c, value, '');
  const noteMissing = note !== null && needsNote(c, value, note);
  const offScale = value !== null && !onScale(c.scale, value);

  const status =
    value === null
      ? t('desk.form.notScored')
      : offScale
        ? t('desk.form.offScale', { value: formatValue(value, lang) })
        : t('desk.form.scored', { value: valueText(c, value, lang) });

  return (
    <Box
      ref={props.rowRef}
      role="group"
      tabIndex={0}
      data-criterion-row=""
      data-testid="criterion-row"
      data-criterion={c.id}
      aria-labelledby={`${base}-title`}
      aria-describedby={`${base}-status`}
      aria-current={current ? 'true' : undefined}
      aria-keyshortcuts={choices.length > 0 ? 'ArrowUp ArrowDown ArrowLeft ArrowRight Delete Enter' : 'ArrowUp ArrowDown Enter'}
      onFocusCapture={props.onFocusInside}
      p="md"
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        border: `1px solid var(--mantine-color-${current ? 'blue-7' : 'gray-3'})`,
        borderLeftWidth: 5,
        background: current ? 'var(--mantine-color-blue-0)' : 'white',
        outlineOffset: 2,
      }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={700} id={`${base}-title`}>
            {criterionTitle(c)}
          </Text>
          {weighted && (
            <Badge variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
              {t('desk.form.weight', { weight: formatPercent(c.weight, lang) })}
            </Badge>
          )}
        </Group>
        {c.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.description}
          </Text>
        )}
        <Text
          size="sm"
          fw={600}
          id={`${base}-status`}
          c={value === null ? 'dimmed' : offScale ? 'red.8' : 'blue.9'}
          data-testid="criterion-status"
        >
          {status}
        </Text>
        {c.scale.type === 'levels' ? (
          <SimpleGrid
            cols={{ base: 1, sm: Math.min(c.scale.levels.length, 5) }}
            spacing="xs"
            role="group"
            aria-label={t('desk.form.levelsOf', { criterion: criterionTitle(c) })}
          >
            {[...c.scale.levels]
              .sort((a, b) => a.value - b.value)
              .map((level) => {
                const chosen = value !== null && Math.abs(level.value - value) < 1e-9;
                return (
                  <UnstyledButton
                    key={level.value}
                    tabIndex={-1}
                    disabled={locked}
                    aria-pressed={chosen}
                    onClick={() => props.onValue(level.value)}
                    p="xs"
                    style={{
                      borderRadius: 'var(--mantine-radius-sm)',
                      border: `2px solid var(--mantine-color-${chosen ? 'blue-8' : 'gray-3'})`,
                      background: chosen ? 'var(--mantine-color-blue-8)' : 'white',
                      color: chosen ? 'white' : 'var(--mantine-color-black)',
                      cursor: locked ? 'default' : 'pointer',
                      textAlign: 'left',
                      alignSelf: 'stretch',
                    }}
                  >
                    <Text fw={700} size="sm" component="span" display="block">
                      {formatValue(level.value, lang)} · {level.label}
                    </Text>
                    {level.descriptor && (
                      <Text size="xs" component="span" display="block" mt={2}>
                        {level.descriptor}
                      </Text>
                    )}
                  </UnstyledButton>
                );
              })}
          </SimpleGrid>
        ) : choices.length > 0 ? (
          <Group gap={6} role="group" aria-label={t('desk.form.levelsOf', { criterion: criterionTitle(c) })}>
            {choices.map((v) => {
              const chosen = value !== null && Math.abs(v - value) < 1e-9;
              return (
                <UnstyledButton
                  key={v}
                  tabIndex={-1}
                  disabled={locked}
                  aria-pressed={chosen}
                  onClick={() => props.onValue(v)}
                  px="sm"
                  py={6}
                  miw={44}
                  style={{
                    borderRadius: 'var(--mantine-radius-sm)',
                    border: `2px solid var(--mantine-color-${chosen ? 'blue-8' : 'gray-4'})`,
                    background: chosen ? 'var(--mantine-color-blue-8)' : 'white',
                    color: chosen ? 'white' : 'var(--mantine-color-black)',
                    textAlign: 'center',
                    fontWeight: 700,
                  }}
                >
                  {formatValue(v, lang)}
                </UnstyledButton>
              );
            })}
          </Group>
        ) : (
          <WideNumber {...props} min={range.min} max={range.max} />
        )}
        {note !== null && (
          <Textarea
            ref={props.noteRef}
            label={t('desk.form.note', { criterion: c.code || c.name })}
            description={c.justificationRequired ? t('desk.form.noteHintExtremes') : undefined}
            withAsterisk={noteRequired}
            required={noteRequired}
            aria-invalid={noteMissing || undefined}
            error={noteMissing ? t('desk.form.noteRequired') : undefined}
            value={note}
            readOnly={locked}
            autosize
            minRows={1}
            maxRows={8}
            maxLength={4000}
            onChange={(e) => props.onNote?.(e.currentTarget.value)}
            onBlur={() => props.onNoteBlur?.()}
            data-testid="criterion-note"
          />
        )}
      </Stack>
    </Box>
  );
}

/** A wide numeric scale (0-100): typed, saved as soon as what is typed is on the scale. */
function WideNumber({ criterion: c, value, locked, lang, inputRef, onValue, min, max }: Props & { min: number; max: number }) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | number>(value ?? '');
  const [shown, setShown] = useState<number | null>(value);
  if (value !== shown) {
    setShown(value);
    setText(value ?? '');
  }
  const typed = typeof text === 'number' ? text : null;
  const bad = typed !== null && !onScale(c.scale, typed);
  const step = c.scale.type === 'numeric' ? c.scale.step : 1;
  return (
    <NumberInput
      ref={inputRef}
      data-score-input=""
      label={t('desk.form.numberLabel', { criterion: criterionTitle(c), range: formatRange(min, max, lang) })}
      description={t('desk.form.numberHint', { step: formatValue(step, lang) })}
      value={text}
      readOnly={locked}
      hideControls
      withKeyboardEvents={false}
      decimalSeparator={lang === 'id' ? ',' : '.'}
      thousandSeparator={false}
      error={bad ? t('desk.form.numberOff', { range: formatRange(min, max, lang), step: formatValue(step, lang) }) : undefined}
      aria-invalid={bad || undefined}
      styles={{ wrapper: { maxWidth: 160 } }}
      onChange={(next) => {
        setText(next);
        if (next === '') {
          setShown(null);
          onValue(null);
        } else if (typeof next === 'number' && Number.isFinite(next) && onScale(c.scale, next)) {
          setShown(next);
          onValue(next);
        }
      }}
    />
  );
}
