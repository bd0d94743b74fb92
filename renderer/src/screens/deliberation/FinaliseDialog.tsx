import { Alert, Button, Checkbox, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../shared/format';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';
import { useKnownStatus } from '../../state/app-status';

/**
 * Finalising a meeting. What is still open (flagged applicants never on an agenda, unrecorded
 * gates, incomplete rows) is read as the dialog opens; the chair confirms exactly these counts.
 */
export function FinaliseDialog({ meetingId, onClose, onFinalised }: { meetingId: string; onClose(): void; onFinalised(): Promise<void> }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [confirmed, setConfirmed] = useState(false);
  const load = useQuery('deliberation.finaliseCheck', { meetingId });
  const check = load.value;
  const finalise = useMutation(async () => {
    if (!check) return;
    const warned = check.counts.flagged + check.counts.undecided + check.counts.incomplete > 0;
    await api.deliberation.finalise({ meetingId, ...(warned ? { confirmed: check.counts } : {}) });
    await onFinalised();
  });
  const warnings = check ? check.counts.flagged + check.counts.undecided + check.counts.incomplete : 0;

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('deliberation.final.finaliseTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('deliberation.revision.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('deliberation.final.finaliseText')}</Text>
        <ErrorAlert error={load.error} lang={lang} />
        {!check && !load.error && (
          <Group gap="xs">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{t('deliberation.final.check.loading')}</Text>
          </Group>
        )}
        {check && warnings === 0 && (
          <Text size="sm" data-testid="finalise-check">
            {t('deliberation.final.check.clean')}
          </Text>
        )}
        {check && warnings > 0 && (
          <Alert variant="light" color="orange" title={t('deliberation.final.check.title')} data-testid="finalise-check">
            <List size="sm" spacing={4}>
              {check.counts.flagged > 0 && (
                <List.Item>
                  {t('deliberation.final.check.flagged', {
                    n: formatNumber(check.counts.flagged, lang, 0),
                    codes: check.flaggedNotOnAgenda.map((f) => f.code).join(', '),
                  })}
                </List.Item>
              )}
              {check.counts.undecided > 0 && (
                <List.Item>{t('deliberation.final.check.undecided', { n: formatNumber(check.counts.undecided, lang, 0) })}</List.Item>
              )}
              {check.counts.incomplete > 0 && (
                <List.Item>{t('deliberation.final.check.incomplete', { n: formatNumber(check.counts.incomplete, lang, 0) })}</List.Item>
              )}
            </List>
          </Alert>
        )}
        {check && warnings > 0 && (
          <Checkbox
            label={t('deliberation.final.check.confirm')}
            checked={confirmed}
            onChange={(e) => setConfirmed(e.currentTarget.checked)}
            data-testid="finalise-confirm"
          />
        )}
        <ErrorAlert error={finalise.error} lang={lang} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('deliberation.final.cancel')}
          </Button>
          <BusyButton
            busy={finalise.busy}
            busyLabel={t('deliberation.final.finaliseBusy')}
            disabled={!check || (warnings > 0 && !confirmed)}
            onClick={() => void finalise.run()}
          >
            {t('deliberation.final.finaliseConfirm')}
          </BusyButton>
        </Group>
      </Stack>
    </Modal>
  );
}
