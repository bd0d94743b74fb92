import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantRow } from '../../../../shared/contract';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';

interface Props {
  selectionId: string;
  applicant: ApplicantRow;
  onClose(): void;
  onDone(row: ApplicantRow): void;
}

/** Withdrawal needs a reason and is never a deletion: the applicant stays on the record. */
export function WithdrawModal({ selectionId, applicant, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const withdraw = useMutation(async () =>
    onDone(await api.applicants.withdraw({ selectionId, applicantId: applicant.id, reason: reason.trim() })),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const bad = reason.trim().length < 3;
    setInvalid(bad);
    if (!bad) void withdraw.run();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('people.applicants.withdrawForm.title', { code: applicant.code })}
      closeButtonProps={{ 'aria-label': t('people.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('people.applicants.withdrawForm.intro')}</Text>
          <Textarea
            data-autofocus
            required
            autosize
            minRows={2}
            maxLength={1000}
            label={t('people.applicants.withdrawForm.reason')}
            description={t('people.applicants.withdrawForm.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={invalid ? t('people.applicants.withdrawForm.reasonError') : undefined}
          />
          <ErrorAlert error={withdraw.error} lang={lang} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('people.cancel')}
            </Button>
            <BusyButton type="submit" color="red" busy={withdraw.busy} busyLabel={t('people.applicants.withdrawForm.busy')}>
              {t('people.applicants.withdrawForm.submit')}
            </BusyButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
