import { Box, Container, EmptyState, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useKnownStatus } from '../../state/app-status';
import { DashboardHeader } from './DashboardHeader';
import { SettingsCard } from './SettingsCard';

export function DashboardScreen() {
  const { t } = useTranslation();
  const { vault, session } = useKnownStatus();
  const isChair = session?.role === 'chair';
  return (
    <Box mih="100vh" bg="gray.0">
      <DashboardHeader />
      <Container component="main" size="lg" py="xl" data-testid="dashboard">
        <Stack gap="lg">
          <Title order={1} size="h2">
            {vault?.committeeName}
          </Title>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: isChair ? 7 : 12 }}>
              <Box bg="white" p="xl" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
                <EmptyState
                  title={t('dashboard.emptyTitle')}
                  description={
                    <Stack gap="xs">
                      <Text>{t('dashboard.emptyHint')}</Text>
                      {isChair && <Text>{t('dashboard.emptyHintChair')}</Text>}
                    </Stack>
                  }
                />
              </Box>
            </Grid.Col>
            {isChair && (
              <Grid.Col span={{ base: 12, md: 5 }}>
                <SettingsCard />
              </Grid.Col>
            )}
          </Grid>
        </Stack>
      </Container>
    </Box>
  );
}
