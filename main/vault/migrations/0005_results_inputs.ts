import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// The inputs of results that are not panel scores: MS/TMS gate decisions, values imported
// for externally scored stages (CAT BKN, assessment centre) with the import they came from,
// and the result options chosen per selection.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('gate_decisions')
    .addColumn('selection_id', 'text', (c) => c.notNull().references('selections.id'))
    .addColumn('stage_id', 'text', (c) => c.notNull())
    .addColumn('applicant_id', 'text', (c) => c.notNull().references('applicants.id'))
    // 'MS' or 'TMS'.
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_by_name', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('gate_decisions_pk', ['selection_id', 'stage_id', 'applicant_id'])
    .execute();

  // One row per stage: the import whose values are current (a re-import replaces it).
  await db.schema
    .createTable('external_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('selection_id', 'text', (c) => c.notNull().references('selections.id'))
    .addColumn('stage_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    // The rubric version the values were checked against (frozen by the import).
    .addColumn('rubric_version', 'integer', (c) => c.notNull())
    .addColumn('rubric_sha256', 'text', (c) => c.notNull())
    // JSON: header -> criterion id | 'registrationNumber' | null.
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text')
    .addColumn('imported_by_name', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('external_imports_stage', ['selection_id', 'stage_id'])
    .execute();

  await db.schema
    .createTable('external_values')
    .addColumn('import_id', 'text', (c) => c.notNull().references('external_imports.id'))
    .addColumn('applicant_id', 'text', (c) => c.notNull().references('applicants.id'))
    .addColumn('criterion_id', 'text', (c) => c.notNull())
    .addColumn('value', 'real', (c) => c.notNull())
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('external_values_pk', ['import_id', 'applicant_id', 'criterion_id'])
    .execute();

  await db.schema
    .createTable('result_options')
    .addColumn('selection_id', 'text', (c) => c.primaryKey().references('selections.id'))
    // JSON of the chosen ResultOptions (every key present).
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('result_options').execute();
  await db.schema.dropTable('external_values').execute();
  await db.schema.dropTable('external_imports').execute();
  await db.schema.dropTable('gate_decisions').execute();
}
