import { createHmac } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, RoundsTable } from '../../vault/schema';

/** The columns of a round this rule reads (round-record.ts builds on this file, not the other way). */
type RoundRow = Pick<Selectable<RoundsTable>, 'id' | 'selection_id' | 'stage_id'>;

/**
 * Who scores whom in a round. Scorers are the committee's people with the member role (the
 * blind desk needs a blind account); when the stage has panels, only panel members score, and
 * each only their panel's applicants. Panels are frozen once the round opens, so this can be
 * derived at any time instead of being copied per pair (100,000 applicants x 5 members).
 */
export async function scorersAtOpen(db: Kysely<Database>, selectionId: string, stageId: string): Promise<string[]> {
  const panels = await db.selectFrom('panels').select('id').where('selection_id', '=', selectionId).where('stage_id', '=', stageId).execute();
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

/**
 * The applicants one scorer has to score in this round (conflicts not yet taken out). One
 * who withdraws after the round opened leaves every queue.
 */
export async function assignedApplicants(db: Kysely<Database>, round: RoundRow, personId: string): Promise<string[]> {
  const panels = await db.selectFrom('panels').select('id').where('selection_id', '=', round.selection_id).where('stage_id', '=', round.stage_id).execute();
  let q = db
    .selectFrom('round_applicants as ra')
    .innerJoin('applicants as a', 'a.id', 'ra.applicant_id')
    .select('ra.applicant_id')
    .where('ra.round_id', '=', round.id)
    .where('a.status', '=', 'active');
  if (panels.length > 0) {
    const mine = db
      .selectFrom('panel_applicants as pa')
      .innerJoin('panel_members as pm', 'pm.panel_id', 'pa.panel_id')
      .select('pa.applicant_id')
      .where('pm.person_id', '=', personId)
      .where(
        'pa.panel_id',
        'in',
        panels.map((p) => p.id),
      );
    q = q.where('ra.applicant_id', 'in', mine);
  }
  return (await q.execute()).map((r) => r.applicant_id);
}

export async function isAssigned(db: Kysely<Database>, round: RoundRow, personId: string, applicantId: string): Promise<boolean> {
  const inRound = await db
    .selectFrom('round_applicants as ra')
    .innerJoin('applicants as a', 'a.id', 'ra.applicant_id')
    .select('ra.applicant_id')
    .where('ra.round_id', '=', round.id)
    .where('ra.applicant_id', '=', applicantId)
    .where('a.status', '=', 'active')
    .executeTakeFirst();
  if (!inRound) return false;
  const panels = await db.selectFrom('panels').select('id').where('selection_id', '=', round.selection_id).where('stage_id', '=', round.stage_id).execute();
  if (panels.length === 0) return true;
  const row = await db
    .selectFrom('panel_applicants as pa')
    .innerJoin('panel_members as pm', 'pm.panel_id', 'pa.panel_id')
    .select('pa.applicant_id')
    .where('pm.person_id', '=', personId)
    .where('pa.applicant_id', '=', applicantId)
    .where(
      'pa.panel_id',
      'in',
      panels.map((p) => p.id),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/** The applicants this person has declared (or been recorded with) a conflict for. */
export async function recusedSet(db: Kysely<Database>, selectionId: string, personId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('conflicts').select('applicant_id').where('selection_id', '=', selectionId).where('person_id', '=', personId).execute();
  return new Set(rows.map((r) => r.applicant_id));
}

export async function isRecused(db: Kysely<Database>, selectionId: string, personId: string, applicantId: string): Promise<boolean> {
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
