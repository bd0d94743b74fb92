import type { Kysely } from 'kysely';
import type { RoundBoard } from '../../../shared/contract/scoring-types';
import type { Database } from '../../vault/schema';
import { countStatuses, deskEntries } from '../scoring/my-scores';
import { loadRound, roundRubric, roundSummary, type Viewer } from './round-record';

/**
 * The chair's board: per scorer, how many applicants are done, in progress, not started or
 * recused. Built from statuses only; no value, total or rank leaves this function.
 */
export async function roundBoard(db: Kysely<Database>, roundId: string, viewer: Viewer): Promise<RoundBoard> {
  const round = await loadRound(db, roundId);
  const summary = await roundSummary(db, round, viewer);
  const scorers = await db
    .selectFrom('round_scorers as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select(['r.person_id', 'p.name', 'r.status', 'r.excuse_reason', 'r.submitted_at', 'r.sheet_sha256'])
    .where('r.round_id', '=', roundId)
    .orderBy('p.name')
    .execute();
  if (scorers.length === 0) return { round: summary, scorers: [] };
  const rubric = await roundRubric(db, round);
  const rows = [];
  for (const s of scorers) {
    const entries = await deskEntries(db, round, rubric, s.person_id);
    rows.push({
      personId: s.person_id,
      name: s.name,
      status: s.status,
      excuseReason: s.excuse_reason,
      submittedAt: s.submitted_at,
      sheetSha256: s.sheet_sha256,
      counts: countStatuses(entries),
    });
  }
  return { round: summary, scorers: rows };
}
