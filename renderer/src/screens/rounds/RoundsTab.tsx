import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SelectionDetail } from '../../../../shared/contract';

/**
 * Chair, secretary and observer: the selection's scoring rounds (create, calibrate, open,
 * board, excuse, close and seal, reveal with two people, leniency after close).
 */
export function RoundsTab({ selection }: { selection: SelectionDetail }) {
  const { t } = useTranslation();
  return <Text data-selection={selection.id}>{t('rounds.tab')}</Text>;
}
