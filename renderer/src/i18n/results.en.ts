import type { Messages } from './id';

export const resultsEn: Messages['results'] = {
  _: '',
};
