import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the screens before the dashboard: brand, language, one card in the middle. */
export function ScreenFrame({ testId, children }: { testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" px="lg" py="sm" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" wrap="nowrap">
          <Stack gap={0}>
            <Text fw={700} size="lg" c="blue.8">
              {t('app.name')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('app.tagline')}
            </Text>
          </Stack>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" size={680} py="xl" data-testid={testId}>
        <Paper withBorder shadow="xs" radius="md" p="xl">
          {children}
        </Paper>
      </Container>
    </Box>
  );
}

/** The heading of a screen: one h1 per page for screen readers. */
export function ScreenTitle({ children }: { children: ReactNode }) {
  return (
    <Title order={1} size="h2">
      {children}
    </Title>
  );
}
