import { Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { RoundSummary } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format';
import { useKnownStatus } from '../../state/app-status';

/**
 * The seal recorded at close: the SHA-256 over every submitted sheet, large, in monospace and
 * selectable as one word, with a copy button (the clipboard may be refused: then select it).
 */
export function SealBlock({ round }: { round: RoundSummary }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const clipboard = useClipboard({ timeout: 2500 });
  if (!round.sealSha256) return null;
  const id = `seal-${round.id}`;
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0" component="section" aria-labelledby={`${id}-title`} data-testid="seal-block">
      <Stack gap="xs">
        <Title order={4} size="h5" id={`${id}-title`}>
          {t('rounds.seal.heading')}
        </Title>
        <Text size="sm">{t('rounds.seal.intro')}</Text>
        <Text size="xs" fw={700}>
          {t('rounds.seal.label')}
        </Text>
        <Code
          block
          data-testid="seal-sha256"
          fz="lg"
          fw={600}
          bg="white"
          style={{ overflowWrap: 'anywhere', whiteSpace: 'normal', userSelect: 'all', letterSpacing: 0.5 }}
        >
          {round.sealSha256}
        </Code>
        <Group justify="space-between" gap="sm">
          {round.closedAt && (
            <Text size="sm" data-testid="seal-closed-at">
              {t('rounds.seal.closedAt', { date: formatDateTime(round.closedAt, lang) })}
            </Text>
          )}
          <Button variant="default" size="xs" onClick={() => clipboard.copy(round.sealSha256)} aria-label={t('rounds.seal.copyLabel')}>
            {clipboard.copied ? t('rounds.seal.copied') : t('rounds.seal.copy')}
          </Button>
        </Group>
        <Text size="sm" role="status" c={clipboard.error ? 'red.9' : 'teal.9'}>
          {clipboard.error ? t('rounds.seal.copyFailed') : clipboard.copied ? t('rounds.seal.copiedLong') : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
