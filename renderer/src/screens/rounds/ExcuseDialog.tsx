import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRow, RoundBoard } from '../../../../shared/contract';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';

const MIN_REASON = 3;
const suggestions = ['ill', 'absent', 'duty'] as const;

interface Props {
  roundId: string;
  scorer: BoardRow;
  onClose(): void;
  onDone(board: RoundBoard): void;
}

/** The chair records why a member could not score (ill, absent); the round can then close without them. */
export function ExcuseDialog({ roundId, scorer, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const excuse = useMutation(async () => onDone(await api.rounds.excuse({ roundId, personId: scorer.personId, reason: reason.trim() })));

  function submit(event: FormEvent) {
    event.preventDefault();
    const bad = reason.trim().length < MIN_REASON;
    setInvalid(bad);
    if (!bad) void excuse.run();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('rounds.excuse.title', { name: scorer.name })}
      closeButtonProps={{ 'aria-label': t('rounds.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('rounds.excuse.intro')}</Text>
          <Group gap="xs" role="group" aria-label={t('rounds.excuse.suggestions')}>
            {suggestions.map((s) => (
              <Button key={s} size="xs" variant="light" onClick={() => setReason(t(`rounds.excuse.suggest.${s}`))}>
                {t(`rounds.excuse.suggest.${s}`)}
              </Button>
            ))}
          </Group>
          <Textarea
            data-autofocus
            required
            autosize
            minRows={2}
            maxLength={2000}
            label={t('rounds.excuse.reason')}
            description={t('rounds.excuse.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={invalid ? t('rounds.excuse.reasonError', { min: MIN_REASON }) : undefined}
          />
          <ErrorAlert error={excuse.error} lang={lang} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('rounds.cancel')}
            </Button>
            <BusyButton type="submit" busy={excuse.busy} busyLabel={t('rounds.excuse.busy')}>
              {t('rounds.excuse.submit')}
            </BusyButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
