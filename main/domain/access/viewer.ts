import type { Kysely } from 'kysely';
import { isRole } from '../../../shared/roles';
import type { Database } from '../../vault/schema';
import type { Viewer } from './selection-access';

function viewerOf(row: { id: string; role: string }): Viewer {
  // The people table allows only the four roles; anything else is a damaged vault, not a viewer.
  if (!isRole(row.role)) throw new Error(`person ${row.id} has an unknown role`);
  return { personId: row.id, role: row.role };
}

/** The active people of this name, as viewers (the command line's `--as NAME`). */
export async function activePeopleNamed(db: Kysely<Database>, name: string): Promise<Viewer[]> {
  const rows = await db.selectFrom('people').select(['id', 'role']).where('name', '=', name).where('active', '=', 1).execute();
  return rows.map(viewerOf);
}

/** The first active chair, the command line's viewer when none is named; no chair yet: a chair without an account. */
export async function chairViewer(db: Kysely<Database>): Promise<Viewer> {
  const chair = await db
    .selectFrom('people')
    .select('id')
    .where('role', '=', 'chair')
    .where('active', '=', 1)
    .orderBy('created_at')
    .executeTakeFirst();
  return { personId: chair?.id ?? null, role: 'chair' };
}
