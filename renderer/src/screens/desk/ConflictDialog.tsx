import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/errors';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMutation } from '../../data/use-mutation';
import { ConflictReasonFields, type ConflictKind } from '../committee/ConflictReasonFields';

interface Props {
  opened: boolean;
  selectionId: string;
  applicantId: string;
  code: string;
  lang: Language;
  onClose(): void;
  onDeclared(applicantId: string): void;
}

/**
 * "Saya mengenal pelamar ini": the member declares a conflict of interest the moment they
 * recognise an applicant. Main records it (it cannot be withdrawn) and recuses them at once.
 * Keyboard: arrows choose the kind, Tab to the text, Ctrl+Enter (or the button) records.
 */
export function ConflictDialog({ opened, selectionId, applicantId, code, lang, onClose, onDeclared }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ConflictKind>('family');
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const declare = useMutation(async () => {
    await api.conflicts.declare({ selectionId, applicantId, reasonKind: kind, reasonText: text.trim() });
    setText('');
    onDeclared(applicantId);
  });

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (text.trim().length < 3) {
      setTextError(t('desk.conflict.textError'));
      return;
    }
    setTextError(null);
    void declare.run();
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      submit();
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('desk.conflict.title', { code })}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('desk.common.close') }}
      data-testid="conflict-dialog"
    >
      <form onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('desk.conflict.intro')}</Text>
          <ConflictReasonFields
            kind={kind}
            onKind={setKind}
            text={text}
            onText={setText}
            textError={textError ?? undefined}
            labels={{ kind: t('desk.conflict.kind'), text: t('desk.conflict.text'), textHint: t('desk.conflict.textHint') }}
            autofocus
          />
          <Text size="sm" c="dimmed">
            {t('desk.conflict.permanent')}
          </Text>
          <ErrorAlert error={declare.error} lang={lang} />
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" c="dimmed">
              {t('desk.conflict.keys')}
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('desk.common.cancel')}
              </Button>
              <BusyButton type="submit" color="grape" busy={declare.busy} busyLabel={t('desk.conflict.busy')}>
                {t('desk.conflict.submit')}
              </BusyButton>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
