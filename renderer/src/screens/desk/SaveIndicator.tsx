import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from './desk-format';
import type { SaveState } from './use-desk-saves';

/**
 * "Menyimpan…" while a change is on its way, "Tersimpan pukul 14.05.32" once main has it
 * on disk, or why it was refused. A polite live region, so a screen reader hears it too.
 */
export function SaveIndicator({ busy, state, lang }: { busy: boolean; state: SaveState; lang: Language }) {
  const { t } = useTranslation();
  return (
    <div>
      <Group gap={6} role="status" aria-live="polite" data-testid="save-state" mih={24}>
        {busy ? (
          <>
            <Loader size={14} aria-hidden />
            <Text size="sm">{t('desk.save.saving')}</Text>
          </>
        ) : state.kind === 'saved' ? (
          <Text size="sm" c="teal.9" fw={600}>
            {t('desk.save.saved', { time: formatTime(state.at, lang) })}
          </Text>
        ) : state.kind === 'error' ? (
          <Text size="sm" c="red.8" fw={600}>
            {t('desk.save.failed')}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('desk.save.idle')}
          </Text>
        )}
      </Group>
      {!busy && state.kind === 'error' && <ErrorAlert error={state.error} lang={lang} />}
    </div>
  );
}
