import { Badge, Group, Stack, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/errors';
import { scaleRange, type Criterion, type Rubric } from '../../../../shared/selection/rubric';
import { scaleChoices } from '../../../../shared/scoring/scale-values';
import { formatPercent } from '../selection/format';
import { groupCriteria } from './criteria-order';
import { CriterionRow } from './CriterionRow';
import { deskCommand, DIGIT_CHAIN_MS, stepChoice, typeDigit, type DeskCommand, type KeyPlace } from './keyboard';

interface Props {
  rubric: Rubric;
  /** The criteria in the order shown (criteria-order.ts); `current` indexes into it. */
  criteria: Criterion[];
  values: Record<string, number | null>;
  /** Null: no notes on this form (calibration). */
  notes: Record<string, string> | null;
  locked: boolean;
  lang: Language;
  current: number;
  /** Changes whenever the current row should take the focus (a new applicant, a jump). */
  focusToken: number;
  /** Heading level for the aspects (the form sits under an h2 or h3). */
  aspectOrder: 3 | 4;
  onCurrent(index: number): void;
  onValue(criterionId: string, value: number | null): void;
  onNote?(criterionId: string, note: string): void;
  onNoteBlur?(criterionId: string): void;
  /** Commands beyond the form: next applicant, conflict, review. */
  onCommand(command: DeskCommand): void;
}

function placeOf(target: HTMLElement): KeyPlace {
  if (target.tagName === 'TEXTAREA') return 'text';
  if (target.tagName === 'INPUT') return target.hasAttribute('data-score-input') ? 'number' : 'text';
  if (target.hasAttribute('data-criterion-row')) return 'row';
  return 'other';
}

/**
 * The rubric's criteria grouped by aspect, driven from the keyboard (keyboard.ts): the same
 * form for an applicant on the desk and for a calibration case.
 */
export function CriteriaForm(props: Props) {
  const { rubric, criteria, values, notes, locked, lang, current, focusToken, onCurrent, onValue, onCommand } = props;
  const { t } = useTranslation();
  const rows = useRef(new Map<string, HTMLDivElement>());
  const noteFields = useRef(new Map<string, HTMLTextAreaElement>());
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const digits = useRef({ at: 0, buffer: '', criterionId: '' });
  const groups = useMemo(() => groupCriteria(rubric), [rubric]);
  const weighted = rubric.combine === 'weighted';
  const indexOf = useMemo(() => new Map(criteria.map((c, i) => [c.id, i])), [criteria]);

  function focusRow(index: number) {
    const c = criteria[index];
    const el = c ? rows.current.get(c.id) : undefined;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'nearest' });
  }

  const focusRef = useRef(focusRow);
  focusRef.current = focusRow;
  const currentRef = useRef(current);
  currentRef.current = current;
  useEffect(() => {
    if (focusToken > 0) focusRef.current(currentRef.current);
  }, [focusToken]);

  function go(index: number) {
    const next = Math.min(criteria.length - 1, Math.max(0, index));
    onCurrent(next);
    focusRow(next);
  }

  function run(cmd: DeskCommand): boolean {
    const c = criteria[current];
    switch (cmd.kind) {
      case 'criterion':
        go(current + cmd.delta);
        return true;
      case 'criterionEdge':
        go(cmd.edge === 'first' ? 0 : criteria.length - 1);
        return true;
      case 'note': {
        const field = c ? noteFields.current.get(c.id) : undefined;
        if (!field) return false;
        field.focus();
        return true;
      }
      case 'leaveNote':
        focusRow(current);
        return true;
      case 'digit': {
        if (!c || locked) return true;
        const choices = scaleChoices(c.scale);
        if (choices.length === 0) {
          // A wide numeric scale: the digit goes into the number field.
          const input = inputs.current.get(c.id);
          input?.focus();
          input?.select();
          return false;
        }
        const now = Date.now();
        const d = digits.current;
        const buffer = d.criterionId === c.id && now - d.at < DIGIT_CHAIN_MS ? d.buffer : '';
        const typed = typeDigit(buffer, cmd.char, choices);
        digits.current = { at: now, buffer: typed.buffer, criterionId: c.id };
        if (typed.value !== null) onValue(c.id, typed.value);
        return true;
      }
      case 'step': {
        if (!c || locked) return true;
        const choices = scaleChoices(c.scale);
        const value = values[c.id] ?? null;
        if (choices.length > 0) {
          const next = stepChoice(value, cmd.delta, choices);
          if (next !== null) onValue(c.id, next);
        } else if (c.scale.type === 'numeric') {
          const { min, max } = scaleRange(c.scale);
          const next = value === null ? (cmd.delta > 0 ? min : max) : Math.min(max, Math.max(min, value + cmd.delta * c.scale.step));
          onValue(c.id, Number(next.toFixed(6)));
        }
        return true;
      }
      case 'clear':
        if (c && !locked && (values[c.id] ?? null) !== null) onValue(c.id, null);
        return true;
      default:
        onCommand(cmd);
        return true;
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const cmd = deskCommand(e, placeOf(e.target as HTMLElement));
    if (!cmd) return;
    if (run(cmd)) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  return (
    <Stack gap="lg" onKeyDown={onKeyDown} data-testid="criteria-form">
      {groups.map((g) => (
        <Stack
          key={g.aspect?.id ?? '-'}
          gap="sm"
          component="section"
          aria-labelledby={g.aspect ? `aspect-${g.aspect.id}` : undefined}
          aria-label={g.aspect ? undefined : t('desk.form.criteria')}
        >
          {g.aspect && (
            <Group gap="sm">
              <Title order={props.aspectOrder} size="h5" id={`aspect-${g.aspect.id}`}>
                {g.aspect.name}
              </Title>
              {weighted && (
                <Badge variant="light" color="gray" tt="none">
                  {t('desk.form.aspectWeight', { weight: formatPercent(g.aspect.weight, lang) })}
                </Badge>
              )}
            </Group>
          )}
          {g.criteria.map((c) => {
            const index = indexOf.get(c.id) ?? 0;
            return (
              <CriterionRow
                key={c.id}
                criterion={c}
                weighted={weighted}
                value={values[c.id] ?? null}
                note={notes ? (notes[c.id] ?? '') : null}
                current={index === current}
                locked={locked}
                lang={lang}
                rowRef={(el) => {
                  if (el) rows.current.set(c.id, el);
                  else rows.current.delete(c.id);
                }}
                noteRef={(el) => {
                  if (el) noteFields.current.set(c.id, el);
                  else noteFields.current.delete(c.id);
                }}
                inputRef={(el) => {
                  if (el) inputs.current.set(c.id, el);
                  else inputs.current.delete(c.id);
                }}
                onFocusInside={() => {
                  if (index !== current) onCurrent(index);
                }}
                onValue={(v) => {
                  if (index !== current) onCurrent(index);
                  onValue(c.id, v);
                }}
                onNote={props.onNote ? (text) => props.onNote?.(c.id, text) : undefined}
                onNoteBlur={props.onNoteBlur ? () => props.onNoteBlur?.(c.id) : undefined}
              />
            );
          })}
        </Stack>
      ))}
    </Stack>
  );
}
