import { Code, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupResult } from '../../../../shared/contract';
import { formatBytes } from '../../../../shared/format';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';

/** "Cadangkan sekarang": main writes an encrypted copy; we show where and how big. */
export function BackupPanel() {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [result, setResult] = useState<BackupResult | null>(null);
  const backup = useMutation(async () => {
    setResult(null);
    setResult(await api.vault.backup({}));
  });

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('dashboard.settings.backupTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('dashboard.settings.backupHint')}
      </Text>
      <div>
        <BusyButton busy={backup.busy} busyLabel={t('dashboard.settings.backupBusy')} onClick={() => void backup.run()}>
          {t('dashboard.settings.backup')}
        </BusyButton>
      </div>
      {/* main reports no progress for a backup, so the bar only says "working". */}
      {backup.busy && <Progress value={100} animated striped aria-hidden size="sm" />}
      <div role="status" data-testid="backup-result">
        {result && (
          <Stack gap={4}>
            <Text size="sm" c="teal.9">
              {t('dashboard.settings.backupDone', { size: formatBytes(result.bytes, lang) })}
            </Text>
            <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {result.file}
            </Code>
          </Stack>
        )}
      </div>
      <ErrorAlert error={backup.error} lang={lang} />
    </Stack>
  );
}
