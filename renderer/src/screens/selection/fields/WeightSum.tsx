import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sumsTo100 } from '../../../../../shared/selection/rubric';
import { useEditor } from '../editor-context';
import { formatPercent } from '../format';

/** "Jumlah bobot kriteria: 100 % ✓", or in red with what it must be. */
export function WeightSum({ label, weights, testId }: { label: string; weights: number[]; testId?: string }) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  const sum = weights.reduce((a, b) => a + b, 0);
  const ok = sumsTo100(weights);
  return (
    <Text size="sm" fw={600} c={ok ? 'teal.9' : 'red.9'} data-testid={testId} data-ok={ok}>
      {label}: {formatPercent(sum, lang)} {ok ? <span aria-hidden>✓</span> : null}
      {ok ? null : ` — ${t('setup.weights.mustBe100')}`}
    </Text>
  );
}
