import type { Messages } from './id';

export const roundsEn: Messages['rounds'] = {
  tab: 'Scoring',
};
