import type { Messages } from './id';

export const inputsEn: Messages['inputs'] = {
  _: '',
};
