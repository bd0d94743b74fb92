import type { Messages } from './id';

export const documentsEn: Messages['documents'] = {
  _: '',
};
