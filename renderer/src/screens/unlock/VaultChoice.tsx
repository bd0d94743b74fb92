import { Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecentVault } from '../../../../shared/contract';
import type { Language } from '../../../../shared/errors';
import { formatDateLong } from '../../../../shared/format';

/** The value of the "another file" card; a real path never looks like this. */
export const OTHER = '\u0000other';

interface Props {
  recent: RecentVault[];
  value: string;
  onChange(value: string): void;
  lang: Language;
}

/** Recent vaults as large cards (committee name first: that is what people recognise). */
export function VaultChoice({ recent, value, onChange, lang }: Props) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={t('unlock.recent')} value={value} onChange={onChange} name="vault">
      <Stack gap="xs" mt="xs">
        {recent.map((v) => (
          <Radio.Card key={v.path} value={v.path} p="sm" radius="md" title={v.path}>
            <Group wrap="nowrap" align="flex-start">
              <Radio.Indicator mt={3} />
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600}>{v.committeeName ?? t('unlock.unnamed')}</Text>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {v.fileName}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('unlock.lastOpened', { date: formatDateLong(v.lastOpenedAt, lang) })}
                </Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
        <Radio.Card value={OTHER} p="sm" radius="md">
          <Group wrap="nowrap" align="flex-start">
            <Radio.Indicator mt={3} />
            <Stack gap={2}>
              <Text fw={600}>{t('unlock.other')}</Text>
              <Text size="sm" c="dimmed">
                {t('unlock.otherHint')}
              </Text>
            </Stack>
          </Group>
        </Radio.Card>
      </Stack>
    </Radio.Group>
  );
}
