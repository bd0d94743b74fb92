import type { Messages } from './id';

export const deskEn: Messages['desk'] = {
  title: 'My scoring desk',
};
