import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Selections, their applicants, committees, conflicts of interest, panels and rubric versions.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('people')
    .addColumn('position', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('selections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    // The editable set-up (positions, stages with draft rubrics, tie-break rules) as JSON.
    .addColumn('setup', 'text', (c) => c.notNull())
    .addColumn('template', 'text')
    .addColumn('visible_fields', 'text', (c) => c.notNull())
    .addColumn('import_mapping', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('rubric_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('selection_id', 'text', (c) => c.notNull().references('selections.id'))
    .addColumn('stage_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('rubric', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('frozen_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('rubric_versions_stage_version', ['selection_id', 'stage_id', 'version'])
    .execute();

  await db.schema
    .createTable('applicants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('selection_id', 'text', (c) => c.notNull().references('selections.id'))
    .addColumn('registration_number', 'text', (c) => c.notNull())
    .addColumn('blind_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('nik', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('nip', 'text', (c) => c.notNull().defaultTo(''))
    // All other fields (birth data, gender, education, gpa as exact text, ...) as JSON.
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('active')
        .check(sql`status in ('active', 'withdrawn')`),
    )
    .addColumn('withdrawn_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('applicants_registration', ['selection_id', 'registration_number'])
    .addUniqueConstraint('applicants_blind_code', ['selection_id', 'blind_code'])
    .execute();
  // No index on name or NIK: search is by substring (an index cannot serve it) and duplicate
  // checks load a selection's keys once; every index is one more encrypted b-tree per insert.

  await db.schema
    .createTable('selection_members')
    .addColumn('selection_id', 'text', (c) => c.notNull().references('selections.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('selection_members_pk', ['selection_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('conflicts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('selection_id', 'text', (c) => c.notNull().references('selections.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('applicant_id', 'text', (c) => c.notNull().references('applicants.id'))
    .addColumn('reason_kind', 'text', (c) => c.notNull().check(sql`reason_kind in ('family', 'work', 'other')`))
    .addColumn('reason_text', 'text', (c) => c.notNull())
    .addColumn('declared_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('conflicts_once', ['selection_id', 'person_id', 'applicant_id'])
    .execute();

  await db.schema
    .createTable('panels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('selection_id', 'text', (c) => c.notNull().references('selections.id'))
    .addColumn('stage_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('panel_members')
    .addColumn('panel_id', 'text', (c) => c.notNull().references('panels.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addPrimaryKeyConstraint('panel_members_pk', ['panel_id', 'person_id'])
    .execute();
  await db.schema
    .createTable('panel_applicants')
    .addColumn('panel_id', 'text', (c) => c.notNull().references('panels.id'))
    .addColumn('applicant_id', 'text', (c) => c.notNull().references('applicants.id'))
    .addPrimaryKeyConstraint('panel_applicants_pk', ['panel_id', 'applicant_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'panel_applicants',
    'panel_members',
    'panels',
    'conflicts',
    'selection_members',
    'applicants',
    'rubric_versions',
    'selections',
  ]) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.alterTable('people').dropColumn('position').execute();
}
