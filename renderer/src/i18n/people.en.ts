import type { Messages } from './id';

export const peopleEn: Messages['people'] = {
  title: 'Applicants and committee',
};
