import { Box, Button, Center, Container, EmptyState, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useViewer } from '../../state/access';
import { useKnownStatus } from '../../state/app-status';
import { useQuery } from '../../data/use-query';
import { VaultPeopleCard } from '../committee/VaultPeopleCard';
import { VerifyPanel } from '../documents/VerifyPanel';
import { CreateSelectionDialog } from './CreateSelectionDialog';
import { DashboardHeader } from './DashboardHeader';
import { SelectionList } from './SelectionList';
import { SettingsCard } from './SettingsCard';

function EmptySelections({ canCreate }: { canCreate: boolean }) {
  const { t } = useTranslation();
  const { scorer } = useViewer();
  const hint = canCreate ? 'setup.dashboard.emptyManager' : scorer ? 'setup.dashboard.emptyMember' : 'setup.dashboard.emptyObserver';
  return (
    <Paper withBorder radius="md" p="xl">
      <EmptyState title={t('setup.dashboard.emptyTitle')} description={<Text>{t(hint)}</Text>} />
    </Paper>
  );
}

/** The committee's selections, "Buat seleksi" for managers, and the chair's vault settings. */
export function DashboardScreen({ onOpen }: { onOpen(selectionId: string): void }) {
  const { t } = useTranslation();
  const { vault, lang } = useKnownStatus();
  const { can } = useViewer();
  // The vault settings card is the chair's (idle lock, sign-out).
  const isChair = can('settings.setIdleMinutes');
  const canCreate = can('selection.create');
  const [creating, setCreating] = useState(false);
  const load = useQuery('selection.list', {});
  const selections = load.value;

  return (
    <Box mih="100vh" bg="gray.0">
      <DashboardHeader />
      <Container component="main" size="xl" py="xl" data-testid="dashboard">
        <Stack gap="lg">
          <Title order={1} size="h2">
            {vault?.committeeName}
          </Title>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: isChair ? 8 : 12 }}>
              <Stack gap="md" component="section" aria-labelledby="selections-title">
                <Group justify="space-between">
                  <Title order={2} size="h3" id="selections-title">
                    {t('setup.dashboard.heading')}
                  </Title>
                  {canCreate && <Button onClick={() => setCreating(true)}>{t('setup.dashboard.create')}</Button>}
                </Group>
                <ErrorAlert error={load.error} lang={lang} />
                {selections === null ? (
                  load.error ? null : (
                    <Center py="xl">
                      <Stack align="center">
                        <Loader aria-hidden />
                        <Text>{t('setup.dashboard.loading')}</Text>
                      </Stack>
                    </Center>
                  )
                ) : selections.length === 0 ? (
                  <EmptySelections canCreate={canCreate} />
                ) : (
                  <SelectionList selections={selections} onOpen={onOpen} />
                )}
              </Stack>
            </Grid.Col>
            {isChair && (
              <Grid.Col span={{ base: 12, md: 4 }}>
                <SettingsCard />
              </Grid.Col>
            )}
          </Grid>
          <VaultPeopleCard />
          <VerifyPanel />
        </Stack>
      </Container>
      {canCreate && creating && <CreateSelectionDialog opened={creating} onClose={() => setCreating(false)} onCreated={onOpen} />}
    </Box>
  );
}
