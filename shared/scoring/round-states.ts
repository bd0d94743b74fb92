import type { RoundState } from '../contract/scoring-types';

/** Round states in both languages, for error messages that name them. */
export const roundStateNames: Record<RoundState, { id: string; en: string }> = {
  draft: { id: 'draf', en: 'draft' },
  open: { id: 'dibuka', en: 'open' },
  closed: { id: 'ditutup', en: 'closed' },
  revealed: { id: 'identitas dibuka', en: 'revealed' },
};
