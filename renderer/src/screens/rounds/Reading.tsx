import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reading } from '../../../../shared/contract';

const colors: Record<Reading, string> = { lenient: 'orange', strict: 'grape', inLine: 'cyan' };

/** "lebih longgar" / "lebih ketat" / "sejalan": words, not only a colour. */
export function ReadingBadge({ reading }: { reading: Reading | null }) {
  const { t } = useTranslation();
  if (!reading) return null;
  return (
    <Badge variant="light" color={colors[reading]} tt="none" size="sm" data-testid="reading">
      {t(`rounds.reading.${reading}`)}
    </Badge>
  );
}
