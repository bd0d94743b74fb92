import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SelectionDetail } from '../../../../shared/contract';

/** A member's way into scoring: their rounds of this selection, each opening the desk (or calibration). */
export function MemberRounds({ selection }: { selection: SelectionDetail }) {
  const { t } = useTranslation();
  return <Text data-selection={selection.id}>{t('desk.title')}</Text>;
}
