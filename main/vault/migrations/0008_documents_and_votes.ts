import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

// Document settings (letterhead, committee name, legal basis, numbering, paper) belong to a
// selection: a PPPK selection must not print a JPT committee's name and legal basis. Each
// existing selection gets a copy of the vault-wide settings it printed with until now (the
// vault's committee name included); the vault-wide row stays as the defaults for selections
// created later. Document numbers become unique, so two documents can never share one.
// Vote corrections keep a vote the clerk recorded wrongly, with the reason.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('selection_documents')
    .addColumn('selection_id', 'text', (c) => c.primaryKey().references('selections.id'))
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  const docRow = await sql<{ value: string }>`select value from document_settings where key = 'documents'`.execute(db);
  const nameRow = await sql<{ value: string }>`select value from settings where key = 'committeeName'`.execute(db);
  let base: Record<string, unknown> = {};
  try {
    const parsed: unknown = docRow.rows[0] ? JSON.parse(docRow.rows[0].value) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) base = parsed as Record<string, unknown>;
  } catch {
    base = {};
  }
  let committeeName = 'Panitia Seleksi';
  try {
    const parsed: unknown = nameRow.rows[0] ? JSON.parse(nameRow.rows[0].value) : null;
    if (typeof parsed === 'string' && parsed.trim()) committeeName = parsed;
  } catch {
    // keep the default
  }
  const value = JSON.stringify({ ...base, committeeName, timeZone: 'WIB', fingerprintPublishedAt: '' });
  const at = new Date().toISOString();
  await sql`insert into selection_documents (selection_id, value, updated_at) select id, ${value}, ${at} from selections`.execute(db);

  await db.schema.createIndex('documents_seq_unique').on('documents').column('seq').unique().execute();
  await sql`create unique index documents_number_unique on documents(number) where number is not null`.execute(db);
  // The freeze asks "is this selection final?" on every call that could alter results (each
  // keypress's save among them): answered from this index, never by reading a snapshot's payload.
  await db.schema.createIndex('final_snapshots_standing').on('final_snapshots').columns(['selection_id', 'reopened_at']).execute();

  // A vote the clerk recorded wrongly is corrected before the chair decides, with a reason;
  // the earlier vote stays here (and in the audit chain) and the minutes print the correction.
  await db.schema
    .createTable('vote_corrections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('motion_id', 'text', (c) => c.notNull().references('motions.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('from_vote', 'text', (c) => c.notNull())
    .addColumn('to_vote', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('vote_corrections').execute();
  await db.schema.dropIndex('final_snapshots_standing').execute();
  await db.schema.dropIndex('documents_number_unique').execute();
  await db.schema.dropIndex('documents_seq_unique').execute();
  await db.schema.dropTable('selection_documents').execute();
}
