import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

// The order in which a member's scores were saved. `updated_at` has millisecond resolution
// and two keypresses can land in the same millisecond, so the desk's resume point (the last
// save) needs a strictly increasing position: the audit chain's length at the save, which
// grows by one with every save's own event. Rows saved before this migration have none and
// sort by their time.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scores').addColumn('saved_seq', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scores').dropColumn('saved_seq').execute();
}
