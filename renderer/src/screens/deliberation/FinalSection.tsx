import { Alert, Button, Card, Code, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliberationOverview } from '../../../../shared/contract';
import { formatDateLong, formatDateTime } from '../../../../shared/format';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useViewer } from '../../state/access';
import { useKnownStatus } from '../../state/app-status';
import { useFinal } from '../../state/final';
import { useMutation } from '../../data/use-mutation';

/** Whether the results are final (with the snapshot's SHA-256), the reopening, the history. */
export function FinalSection({
  selectionId,
  overview,
  onChanged,
}: {
  selectionId: string;
  overview: DeliberationOverview;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const { can } = useViewer();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const reopen = useMutation(async () => {
    await api.deliberation.reopen({ selectionId, reason });
    setAsking(false);
    setReason('');
    onChanged();
  });
  const final = overview.final;
  // The long date in the selection's time zone, as the banner and the papers say it.
  const state = useFinal();
  const at =
    final && state && state.sha256 === final.sha256 ? state.finalisedAtText[lang] : final ? formatDateTime(final.finalisedAt, lang) : '';
  const history = overview.snapshots.filter((s) => s.reopenedAt !== null);
  return (
    <Card withBorder component="section" aria-labelledby="final-heading" data-testid="final-section">
      <Stack gap="sm">
        <Title order={3} size="h4" id="final-heading">
          {t('deliberation.final.heading')}
        </Title>
        {final ? (
          <Alert variant="light" color="green">
            <Stack gap={4}>
              <Text size="sm">{t('deliberation.final.isFinal', { at, by: final.finalisedBy })}</Text>
              <Group gap="xs">
                <Text size="sm">{t('deliberation.final.sha')}</Text>
                <Code data-testid="final-sha256">{final.sha256}</Code>
              </Group>
              {overview.objectionDeadline && (
                <Text size="sm">{t('deliberation.final.deadline', { date: formatDateLong(overview.objectionDeadline, lang) })}</Text>
              )}
            </Stack>
          </Alert>
        ) : (
          <Text size="sm">{t('deliberation.final.notFinal')}</Text>
        )}
        {final && can('deliberation.reopen') && (
          <Button variant="default" onClick={() => setAsking(true)} style={{ alignSelf: 'flex-start' }}>
            {t('deliberation.final.reopen')}
          </Button>
        )}
        {history.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('deliberation.final.history')}
            </Text>
            {history.map((s) => (
              <Text size="sm" key={s.id}>
                {t('deliberation.final.reopened', {
                  at: formatDateTime(s.reopenedAt!, lang),
                  by: s.reopenedBy ?? '',
                  reason: s.reopenReason ?? '',
                })}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
      {asking && (
        <Modal
          opened
          onClose={() => setAsking(false)}
          title={t('deliberation.final.reopenTitle')}
          closeButtonProps={{ 'aria-label': t('deliberation.revision.close') }}
        >
          <Stack gap="sm">
            <Textarea
              label={t('deliberation.final.reopenReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              autosize
              minRows={2}
              data-autofocus
            />
            <ErrorAlert error={reopen.error} lang={lang} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(false)}>
                {t('deliberation.final.cancel')}
              </Button>
              <BusyButton
                color="red"
                busy={reopen.busy}
                busyLabel={t('deliberation.final.reopenBusy')}
                disabled={reason.trim().length === 0}
                onClick={() => void reopen.run()}
              >
                {t('deliberation.final.reopenConfirm')}
              </BusyButton>
            </Group>
          </Stack>
        </Modal>
      )}
    </Card>
  );
}
