import { sql, type Kysely, type Selectable } from 'kysely';
import type { DeskApplicant, DeskQueue, DeskReview, QueueItem, ReviewRow } from '../../../shared/contract/scoring-types';
import { PanelisError } from '../../../shared/errors';
import { stageSubtotal } from '../../../shared/scoring/arithmetic';
import { applicantProblems, deskStatus } from '../../../shared/scoring/sheet-status';
import type { Database, RoundScorersTable } from '../../vault/schema';
import { applicantView } from '../access/applicant-view';
import { assignmentOf, queueOrder, requireAssigned } from '../rounds/assignment';
import { loadRound, requireState, roundRubric, roundSummary, type RoundRow } from '../rounds/round-record';
import { deskEntries, myScores } from './my-scores';
import { visibleFieldsColumn } from '../../vault/codecs/columns';

/**
 * The member's scoring desk, read side. Every answer is about the asking member only: their
 * queue, their scores, their review. Identities stay hidden until the round is revealed.
 */

export async function requireScorer(db: Kysely<Database>, round: RoundRow, personId: string): Promise<Selectable<RoundScorersTable>> {
  const scorer = await db
    .selectFrom('round_scorers')
    .selectAll()
    .where('round_id', '=', round.id)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!scorer) throw new PanelisError('NOT_A_SCORER');
  return scorer;
}

const values = (scores: Record<string, { value: number | null }>) =>
  Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v.value]));

async function openedRound(db: Kysely<Database>, roundId: string): Promise<RoundRow> {
  const round = await loadRound(db, roundId);
  requireState(round, 'open', 'closed', 'revealed');
  return round;
}

export async function deskQueue(db: Kysely<Database>, roundId: string, personId: string): Promise<DeskQueue> {
  const round = await openedRound(db, roundId);
  await requireScorer(db, round, personId);
  const rubric = await roundRubric(db, round);
  const entries = await deskEntries(db, round, rubric, personId);
  const revealed = round.state === 'revealed';
  const ids = entries.map((e) => e.applicantId);
  const applicants = new Map<string, { blind_code: string; name: string }>();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await db
      .selectFrom('applicants')
      .select(['id', 'blind_code', 'name'])
      .where('id', 'in', ids.slice(i, i + 5000))
      .execute();
    for (const r of rows) applicants.set(r.id, r);
  }
  const items: QueueItem[] = entries.map((e) => {
    const a = applicants.get(e.applicantId);
    return { applicantId: e.applicantId, code: a?.blind_code ?? '', name: revealed ? (a?.name ?? null) : null, status: e.status };
  });
  const selection = await db.selectFrom('selections').select('title').where('id', '=', round.selection_id).executeTakeFirstOrThrow();
  // Where the member last saved: the desk resumes there after a crash or a switch of person.
  const last = await db
    .selectFrom('scores')
    .select(['applicant_id', 'criterion_id'])
    .where('round_id', '=', round.id)
    .where('person_id', '=', personId)
    // saved_seq first: two saves can share a millisecond (migration 0007).
    .orderBy(sql`saved_seq desc nulls last`)
    .orderBy('updated_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const resume =
    last && items.some((i) => i.applicantId === last.applicant_id && i.status !== 'recused')
      ? { applicantId: last.applicant_id, criterionId: last.criterion_id }
      : null;
  return {
    round: await roundSummary(db, round, { personId }),
    selectionTitle: selection.title,
    rubric,
    items: queueOrder(round.order_seed, personId, items),
    resume,
  };
}

export async function deskApplicant(db: Kysely<Database>, roundId: string, personId: string, applicantId: string): Promise<DeskApplicant> {
  const round = await openedRound(db, roundId);
  const scorer = await requireScorer(db, round, personId);
  // A member with a conflict never sees the applicant's form, not even the blind part.
  requireAssigned(await assignmentOf(db, round, personId, applicantId));
  const rubric = await roundRubric(db, round);
  const row = await db.selectFrom('applicants').selectAll().where('id', '=', applicantId).executeTakeFirstOrThrow();
  const selection = await db
    .selectFrom('selections')
    .select('visible_fields')
    .where('id', '=', round.selection_id)
    .executeTakeFirstOrThrow();
  const visible = visibleFieldsColumn.decode(selection.visible_fields);
  const revealed = round.state === 'revealed';
  const scores = (await myScores(db, round.id, personId, applicantId)).get(applicantId) ?? {};
  const status = deskStatus(rubric, scores, false);
  return {
    item: { applicantId, code: row.blind_code, name: revealed ? row.name : null, status },
    applicant: applicantView(row, 'member', visible, revealed),
    scores,
    subtotal: stageSubtotal(rubric, values(scores)),
    locked: scorer.status !== 'scoring' || round.state !== 'open',
  };
}

export async function deskReview(db: Kysely<Database>, roundId: string, personId: string): Promise<DeskReview> {
  const round = await openedRound(db, roundId);
  const scorer = await requireScorer(db, round, personId);
  const rubric = await roundRubric(db, round);
  const entries = await deskEntries(db, round, rubric, personId);
  const scores = await myScores(db, round.id, personId);
  const codes = new Map<string, string>();
  const ids = entries.map((e) => e.applicantId);
  for (let i = 0; i < ids.length; i += 5000) {
    for (const r of await db
      .selectFrom('applicants')
      .select(['id', 'blind_code'])
      .where('id', 'in', ids.slice(i, i + 5000))
      .execute())
      codes.set(r.id, r.blind_code);
  }
  const rows: ReviewRow[] = entries.map((e) => {
    const mine = scores.get(e.applicantId) ?? {};
    return {
      applicantId: e.applicantId,
      code: codes.get(e.applicantId) ?? '',
      status: e.status,
      scores: values(mine),
      subtotal: stageSubtotal(rubric, values(mine)),
      problems: e.status === 'recused' ? [] : applicantProblems(rubric, mine),
    };
  });
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    rows,
    ready: scorer.status === 'scoring' && round.state === 'open' && rows.every((r) => r.problems.length === 0),
    submittedAt: scorer.submitted_at,
    sheetSha256: scorer.sheet_sha256,
  };
}
