import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScreenFrame, ScreenTitle } from '../../components/ScreenFrame';
import { useKnownStatus } from '../../state/app-status';
import { ChairForm } from './ChairForm';
import { VaultForm } from './VaultForm';

const STEPS = 2;

/** Step 1 creates the vault; step 2 (also after reopening a vault left without a chair) the chair. */
export function FirstRunScreen({ onCancel, onCreated }: { onCancel?: () => void; onCreated: () => void }) {
  const { t } = useTranslation();
  const { vault } = useKnownStatus();
  return (
    <ScreenFrame testId="first-run">
      <Stack gap="lg">
        <Stack gap="xs">
          <ScreenTitle>{t('firstRun.title')}</ScreenTitle>
          <Text>{t('firstRun.intro')}</Text>
          <div>
            <Badge variant="light" color="gray" size="lg" tt="none">
              {t('firstRun.step', { current: vault ? 2 : 1, total: STEPS })}
            </Badge>
          </div>
        </Stack>
        {vault ? <ChairForm committee={vault.committeeName} /> : <VaultForm onCreated={onCreated} />}
        {onCancel && (
          <Group>
            <Button variant="subtle" onClick={onCancel}>
              {t('firstRun.backToUnlock')}
            </Button>
          </Group>
        )}
      </Stack>
    </ScreenFrame>
  );
}
