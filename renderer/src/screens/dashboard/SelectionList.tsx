import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SelectionSummary } from '../../../../shared/contract';
import { formatDateLong, formatNumber } from '../../../../shared/format';
import { useKnownStatus } from '../../state/app-status';

/** Every selection in the vault (or, for a member, those they sit on), newest first. */
export function SelectionList({ selections, onOpen }: { selections: SelectionSummary[]; onOpen(id: string): void }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} data-testid="selection-list">
      {selections.map((s) => (
        <Paper component="li" key={s.id} withBorder radius="md" p="md" style={{ listStyle: 'none' }}>
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Anchor
                component="button"
                type="button"
                fw={700}
                size="lg"
                ta="left"
                onClick={() => onOpen(s.id)}
                style={{ overflowWrap: 'anywhere' }}
              >
                {s.title}
              </Anchor>
              <Badge variant="light" tt="none" style={{ flexShrink: 0 }}>
                {t(`setup.kinds.${s.kind}`)}
              </Badge>
            </Group>
            <Text size="sm">{s.agency || t('setup.dashboard.noAgency')}</Text>
            <Text size="sm" c="dimmed">
              {t('setup.dashboard.counts', { applicants: formatNumber(s.applicants, lang, 0), members: formatNumber(s.members, lang, 0) })}{' '}
              · {t('setup.dashboard.updated', { date: formatDateLong(s.updatedAt, lang) })}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
