import type { Messages } from './id';

export const deliberationEn: Messages['deliberation'] = {
  _: '',
};
