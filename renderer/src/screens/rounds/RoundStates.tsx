import { Badge, Group, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundState } from '../../../../shared/contract';

export const roundStates: RoundState[] = ['draft', 'open', 'closed', 'revealed'];
const colors: Record<RoundState, string> = { draft: 'gray', open: 'blue', closed: 'orange', revealed: 'cyan' };

export function StateBadge({ state }: { state: RoundState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[state]} tt="none" size="lg" data-testid="round-state">
      {t(`rounds.state.${state}`)}
    </Badge>
  );
}

/** draft -> open -> closed -> revealed, with where the round is now. */
export function RoundStates({ state }: { state: RoundState }) {
  const { t } = useTranslation();
  const at = roundStates.indexOf(state);
  return (
    <Group component="ol" gap={6} aria-label={t('rounds.stateSteps')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {roundStates.map((s, i) => (
        <Fragment key={s}>
          {i > 0 && (
            <Text component="li" aria-hidden c="dimmed" size="sm">
              →
            </Text>
          )}
          <Text
            component="li"
            size="sm"
            fw={i === at ? 700 : 400}
            c={i <= at ? undefined : 'dimmed'}
            aria-current={i === at ? 'step' : undefined}
            td={i === at ? 'underline' : undefined}
          >
            {t(`rounds.state.${s}`)}
          </Text>
        </Fragment>
      ))}
    </Group>
  );
}
