import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Deliberation: per-selection settings, meetings, attendance, agenda, motions and votes,
// score revisions, final snapshots (and their reopening), objections.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deliberation_config')
    .addColumn('selection_id', 'text', (c) => c.primaryKey().references('selections.id'))
    // JSON QuorumRule.
    .addColumn('quorum_rule', 'text', (c) => c.notNull())
    .addColumn('objection_days', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('selection_id', 'text', (c) => c.notNull().references('selections.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('time', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    // JSON QuorumRule in force when the meeting was opened.
    .addColumn('quorum_rule', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();

  await db.schema
    .createTable('meeting_attendees')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('present', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_attendees_pk', ['meeting_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('agenda_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('applicant_id', 'text', (c) => c.references('applicants.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    // JSON flags that proposed the item.
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('motions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('item_id', 'text', (c) => c.references('agenda_items.id'))
    .addColumn('applicant_id', 'text', (c) => c.references('applicants.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();

  await db.schema
    .createTable('votes')
    .addColumn('motion_id', 'text', (c) => c.notNull().references('motions.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('vote', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('votes_pk', ['motion_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('score_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('selection_id', 'text', (c) => c.notNull().references('selections.id'))
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('item_id', 'text')
    .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('applicant_id', 'text', (c) => c.notNull().references('applicants.id'))
    .addColumn('criterion_id', 'text', (c) => c.notNull())
    .addColumn('old_value', 'real')
    .addColumn('new_value', 'real', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    // The sheet as it stood before (canonical JSON, hash, signature) stays on the record.
    .addColumn('old_sheet', 'text', (c) => c.notNull())
    .addColumn('old_sheet_sha256', 'text', (c) => c.notNull())
    .addColumn('old_signature', 'text', (c) => c.notNull())
    .addColumn('new_sheet_sha256', 'text', (c) => c.notNull())
    .addColumn('old_seal', 'text')
    .addColumn('new_seal', 'text', (c) => c.notNull())
    // JSON ResultChange[].
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('final_snapshots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('selection_id', 'text', (c) => c.notNull().references('selections.id'))
    .addColumn('meeting_id', 'text')
    // Canonical JSON of { results, stageResults, ... }; sha256 over it.
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('finalised_by', 'text', (c) => c.notNull())
    .addColumn('finalised_by_name', 'text', (c) => c.notNull())
    .addColumn('finalised_at', 'text', (c) => c.notNull())
    .addColumn('reopened_by', 'text')
    .addColumn('reopened_at', 'text')
    .addColumn('reopen_reason', 'text')
    .execute();

  await db.schema
    .createTable('objections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('selection_id', 'text', (c) => c.notNull().references('selections.id'))
    .addColumn('snapshot_id', 'text', (c) => c.notNull().references('final_snapshots.id'))
    .addColumn('applicant_id', 'text', (c) => c.notNull().references('applicants.id'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('result_changed', 'integer')
    .addColumn('answered_at', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'objections',
    'final_snapshots',
    'score_revisions',
    'votes',
    'motions',
    'agenda_items',
    'meeting_attendees',
    'meetings',
    'deliberation_config',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
