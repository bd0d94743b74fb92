import { Anchor, Badge, Box, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SelectionDetail } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format';
import type { SelectionSetup } from '../../../../shared/selection/selection';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { WARNING_TEXT } from './colors';
import { useEditor } from './editor-context';

interface Props {
  detail: SelectionDetail;
  draft: SelectionSetup;
  canEdit: boolean;
  dirty: boolean;
  saved: boolean;
  saving: boolean;
  saveError: unknown;
  /** How many fields keep the draft from being saved (shown instead of saving). */
  blocked: number;
  onSave(): void;
  onBack(): void;
}

function SaveState({ dirty, saved, blocked, updatedAt }: { dirty: boolean; saved: boolean; blocked: number; updatedAt: string }) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  if (blocked > 0 && dirty) {
    return (
      <Text size="sm" c="red.9" fw={600}>
        {t('setup.save.blocked', { count: blocked })}
      </Text>
    );
  }
  if (dirty) {
    return (
      <Text size="sm" c={WARNING_TEXT} fw={600}>
        {t('setup.save.unsaved')}
      </Text>
    );
  }
  if (saved) {
    return (
      <Text size="sm" c="teal.9" fw={600}>
        {t('setup.save.saved')}
      </Text>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      {t('setup.save.lastChange', { date: formatDateTime(updatedAt, lang) })}
    </Text>
  );
}

/** Back to the list, the selection's title, and for managers the one "Simpan" for every tab. */
export function WorkspaceHeader({ detail, draft, canEdit, dirty, saved, saving, saveError, blocked, onSave, onBack }: Props) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  return (
    <Box
      bg="white"
      py="sm"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', position: 'sticky', top: 0, zIndex: 100 }}
      className="panelis-no-print"
    >
      <Container size="xl">
        <Group justify="space-between" wrap="nowrap" align="center" gap="lg">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Anchor component="button" type="button" size="sm" onClick={onBack} style={{ alignSelf: 'flex-start' }}>
              {t('setup.workspace.back')}
            </Anchor>
            <Group gap="sm" wrap="nowrap" align="center">
              <Title order={1} size="h3" lineClamp={2} title={draft.title}>
                {draft.title || detail.setup.title}
              </Title>
              <Badge variant="light" tt="none" style={{ flexShrink: 0 }}>
                {t(`setup.kinds.${draft.kind}`)}
              </Badge>
            </Group>
          </Stack>
          {canEdit && (
            <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
              <Group gap="sm" wrap="nowrap">
                <Box role="status" aria-live="polite" data-testid="save-state">
                  <SaveState dirty={dirty} saved={saved} blocked={blocked} updatedAt={detail.updatedAt} />
                </Box>
                <BusyButton busy={saving} busyLabel={t('setup.save.saving')} onClick={onSave} disabled={!dirty || blocked > 0}>
                  {t('setup.save.save')}
                </BusyButton>
              </Group>
            </Stack>
          )}
        </Group>
        {saveError ? (
          <Box mt="xs">
            <ErrorAlert error={saveError} lang={lang} />
          </Box>
        ) : null}
      </Container>
    </Box>
  );
}
