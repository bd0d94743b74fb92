import type { Kysely } from 'kysely';
import type { ErrorCode } from '../../../shared/errors';
import { PanelisError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import type { Database } from '../../vault/schema';
import { isOnCommittee } from '../committee/committee';
import { loadRound, type RoundRow } from '../rounds/round-record';
import { selectionOfSubject, type SubjectTable } from './subject';

/** Who is asking: a signed-in person, or the command line acting as one (null: no such account yet). */
export interface Viewer {
  personId: string | null;
  role: Role;
}

/** The selection exists (SELECTION_NOT_FOUND otherwise); says nothing about who may see it. */
export async function requireSelection(db: Kysely<Database>, selectionId: string): Promise<void> {
  if ((await selectionOfSubject(db, 'selections', selectionId)) === null) throw new PanelisError('SELECTION_NOT_FOUND');
}

/** A member sits on the selection's committee; every other role sees every selection of the vault. */
export async function maySeeSelection(db: Kysely<Database>, viewer: Viewer, selectionId: string): Promise<boolean> {
  if (viewer.role !== 'member') return true;
  return viewer.personId !== null && (await isOnCommittee(db, selectionId, viewer.personId));
}

/**
 * Chair, secretary and observer see every selection of the vault; a member only those on
 * whose committee they sit. Checked before any selection data is read.
 */
export async function requireSelectionAccess(db: Kysely<Database>, viewer: Viewer, selectionId: string): Promise<void> {
  await requireSelection(db, selectionId);
  if (!(await maySeeSelection(db, viewer, selectionId))) throw new PanelisError('NOT_ON_COMMITTEE');
}

/** A round exists and the person may see its selection (members: only on its committee). */
export async function requireRoundAccess(db: Kysely<Database>, viewer: Viewer, roundId: string): Promise<RoundRow> {
  const round = await loadRound(db, roundId);
  await requireSelectionAccess(db, viewer, round.selection_id);
  return round;
}

const notFound: Record<Exclude<SubjectTable, 'selections' | 'rounds'>, ErrorCode> = {
  meetings: 'MEETING_NOT_FOUND',
  agenda_items: 'ITEM_NOT_FOUND',
  motions: 'MOTION_NOT_FOUND',
  objections: 'OBJECTION_NOT_FOUND',
};

/**
 * A deliberation record (meeting, agenda item, motion, objection) exists and the person may
 * see the selection it belongs to; returns that selection.
 */
export async function requireRecordAccess(db: Kysely<Database>, viewer: Viewer, table: keyof typeof notFound, id: string): Promise<string> {
  const selectionId = await selectionOfSubject(db, table, id);
  if (!selectionId) throw new PanelisError(notFound[table]);
  await requireSelectionAccess(db, viewer, selectionId);
  return selectionId;
}

/**
 * Whose conflict a person may record: a member only their own; chair and secretary anyone's.
 * Returns the person the conflict is about (the asker when none is named).
 */
export function conflictDeclarant(asker: { personId: string; role: Role }, personId: string | undefined): string {
  const about = personId ?? asker.personId;
  if (about !== asker.personId && asker.role !== 'chair' && asker.role !== 'secretary')
    throw new PanelisError('FORBIDDEN', { role: asker.role });
  return about;
}
