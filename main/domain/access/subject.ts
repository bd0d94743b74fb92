import type { Kysely } from 'kysely';
import type { Database } from '../../vault/schema';

/** Records whose id leads to one selection (rounds, meetings, agenda items, motions, objections). */
export type SubjectTable = 'selections' | 'rounds' | 'meetings' | 'agenda_items' | 'motions' | 'objections';

/**
 * The selection a record belongs to, or null when the id names nothing. One lookup for every
 * rule that needs "which selection is this about" (the freeze, access checks).
 */
export async function selectionOfSubject(db: Kysely<Database>, table: SubjectTable, id: string): Promise<string | null> {
  switch (table) {
    case 'selections':
      return (await db.selectFrom('selections').select('id').where('id', '=', id).executeTakeFirst())?.id ?? null;
    case 'rounds':
      return (await db.selectFrom('rounds').select('selection_id').where('id', '=', id).executeTakeFirst())?.selection_id ?? null;
    case 'meetings':
      return (await db.selectFrom('meetings').select('selection_id').where('id', '=', id).executeTakeFirst())?.selection_id ?? null;
    case 'objections':
      return (await db.selectFrom('objections').select('selection_id').where('id', '=', id).executeTakeFirst())?.selection_id ?? null;
    case 'agenda_items':
    case 'motions': {
      const meetingId = (await db.selectFrom(table).select('meeting_id').where('id', '=', id).executeTakeFirst())?.meeting_id;
      return meetingId ? selectionOfSubject(db, 'meetings', meetingId) : null;
    }
  }
}
