import { sql, type Kysely } from 'kysely';
import type { ResultChange, RevisionRecord } from '../../../shared/contract/deliberation-types';
import type { ResultsView } from '../../../shared/contract/results-types';
import type { Database } from '../../vault/schema';
import { loadRound, roundRubric } from '../rounds/round-record';

type ResultsLike = Pick<ResultsView, 'rows'>;

/**
 * What a revision changed: every applicant whose final result, rank or score at the revised
 * stage moved, the revised applicant always first (even when nothing moved, so the committee
 * sees it did not). The stage score says what changed while the final waits for other stages.
 */
export function resultChanges(before: ResultsLike, after: ResultsLike, revisedApplicantId: string, stageId: string): ResultChange[] {
  const old = new Map(before.rows.map((r) => [r.applicantId, r]));
  const out: ResultChange[] = [];
  for (const r of after.rows) {
    const b = old.get(r.applicantId);
    const change: ResultChange = {
      applicantId: r.applicantId,
      code: r.code,
      name: r.name,
      finalBefore: b?.final ?? null,
      finalAfter: r.final,
      rankBefore: b?.rank ?? null,
      rankAfter: r.rank,
      stageBefore: b?.stages.find((s) => s.stageId === stageId)?.score ?? null,
      stageAfter: r.stages.find((s) => s.stageId === stageId)?.score ?? null,
    };
    const moved =
      change.finalBefore !== change.finalAfter || change.rankBefore !== change.rankAfter || change.stageBefore !== change.stageAfter;
    if (r.applicantId === revisedApplicantId) out.unshift(change);
    else if (moved) out.push(change);
  }
  return out;
}

/** Recorded revisions, of one meeting or a whole selection, oldest first. */
export async function revisionsOf(db: Kysely<Database>, where: { meetingId: string } | { selectionId: string }): Promise<RevisionRecord[]> {
  let q = db
    .selectFrom('score_revisions as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .innerJoin('people as c', 'c.id', 'r.recorded_by')
    .innerJoin('applicants as a', 'a.id', 'r.applicant_id')
    .innerJoin('rounds as o', 'o.id', 'r.round_id')
    .select([
      'r.id',
      'r.meeting_id',
      'r.item_id',
      'r.person_id',
      'p.name as person_name',
      'r.applicant_id',
      'a.blind_code',
      'a.name as applicant_name',
      'o.stage_id',
      'r.round_id',
      'r.criterion_id',
      'r.old_value',
      'r.new_value',
      'r.reason',
      'r.old_sheet_sha256',
      'r.new_sheet_sha256',
      'r.new_seal',
      'r.created_at',
      'c.name as recorder',
    ]);
  q = 'meetingId' in where ? q.where('r.meeting_id', '=', where.meetingId) : q.where('r.selection_id', '=', where.selectionId);
  const rows = await q
    .orderBy('r.created_at')
    .orderBy(sql`r.rowid`)
    .execute();
  const names = new Map<string, Map<string, string>>();
  const out: RevisionRecord[] = [];
  for (const r of rows) {
    if (!names.has(r.round_id)) {
      const rubric = await roundRubric(db, await loadRound(db, r.round_id));
      names.set(r.round_id, new Map(rubric.criteria.map((c) => [c.id, c.name])));
    }
    out.push({
      id: r.id,
      meetingId: r.meeting_id,
      itemId: r.item_id,
      personId: r.person_id,
      personName: r.person_name,
      applicantId: r.applicant_id,
      applicantCode: r.blind_code,
      applicantName: r.applicant_name,
      stageId: r.stage_id,
      roundId: r.round_id,
      criterionId: r.criterion_id,
      criterionName: names.get(r.round_id)?.get(r.criterion_id) ?? r.criterion_id,
      oldValue: r.old_value,
      newValue: r.new_value,
      reason: r.reason,
      oldSheetSha256: r.old_sheet_sha256,
      newSheetSha256: r.new_sheet_sha256,
      newSeal: r.new_seal,
      at: r.created_at,
      recordedBy: r.recorder,
    });
  }
  return out;
}
