import { Badge, Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../../shared/contract';

interface Props {
  people: PersonSummary[];
  value: string;
  onChange(value: string): void;
  error?: string;
}

/** Committees are small (3 to 15 people): every name visible beats a drop-down. */
export function PersonChoice({ people, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={t('signIn.person')} value={value} onChange={onChange} name="person" error={error}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
        {people.map((p) => (
          <Radio.Card key={p.id} value={p.id} p="sm" radius="md">
            <Group wrap="nowrap" align="flex-start">
              <Radio.Indicator mt={3} />
              <div style={{ minWidth: 0 }}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {p.name}
                </Text>
                <Badge variant="light" size="sm" tt="none" mt={4}>
                  {t(`roles.${p.role}`)}
                </Badge>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
