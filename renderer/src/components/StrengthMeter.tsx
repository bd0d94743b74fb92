import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useScorer, type Score } from './strength';

const colors: Record<Score, string> = { 0: 'red', 1: 'orange', 2: 'yellow', 3: 'teal', 4: 'green' };
const levels = ['strength.level0', 'strength.level1', 'strength.level2', 'strength.level3', 'strength.level4'] as const;

/** zxcvbn's estimate, as a bar for the eye and a sentence for screen readers; of a vault passphrase or a person's password. */
export function StrengthMeter({
  value,
  userInputs,
  of = 'passphrase',
}: {
  value: string;
  userInputs: string[];
  of?: 'passphrase' | 'password';
}) {
  const { t } = useTranslation();
  const scorer = useScorer();
  const score = value && scorer ? scorer(value, userInputs) : null;
  return (
    <Stack gap={4}>
      <Progress aria-hidden size="sm" value={score === null ? 0 : (score + 1) * 20} color={score === null ? 'gray' : colors[score]} />
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="strength">
        {of === 'password'
          ? score === null
            ? t('people.password.strengthEmpty')
            : t('people.password.strength', { level: t(levels[score]) })
          : score === null
            ? t('strength.empty')
            : t('strength.label', { level: t(levels[score]) })}
      </Text>
    </Stack>
  );
}
