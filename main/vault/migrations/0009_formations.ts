import { sql, type Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';

// Frozen in time: this file must never import application code.

// A selection ranks per formation (formasi): jabatan x lokasi x jenis x pendidikan, each with
// its places. `key` holds the four texts with case and spaces removed, so "UMUM" and " umum "
// are one formation and the unique index refuses the second. The JPT posts kept until now in
// the setup's `positions` become that selection's formations (lokasi, jenis, pendidikan unused).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('formations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('selection_id', 'text', (c) => c.notNull().references('selections.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('jabatan', 'text', (c) => c.notNull())
    .addColumn('lokasi', 'text', (c) => c.notNull())
    .addColumn('jenis', 'text', (c) => c.notNull())
    .addColumn('pendidikan', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('kebutuhan', 'integer', (c) => c.notNull().check(sql`kebutuhan >= 1`))
    .addColumn('propose_per_place', 'integer', (c) => c.notNull().check(sql`propose_per_place >= 1`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('formations_key_unique').on('formations').columns(['selection_id', 'key']).unique().execute();
  await db.schema.createIndex('formations_order').on('formations').columns(['selection_id', 'position']).execute();

  const jpt = await sql<{ id: string; setup: string }>`select id, setup from selections where kind = 'jpt'`.execute(db);
  const at = new Date().toISOString();
  for (const selection of jpt.rows) {
    const seen = new Set<string>();
    let position = 0;
    for (const p of positionsOf(selection.setup)) {
      const key = [p.name, '', '', ''].map((t) => t.replace(/\s+/g, '').toUpperCase()).join('\u001f');
      // Two posts of the same name were one post all along: the first keeps it.
      if (seen.has(key)) continue;
      seen.add(key);
      await sql`insert into formations (id, selection_id, position, jabatan, lokasi, jenis, pendidikan, key, kebutuhan, propose_per_place, created_at)
        values (${randomUUID()}, ${selection.id}, ${position++}, ${p.name}, '', '', '', ${key}, ${p.places}, ${p.proposePerPlace}, ${at})`.execute(
        db,
      );
    }
  }
}

/** The setup's positions as stored; anything unreadable is skipped (the setup codec reports it elsewhere). */
function positionsOf(setup: string): { name: string; places: number; proposePerPlace: number }[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(setup);
  } catch {
    return [];
  }
  if (!parsed || typeof parsed !== 'object' || !('positions' in parsed) || !Array.isArray(parsed.positions)) return [];
  const out: { name: string; places: number; proposePerPlace: number }[] = [];
  for (const p of parsed.positions as unknown[]) {
    if (!p || typeof p !== 'object') continue;
    const name = 'name' in p && typeof p.name === 'string' ? p.name.trim() : '';
    const places = 'places' in p && Number.isInteger(p.places) && Number(p.places) >= 1 ? Number(p.places) : 1;
    const per =
      'proposePerPlace' in p && Number.isInteger(p.proposePerPlace) && Number(p.proposePerPlace) >= 1 ? Number(p.proposePerPlace) : 3;
    if (name) out.push({ name, places, proposePerPlace: per });
  }
  return out;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('formations_order').execute();
  await db.schema.dropIndex('formations_key_unique').execute();
  await db.schema.dropTable('formations').execute();
}
