import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Motion, VoteChoice } from '../../../../shared/contract';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useAction } from '../../state/use-action';

const choices: VoteChoice[] = ['setuju', 'tidakSetuju', 'abstain'];

/** One motion: its rule, each vote, who is still to vote (the clerk records), the chair's decision. */
export function MotionBlock({ motion, canRecord, canDecide, onChanged }: { motion: Motion; canRecord: boolean; canDecide: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const vote = useAction(async (personId: string, choice: VoteChoice) => {
    await api.deliberation.vote({ motionId: motion.id, personId, vote: choice });
    onChanged();
  });
  const decide = useAction(async () => {
    await api.deliberation.decideMotion({ motionId: motion.id });
    onChanged();
  });
  const open = motion.status === 'open';
  return (
    <Stack gap={6} data-testid="motion" p="sm" style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {motion.text}
        </Text>
        <Badge variant="light" color="gray" tt="none">
          {t(`deliberation.motion.rules.${motion.rule}`)}
        </Badge>
        <Badge variant="light" color="gray" tt="none" data-testid="motion-outcome">
          {motion.outcome ? t(`deliberation.motion.outcome.${motion.outcome}`) : t('deliberation.motion.open')}
        </Badge>
      </Group>
      <Text size="sm" data-testid="motion-tally">
        {t('deliberation.motion.tally', motion.tally)}
      </Text>
      {motion.votes.map((v) => (
        <Text size="sm" key={v.personId}>
          {v.name}: {t(`deliberation.motion.votes.${v.vote}`)}
        </Text>
      ))}
      {motion.recused.map((r) => (
        <Text size="sm" key={r.personId}>
          {t('deliberation.motion.recused', { name: r.name })}
        </Text>
      ))}
      {open &&
        canRecord &&
        motion.pending.map((p) => (
          <Group key={p.personId} gap="xs" role="group" aria-label={t('deliberation.motion.voteOf', { name: p.name })}>
            <Text size="sm" miw={220}>
              {p.name}
            </Text>
            {choices.map((c) => (
              <Button key={c} size="xs" variant="default" disabled={vote.busy} onClick={() => void vote.run(p.personId, c)}>
                {t(`deliberation.motion.votes.${c}`)}
              </Button>
            ))}
          </Group>
        ))}
      {open && canDecide && (
        <BusyButton size="xs" busy={decide.busy} busyLabel={t('deliberation.motion.decide')} onClick={() => void decide.run()} style={{ alignSelf: 'flex-start' }}>
          {t('deliberation.motion.decide')}
        </BusyButton>
      )}
      <ErrorAlert error={vote.error ?? decide.error} lang={lang} />
    </Stack>
  );
}
