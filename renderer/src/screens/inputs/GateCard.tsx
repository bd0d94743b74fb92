import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageInputStage } from '../../../../shared/contract';
import { formatNumber } from '../../../../shared/format';
import { useKnownStatus } from '../../state/app-status';
import { GateDesk } from './GateDesk';

interface Props {
  selectionId: string;
  stage: StageInputStage;
  canEdit: boolean;
  onChanged(): void;
}

/** A gate stage: its MS/TMS counts, and the list to record them (read-only for observers). */
export function GateCard({ selectionId, stage, canEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [open, setOpen] = useState(false);
  const counts = stage.gate ?? { ms: 0, tms: 0, undecided: 0 };
  const n = (x: number) => formatNumber(x, lang, 0);
  return (
    <Card withBorder padding="md" data-testid={`gate-card-${stage.stageId}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {t('inputs.gate.title', { stage: stage.name })}
            </Title>
            <Text size="sm" data-testid="gate-counts">
              {t('inputs.gate.counts', { ms: n(counts.ms), tms: n(counts.tms), undecided: n(counts.undecided) })}
            </Text>
          </Stack>
          <Button variant={open ? 'default' : 'filled'} onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? t('inputs.gate.hide') : t('inputs.gate.open')}
          </Button>
        </Group>
        {open && (
          <GateDesk selectionId={selectionId} stageId={stage.stageId} stageName={stage.name} canEdit={canEdit} onChanged={onChanged} />
        )}
      </Stack>
    </Card>
  );
}
