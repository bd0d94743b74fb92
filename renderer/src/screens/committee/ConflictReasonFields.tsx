import { Group, Radio, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const conflictKinds = ['family', 'work', 'other'] as const;
export type ConflictKind = (typeof conflictKinds)[number];

interface Props {
  kind: ConflictKind;
  onKind(kind: ConflictKind): void;
  text: string;
  onText(text: string): void;
  textError?: string | undefined;
  labels: { kind: string; text: string; textHint: string };
  /** In a dialog opened from the keyboard, the first reason takes focus. */
  autofocus?: boolean;
}

/** Why a conflict of interest exists: its kind and the reason in words. One form for the committee tab and the desk. */
export function ConflictReasonFields({ kind, onKind, text, onText, textError, labels, autofocus = false }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Radio.Group label={labels.kind} required value={kind} onChange={(v) => onKind(conflictKinds.find((k) => k === v) ?? 'other')}>
        <Group gap="lg" mt={6}>
          {conflictKinds.map((k, i) => (
            <Radio key={k} value={k} label={t(`people.conflicts.kind.${k}`)} data-autofocus={autofocus && i === 0 ? true : undefined} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        required
        autosize
        minRows={2}
        maxLength={2000}
        label={labels.text}
        description={labels.textHint}
        value={text}
        onChange={(e) => onText(e.currentTarget.value)}
        error={textError}
      />
    </>
  );
}
