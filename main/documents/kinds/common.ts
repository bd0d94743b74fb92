import { outcomeWord } from '../../../shared/results/display';
import type { ResultsRow, ResultsView } from '../../../shared/contract/results-types';
import type { Language } from '../../../shared/errors';
import { formatScore } from '../../../shared/results/display';

/** Pieces several documents share: committee roles, outcome words, the people who sign. */

export type CommitteeRole = 'chair' | 'secretary' | 'member';

export interface Signatory {
  name: string;
  nip: string;
  role: CommitteeRole;
}

/** "Ketua merangkap Anggota" style titles, as a pansel signs. */
export function roleTitle(role: CommitteeRole, lang: Language): string {
  if (lang === 'id')
    return role === 'chair' ? 'Ketua merangkap Anggota' : role === 'secretary' ? 'Sekretaris merangkap Anggota' : 'Anggota';
  return role === 'chair' ? 'Chair and Member' : role === 'secretary' ? 'Secretary and Member' : 'Member';
}

/** Chair first, then the secretary, then members in the order given. */
export function orderSignatories(list: Signatory[]): Signatory[] {
  const rank = { chair: 0, secretary: 1, member: 2 } as const;
  return [...list].sort((a, b) => rank[a.role] - rank[b.role]);
}

export { outcomeWord };

/** The remark column: the outcome, and the first reason when there is one. */
export function remark(row: ResultsRow, lang: Language): string {
  const word = outcomeWord(row, lang);
  return row.reason && !row.passed ? `${word}: ${row.reason.text[lang]}` : word;
}

export const score = (v: number | null, lang: Language): string => formatScore(v, lang);

export function stageScore(row: ResultsRow, stageId: string, lang: Language): string {
  const s = row.stages.find((x) => x.stageId === stageId);
  if (!s) return '–';
  if (s.score === null) return s.outcome === 'passed' ? 'MS' : s.outcome === 'failed' || s.outcome === 'notEligible' ? 'TMS' : '–';
  return formatScore(s.score, lang);
}

export function countOutcomes(view: ResultsView): { total: number; passed: number; failed: number; incomplete: number; withdrawn: number } {
  const c = { total: view.rows.length, passed: 0, failed: 0, incomplete: 0, withdrawn: 0 };
  for (const r of view.rows) {
    if (r.outcome === 'withdrawn') c.withdrawn += 1;
    else if (r.passed) c.passed += 1;
    else if (r.outcome === 'incomplete') c.incomplete += 1;
    else c.failed += 1;
  }
  return c;
}

export const nipLabel = 'NIP.';
