import type { Messages } from './id';

export const setupEn: Messages['setup'] = {
  title: 'Selections',
};
