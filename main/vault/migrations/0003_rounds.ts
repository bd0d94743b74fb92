import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Scoring rounds, their scorers and signed sheets, scores, and calibration exercises.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('selection_id', 'text', (c) => c.notNull().references('selections.id'))
    .addColumn('stage_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('calibration', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('rubric_version', 'integer')
    .addColumn('rubric_sha256', 'text')
    // Random per round: each member's queue order is derived from it (see main/domain/rounds/assignment.ts).
    .addColumn('order_seed', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text')
    .addColumn('opened_at', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('seal_sha256', 'text')
    .addColumn('revealed_at', 'text')
    // JSON array of the person ids who confirmed the reveal.
    .addColumn('revealed_by', 'text')
    .addUniqueConstraint('rounds_stage', ['selection_id', 'stage_id'])
    .execute();

  await db.schema
    .createTable('round_scorers')
    .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('excuse_reason', 'text')
    .addColumn('excused_at', 'text')
    .addColumn('submitted_at', 'text')
    // The canonical JSON that was signed, its SHA-256, the Ed25519 signature and the public key used.
    .addColumn('sheet', 'text')
    .addColumn('sheet_sha256', 'text')
    .addColumn('signature', 'text')
    .addColumn('public_key', 'text')
    .addPrimaryKeyConstraint('round_scorers_pk', ['round_id', 'person_id'])
    .execute();

  // The applicants in scope when the round opened (active ones).
  await db.schema
    .createTable('round_applicants')
    .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id'))
    .addColumn('applicant_id', 'text', (c) => c.notNull().references('applicants.id'))
    .addPrimaryKeyConstraint('round_applicants_pk', ['round_id', 'applicant_id'])
    .execute();

  await db.schema
    .createTable('scores')
    .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('applicant_id', 'text', (c) => c.notNull().references('applicants.id'))
    .addColumn('criterion_id', 'text', (c) => c.notNull())
    .addColumn('value', 'real')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('scores_pk', ['round_id', 'person_id', 'applicant_id', 'criterion_id'])
    .modifyEnd(sql` without rowid`)
    .execute();

  await db.schema
    .createTable('calibration_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('calibration_scores')
    .addColumn('case_id', 'text', (c) => c.notNull().references('calibration_cases.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('criterion_id', 'text', (c) => c.notNull())
    .addColumn('value', 'real')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('calibration_scores_pk', ['case_id', 'person_id', 'criterion_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['calibration_scores', 'calibration_cases', 'scores', 'round_applicants', 'round_scorers', 'rounds']) {
    await db.schema.dropTable(t).execute();
  }
}
