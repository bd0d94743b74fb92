import { Group, Kbd, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Row({ keys, children }: { keys: string[]; children: ReactNode }) {
  return (
    <Group gap={8} wrap="nowrap" align="flex-start">
      <Group gap={3} wrap="wrap" style={{ flexShrink: 0, width: 104 }}>
        {keys.map((k) => (
          <Kbd key={k} size="xs">
            {k}
          </Kbd>
        ))}
      </Group>
      <Text size="sm" style={{ minWidth: 0 }}>
        {children}
      </Text>
    </Group>
  );
}

/** The desk's keys, always on screen: nobody should have to guess them. */
export function ShortcutHelp({ calibration = false }: { calibration?: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="aside" aria-labelledby="desk-keys-title" data-testid="desk-shortcuts">
      <Title order={3} size="h6" id="desk-keys-title" mb="xs">
        {t('desk.keys.title')}
      </Title>
      <SimpleGrid cols={1} spacing={4} verticalSpacing={6}>
        <Row keys={['1', '2', '3', '4', '…']}>{t('desk.keys.digits')}</Row>
        <Row keys={['←', '→']}>{t('desk.keys.step')}</Row>
        <Row keys={['↑', '↓', 'Tab']}>{t('desk.keys.criteria')}</Row>
        <Row keys={['Del']}>{t('desk.keys.clear')}</Row>
        {!calibration && <Row keys={['Enter', 'Esc']}>{t('desk.keys.note')}</Row>}
        <Row keys={['N', 'PgDn', 'Ctrl+Enter']}>{calibration ? t('desk.keys.nextCase') : t('desk.keys.next')}</Row>
        <Row keys={['P', 'PgUp']}>{calibration ? t('desk.keys.previousCase') : t('desk.keys.previous')}</Row>
        {!calibration && <Row keys={['K']}>{t('desk.keys.conflict')}</Row>}
        {!calibration && <Row keys={['R']}>{t('desk.keys.review')}</Row>}
      </SimpleGrid>
    </Paper>
  );
}
