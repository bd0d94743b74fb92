import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../vault/schema';
import { PanelisError } from '../../../shared/errors';

/**
 * Who scores whom in a round. Scorers are the committee's people with the member role (the
 * blind desk needs a blind account); when the stage has panels, only panel members score, and
 * each only their panel's applicants. Panels are frozen once the round opens, so this can be
 * derived at any time instead of being copied per pair (100,000 applicants x 5 members).
 */
export async function scorersAtOpen(db: Kysely<Database>, selectionId: string, stageId: string): Promise<string[]> {
  const panels = await db
    .selectFrom('panels')
    .select('id')
    .where('selection_id', '=', selectionId)
    .where('stage_id', '=', stageId)
    .execute();
  let q = db
    .selectFrom('selection_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select('p.id')
    .where('m.selection_id', '=', selectionId)
    .where('p.role', '=', 'member')
    .where('p.active', '=', 1);
  if (panels.length > 0) {
    const ids = panels.map((p) => p.id);
    q = q.where('p.id', 'in', db.selectFrom('panel_members').select('person_id').where('panel_id', 'in', ids));
  }
  return (await q.orderBy('p.name').execute()).map((r) => r.id);
}

/** The round as the assignment rule needs it (no import of round-record, which imports this module). */
export interface AssignmentRound {
  id: string;
  selection_id: string;
  stage_id: string;
}

/**
 * The assignment rule: a member may score an applicant when the applicant is in the round and
 * still active, and, when the stage has panels, in a panel of that stage the member sits on;
 * and is not someone the member is recused from. Every reader (the desk's queue and form, the
 * round board's progress, the score save) decides with `assignmentFrom` over these facts; how
 * they read the facts is below, once with the query builder and once in SQL for the save path
 * (tests/integration/assignment-rule.test.ts holds the readers equal on every pair).
 */
export interface AssignmentFacts {
  inRound: boolean;
  hasPanels: boolean;
  inMyPanel: boolean;
  recused: boolean;
}

export type Assignment = 'assigned' | 'recused' | 'notAssigned';

export function assignmentFrom(f: AssignmentFacts): Assignment {
  if (!f.inRound || (f.hasPanels && !f.inMyPanel)) return 'notAssigned';
  return f.recused ? 'recused' : 'assigned';
}

/** Refuses what the rule refuses: NOT_ASSIGNED before RECUSED. */
export function requireAssigned(assignment: Assignment): void {
  if (assignment === 'notAssigned') throw new PanelisError('NOT_ASSIGNED');
  if (assignment === 'recused') throw new PanelisError('RECUSED');
}

/**
 * The facts in SQL, as columns of a query over `rounds r` with the parameters @person and
 * @applicant (the save path reads them with the round, in one prepared statement).
 */
export const ASSIGNMENT_FACTS_SQL = `
  exists (select 1 from round_applicants ra join applicants a on a.id = ra.applicant_id
          where ra.round_id = r.id and ra.applicant_id = @applicant and a.status = 'active') as in_round,
  exists (select 1 from panels p where p.selection_id = r.selection_id and p.stage_id = r.stage_id) as has_panels,
  exists (select 1 from panels p join panel_members pm on pm.panel_id = p.id join panel_applicants pa on pa.panel_id = p.id
          where p.selection_id = r.selection_id and p.stage_id = r.stage_id and pm.person_id = @person and pa.applicant_id = @applicant) as in_my_panel,
  exists (select 1 from conflicts c where c.selection_id = r.selection_id and c.person_id = @person and c.applicant_id = @applicant) as recused`;

/** The columns of ASSIGNMENT_FACTS_SQL as SQLite returns them (0 or 1). */
export interface AssignmentFactsRow {
  in_round: number;
  has_panels: number;
  in_my_panel: number;
  recused: number;
}

export function factsOfRow(row: AssignmentFactsRow): AssignmentFacts {
  return { inRound: row.in_round === 1, hasPanels: row.has_panels === 1, inMyPanel: row.in_my_panel === 1, recused: row.recused === 1 };
}

async function stagePanelIds(db: Kysely<Database>, round: AssignmentRound): Promise<string[]> {
  return (
    await db
      .selectFrom('panels')
      .select('id')
      .where('selection_id', '=', round.selection_id)
      .where('stage_id', '=', round.stage_id)
      .execute()
  ).map((p) => p.id);
}

/** The round's active applicants, within the person's panels when the stage has panels. */
function inMyWork(db: Kysely<Database>, round: AssignmentRound, personId: string, panelIds: string[]) {
  let q = db
    .selectFrom('round_applicants as ra')
    .innerJoin('applicants as a', 'a.id', 'ra.applicant_id')
    .select('ra.applicant_id')
    .where('ra.round_id', '=', round.id)
    .where('a.status', '=', 'active');
  if (panelIds.length > 0) {
    const mine = db
      .selectFrom('panel_applicants as pa')
      .innerJoin('panel_members as pm', 'pm.panel_id', 'pa.panel_id')
      .select('pa.applicant_id')
      .where('pm.person_id', '=', personId)
      .where('pa.panel_id', 'in', panelIds);
    q = q.where('ra.applicant_id', 'in', mine);
  }
  return q;
}

/**
 * The applicants one scorer has in this round: the rule without the recusal, which the queue
 * shows as a status (recusedSet). One who withdraws after the round opened leaves every queue.
 */
export async function assignedApplicants(db: Kysely<Database>, round: AssignmentRound, personId: string): Promise<string[]> {
  return (await inMyWork(db, round, personId, await stagePanelIds(db, round)).execute()).map((r) => r.applicant_id);
}

/** The rule for one (member, applicant) pair, read with the query builder (the desk's form). */
export async function assignmentOf(
  db: Kysely<Database>,
  round: AssignmentRound,
  personId: string,
  applicantId: string,
): Promise<Assignment> {
  const panelIds = await stagePanelIds(db, round);
  const inRound = await db
    .selectFrom('round_applicants as ra')
    .innerJoin('applicants as a', 'a.id', 'ra.applicant_id')
    .select('ra.applicant_id')
    .where('ra.round_id', '=', round.id)
    .where('ra.applicant_id', '=', applicantId)
    .where('a.status', '=', 'active')
    .executeTakeFirst();
  const inMyPanel =
    panelIds.length > 0 &&
    (await db
      .selectFrom('panel_applicants as pa')
      .innerJoin('panel_members as pm', 'pm.panel_id', 'pa.panel_id')
      .select('pa.applicant_id')
      .where('pm.person_id', '=', personId)
      .where('pa.applicant_id', '=', applicantId)
      .where('pa.panel_id', 'in', panelIds)
      .executeTakeFirst()) !== undefined;
  const recused = await isRecused(db, round.selection_id, personId, applicantId);
  return assignmentFrom({ inRound: inRound !== undefined, hasPanels: panelIds.length > 0, inMyPanel, recused });
}

/** The applicants this person has declared (or been recorded with) a conflict for. */
export async function recusedSet(db: Kysely<Database>, selectionId: string, personId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('conflicts')
    .select('applicant_id')
    .where('selection_id', '=', selectionId)
    .where('person_id', '=', personId)
    .execute();
  return new Set(rows.map((r) => r.applicant_id));
}

async function isRecused(db: Kysely<Database>, selectionId: string, personId: string, applicantId: string): Promise<boolean> {
  const row = await db
    .selectFrom('conflicts')
    .select('id')
    .where('selection_id', '=', selectionId)
    .where('person_id', '=', personId)
    .where('applicant_id', '=', applicantId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A member's own order: applicants sorted by HMAC(round seed, member, applicant). Random per
 * member and per round, so no applicant is always scored first or last (when panels are tired
 * or fresh), yet stable across sessions, so a member's queue does not reshuffle.
 */
export function queueOrder<T extends { applicantId: string }>(seed: string, personId: string, items: T[]): T[] {
  const key = (id: string) => createHmac('sha256', seed).update(`${personId}\u0000${id}`).digest('hex');
  return items
    .map((item) => ({ item, k: key(item.applicantId) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.item);
}
