import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../main/domain/audit/actor';
import { verifyAuditChain } from '../../main/domain/audit/chain';
import { BLIND_CODE_PATTERN } from '../../main/domain/applicants/blind-codes';
import { commitImport, previewImport, type ImportOverrides } from '../../main/domain/applicants/import';
import { updateApplicant } from '../../main/domain/applicants/manage';
import type { SheetTable } from '../../main/domain/applicants/table';
import { readTable } from '../../main/io/read-table';
import { closeVault, createVault, type Vault } from '../../main/vault/vault';
import { PanelisError } from '../../shared/errors';
import { PASSPHRASE, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const fixtures = join(__dirname, '../fixtures/import');
const TODAY = new Date(2025, 7, 17);
const secretary: Actor = { personId: 'p-sekretaris', name: 'Rina Sekretaris, S.E.', role: 'secretary' };

const open: Vault[] = [];
afterEach(async () => {
  for (const v of open.splice(0)) await closeVault(v);
});

/** A selection row as selection.create would make it (another module); just what import needs. */
async function vaultWithSelection(id = 'sel-1'): Promise<Vault> {
  const vault = await createVault(join(tempDir(), 'v.panelis'), PASSPHRASE);
  open.push(vault);
  await addSelection(vault, id);
  return vault;
}

async function addSelection(vault: Vault, id: string): Promise<void> {
  const at = new Date().toISOString();
  await vault.db
    .insertInto('selections')
    .values({
      id,
      kind: 'jpt',
      title: 'Seleksi Terbuka JPT Pratama',
      setup: '{}',
      template: null,
      visible_fields: '[]',
      import_mapping: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

async function fixtureTable(name: string): Promise<{ table: SheetTable; sha256: string }> {
  const bytes = readFileSync(join(fixtures, name));
  return { table: await readTable(name, bytes), sha256: createHash('sha256').update(bytes).digest('hex') };
}

function table(headers: string[], rows: (string | number | null)[][], firstRow = 2): SheetTable {
  return { headers, rows: rows.map((cells, i) => ({ rowNumber: firstRow + i, cells })) };
}

async function counts(vault: Vault): Promise<{ applicants: number; events: number }> {
  const a = await vault.db
    .selectFrom('applicants')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const e = await vault.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { applicants: Number(a.n), events: Number(e.n) };
}

function reasonsByRow(rejected: { rowNumber: number; reasons: { field: string | null; code: string }[] }[]): Record<number, string[]> {
  return Object.fromEntries(rejected.map((r) => [r.rowNumber, r.reasons.map((p) => `${p.field}:${p.code}`)]));
}

describe('previewing an import', () => {
  it('the id-ID semicolon CSV: every rejected row with its spreadsheet row number and reason, nothing written', async () => {
    const vault = await vaultWithSelection();
    const { table: t } = await fixtureTable('semicolon-bom.csv');
    const before = await counts(vault);
    const p = await previewImport(vault, 'sel-1', t, undefined, {}, TODAY);
    expect(p.mapping).toMatchObject({
      'No. Peserta': 'registrationNumber',
      'Nama Lengkap': 'name',
      NIK: 'nik',
      NIP: 'nip',
      'Tgl. Lahir': 'birthDate',
      'L/P': 'gender',
      IPK: 'gpa',
      Alamat: 'address',
      No: null,
    });
    expect(p.totalRows).toBe(12);
    expect(p.acceptedRows).toBe(5);
    expect(reasonsByRow(p.rejected)).toEqual({
      8: ['birthDate:DATE_IMPOSSIBLE'],
      9: ['registrationNumber:DUPLICATE_IN_FILE'],
      10: ['registrationNumber:DUPLICATE_IN_FILE'],
      12: ['gender:GENDER_UNKNOWN', 'gpa:GPA_OUT_OF_RANGE'],
      13: ['registrationNumber:REQUIRED'],
      14: ['nik:DUPLICATE_IN_FILE'],
      15: ['nik:DUPLICATE_IN_FILE'],
    });
    const dup = p.rejected.find((r) => r.rowNumber === 9)?.reasons[0];
    expect(dup?.message.id).toMatch(/baris 10/);
    expect(dup?.message.en).toMatch(/row 10/);
    expect(p.rejected.find((r) => r.rowNumber === 10)?.reasons[0]?.message.id).toMatch(/baris 9/);
    expect(p.rejected.find((r) => r.rowNumber === 14)?.reasons[0]?.message.en).toMatch(/row 15/);
    // Rejected rows carry their mapped values, for fixing in place.
    expect(p.rejected.find((r) => r.rowNumber === 8)?.values).toMatchObject({
      registrationNumber: 'JPT-2025-005',
      name: 'Andi Pratama',
      birthDate: '31/02/1990',
      gpa: '3,10',
    });
    expect(p.sample).toEqual([
      {
        registrationNumber: 'JPT-2025-001',
        name: "Sitti Nur'aini",
        nik: '7371114708850001',
        nip: '198508172010012001',
        birthPlace: 'Makassar',
        birthDate: '1985-08-17',
        gender: 'P',
        gpa: '3.45',
        address: 'Jl. Perintis Kemerdekaan No. 10',
      },
      {
        registrationNumber: 'JPT-2025-002',
        name: 'Zaenal Abidin, S.H., M.Si.',
        nik: '3273011203780002',
        nip: '197803122005011002',
        birthPlace: 'Bandung',
        birthDate: '1978-03-12',
        gender: 'L',
        gpa: '3.2',
        address: 'Jl. Dago No. 5',
      },
      {
        registrationNumber: 'JPT-2025-003',
        name: 'Dr. Ir. Bambang Soesatyo, M.B.A.',
        nik: '0101010101700003',
        nip: '197001012000031001',
        birthPlace: 'Jakarta',
        birthDate: '1970-01-01',
        gender: 'L',
        gpa: '3.9',
        address: 'Jl. Sudirman Kav. 1',
      },
      {
        registrationNumber: 'JPT-2025-004',
        name: 'Çut Nyak Dhién',
        nik: '1171014506900004',
        nip: '199006152015032002',
        birthPlace: 'Banda Aceh',
        birthDate: '1990-06-15',
        gender: 'P',
        gpa: '3.67',
        address: 'Jl. Teuku Umar No. 3; Gampong Baru',
      },
      {
        registrationNumber: 'JPT-2025-008',
        name: 'Made Wirawan',
        nik: '5171010505870008',
        nip: '198705052011011005',
        birthPlace: 'Denpasar',
        birthDate: '1987-05-05',
        gender: 'L',
        gpa: '3.33',
        address: 'Jl. Gajah Mada No. 8 Denpasar Barat',
      },
    ]);
    expect(await counts(vault)).toEqual(before);
  });

  it('the Windows-1252 CSV: curly apostrophe, accents and titles exactly, decimal commas as dots', async () => {
    const vault = await vaultWithSelection();
    const { table: t } = await fixtureTable('windows-1252.csv');
    const p = await previewImport(vault, 'sel-1', t, undefined, {}, TODAY);
    expect(p.rejected).toEqual([]);
    expect(p.sample.map((a) => [a.name, a.birthDate, a.gpa, a.education])).toEqual([
      ['Sitti Nur’aini', '1985-08-17', '3.45', 'S2'],
      ['Zaenal Abidin, S.H., M.Si.', '1978-03-12', '3.80', 'S3'],
      ['Dr. Ir. Bambang Soesatyo, M.B.A.', '1970-01-01', '3.25', 'S2'],
      ['Çut Nyak Dhién', '1990-06-15', '3.67', 'S1'],
      ['François Müller', '1985-08-17', '4.00', 'S2'],
    ]);
  });

  it('the office XLSX: Excel dates, numbers, cached formula results; a NIP stored as a number is refused with the reason', async () => {
    const vault = await vaultWithSelection();
    const { table: t } = await fixtureTable('applicants.xlsx');
    const p = await previewImport(vault, 'sel-1', t, undefined, {}, TODAY);
    expect(p.totalRows).toBe(6);
    expect(reasonsByRow(p.rejected)).toEqual({
      7: ['nip:NUMBER_LOST_DIGITS'],
      8: ['nik:NUMBER_LOST_DIGITS', 'birthPlace:CELL_ERROR'],
      10: ['birthDate:AGE_OUT_OF_RANGE'],
    });
    const nip = p.rejected.find((r) => r.rowNumber === 7);
    expect(nip?.reasons[0]?.message.id).toMatch(/Format kolom NIP sebagai Teks/);
    expect(nip?.reasons[0]?.message.en).toMatch(/Format the NIP column as Text/);
    expect(nip?.values).toMatchObject({ registrationNumber: '4000', nip: '197001012000031000', birthDate: '01/01/1970' });
    expect(p.sample).toEqual([
      {
        registrationNumber: 'JPT-2025-001',
        name: "Sitti Nur'aini",
        nik: '7371114708850001',
        nip: '198508172010012001',
        birthPlace: 'Makassar',
        birthDate: '1985-08-17',
        gender: 'P',
        gpa: '3.45',
        email: 'sitti@contoh.go.id',
      },
      {
        registrationNumber: 'JPT-2025-002',
        name: 'Çut Nyak Dhién',
        nik: '0171014506900004',
        nip: '199006152015032002',
        birthPlace: 'Banda Aceh',
        birthDate: '1990-06-15',
        gender: 'P',
        gpa: '3.5',
      },
      {
        registrationNumber: 'JPT-2025-005',
        name: 'Andi Pratama',
        nik: '7371010101900005',
        nip: '198708102015031001',
        birthPlace: 'Makassar',
        birthDate: '1987-08-11',
        gender: 'L',
        gpa: '3',
      },
    ]);
  });

  it('fixes rejected rows with the values the secretary typed over them', async () => {
    const vault = await vaultWithSelection();
    const { table: t } = await fixtureTable('semicolon-bom.csv');
    const overrides: ImportOverrides = {
      '8': { birthDate: '28/02/1990' },
      '10': { registrationNumber: 'JPT-2025-007' },
      '12': { gender: 'L', gpa: '3,75' },
      '13': { registrationNumber: 'JPT-2025-013' },
      '15': { nik: '5171010606860015' },
    };
    const p = await previewImport(vault, 'sel-1', t, undefined, overrides, TODAY);
    expect(p.rejected).toEqual([]);
    expect(p.acceptedRows).toBe(12);
    // A fix that is still wrong keeps the row rejected, showing the typed value.
    const again = await previewImport(vault, 'sel-1', t, undefined, { ...overrides, '8': { birthDate: '30/02/1990' } }, TODAY);
    expect(again.rejected.map((r) => [r.rowNumber, r.values.birthDate])).toEqual([[8, '30/02/1990']]);
  });

  it('rejects applicants already in the selection, active or withdrawn, but not those of another selection', async () => {
    const vault = await vaultWithSelection();
    await addSelection(vault, 'sel-2');
    const first = table(
      ['No Peserta', 'Nama', 'NIK', 'NIP'],
      [
        ['A-1', 'Siti Aminah', '1571010101800001', '198001012005012001'],
        ['A-2', 'Budi Santoso', '1571010101790002', ''],
      ],
    );
    await commitImport(
      vault,
      secretary,
      'sel-1',
      first,
      { 'No Peserta': 'registrationNumber', Nama: 'name', NIK: 'nik', NIP: 'nip' },
      {},
      { name: 'a.csv', sha256: 'a'.repeat(64) },
      TODAY,
    );
    await vault.db
      .updateTable('applicants')
      .set({ status: 'withdrawn', withdrawn_reason: 'Mengundurkan diri' })
      .where('registration_number', '=', 'A-2')
      .execute();

    const second = table(
      ['No Peserta', 'Nama', 'NIK', 'NIP'],
      [
        ['a-1', 'Siti A.', '', ''],
        ['B-2', 'Budi S.', '1571010101790002', ''],
        ['B-3', 'Siti Lagi', '', '198001012005012001'],
        ['B-4', 'Orang Baru', '1571010101850004', ''],
      ],
    );
    const p = await previewImport(vault, 'sel-1', second, undefined, {}, TODAY);
    expect(reasonsByRow(p.rejected)).toEqual({
      2: ['registrationNumber:DUPLICATE_IN_VAULT'],
      3: ['nik:DUPLICATE_IN_VAULT'],
      4: ['nip:DUPLICATE_IN_VAULT'],
    });
    expect(p.rejected[1]?.reasons[0]?.message.id).toMatch(/mengundurkan diri/);
    expect((await previewImport(vault, 'sel-2', second, undefined, {}, TODAY)).rejected).toEqual([]);
  });

  it('refuses a mapping without the required fields, or with a field from two columns, rather than rejecting every row', async () => {
    const vault = await vaultWithSelection();
    const t = table(['Kode', 'Nama Orang', 'Nama Panggilan'], [['K-1', 'Siti Aminah', 'Siti']]);
    await expect(previewImport(vault, 'sel-1', t, undefined, {}, TODAY)).rejects.toMatchObject({
      code: 'IMPORT_MAPPING_INCOMPLETE',
      details: { fields: 'Nomor peserta, Nama', keys: 'registrationNumber,name' },
    });
    await expect(
      previewImport(vault, 'sel-1', t, { Kode: 'registrationNumber', 'Nama Orang': 'name', 'Nama Panggilan': 'name' }, {}, TODAY),
    ).rejects.toMatchObject({
      code: 'BAD_ARGUMENTS',
    });
    const p = await previewImport(vault, 'sel-1', t, { Kode: 'registrationNumber', 'Nama Orang': 'name' }, {}, TODAY);
    expect(p.mapping).toEqual({ Kode: 'registrationNumber', 'Nama Orang': 'name', 'Nama Panggilan': null });
    expect(p.sample).toEqual([{ registrationNumber: 'K-1', name: 'Siti Aminah' }]);
  });

  it('passes over rows with nothing in any imported column (a template numbered far below the data)', async () => {
    const vault = await vaultWithSelection();
    const t = table(
      ['No', 'No Peserta', 'Nama'],
      [
        [1, 'A-1', 'Siti'],
        [2, null, null],
        [3, '  ', null],
      ],
    );
    const p = await previewImport(vault, 'sel-1', t, undefined, {}, TODAY);
    expect(p).toMatchObject({ totalRows: 1, acceptedRows: 1, rejected: [] });
  });

  it('says so when the selection does not exist', async () => {
    const vault = await vaultWithSelection();
    const t = table(['No Peserta', 'Nama'], [['A-1', 'Siti']]);
    await expect(previewImport(vault, 'nope', t, undefined, {}, TODAY)).rejects.toMatchObject({ code: 'SELECTION_NOT_FOUND' });
    await expect(
      commitImport(
        vault,
        secretary,
        'nope',
        t,
        { 'No Peserta': 'registrationNumber', Nama: 'name' },
        {},
        { name: 'x', sha256: 'x' },
        TODAY,
      ),
    ).rejects.toMatchObject({
      code: 'SELECTION_NOT_FOUND',
    });
  });
});

describe('committing an import', () => {
  it('with a rejected row writes nothing at all: no applicant, no event, no mapping', async () => {
    const vault = await vaultWithSelection();
    const { table: t, sha256 } = await fixtureTable('semicolon-bom.csv');
    const before = await counts(vault);
    const p = await previewImport(vault, 'sel-1', t, undefined, {}, TODAY);
    const err = await commitImport(vault, secretary, 'sel-1', t, p.mapping, {}, { name: 'semicolon-bom.csv', sha256 }, TODAY).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PanelisError);
    expect(err).toMatchObject({ code: 'IMPORT_REJECTED_ROWS', details: { count: 7 } });
    expect(await counts(vault)).toEqual(before);
    const sel = await vault.db.selectFrom('selections').select('import_mapping').executeTakeFirstOrThrow();
    expect(sel.import_mapping).toBeNull();
    expect((await verifyAuditChain(vault)).ok).toBe(true);
  });

  it('stores every row with a new blind code, remembers the mapping, and records the file in the audit log', async () => {
    const vault = await vaultWithSelection();
    const { table: t, sha256 } = await fixtureTable('windows-1252.csv');
    const mapping = {
      'Nomor Peserta': 'registrationNumber',
      Nama: 'name',
      'Jenis Kelamin': 'gender',
      'Tanggal Lahir': 'birthDate',
      Pendidikan: 'education',
      IPK: 'gpa',
    } as const;
    const phases: string[] = [];
    const result = await commitImport(
      vault,
      secretary,
      'sel-1',
      t,
      mapping,
      {},
      { name: 'pelamar 2025.csv', sha256 },
      TODAY,
      (phase, done, total) => {
        phases.push(`${phase} ${done}/${total}`);
      },
    );
    expect(result).toEqual({ imported: 5, sha256 });
    expect(phases).toContain('checking 5/5');
    expect(phases.at(-1)).toBe('saving 5/5');

    const rows = await vault.db.selectFrom('applicants').selectAll().orderBy('registration_number').execute();
    expect(rows.map((r) => [r.registration_number, r.name, r.nik, r.nip, r.status, r.withdrawn_reason])).toEqual([
      ['P-0001', 'Sitti Nur’aini', '', '', 'active', null],
      ['P-0002', 'Zaenal Abidin, S.H., M.Si.', '', '', 'active', null],
      ['P-0003', 'Dr. Ir. Bambang Soesatyo, M.B.A.', '', '', 'active', null],
      ['P-0004', 'Çut Nyak Dhién', '', '', 'active', null],
      ['P-0005', 'François Müller', '', '', 'active', null],
    ]);
    expect(JSON.parse(rows[0]?.fields ?? '')).toEqual({ birthDate: '1985-08-17', gender: 'P', education: 'S2', gpa: '3.45' });
    expect(rows[0]?.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const codes = rows.map((r) => r.blind_code);
    for (const c of codes) expect(c).toMatch(BLIND_CODE_PATTERN);
    expect(new Set(codes).size).toBe(5);
    // Stored in blind-code order: the table's own order says nothing about the file's.
    const physical = await sql<{ blind_code: string }>`select blind_code from applicants order by rowid`.execute(vault.db);
    expect(physical.rows.map((r) => r.blind_code)).toEqual([...codes].sort());

    const sel = await vault.db.selectFrom('selections').select('import_mapping').executeTakeFirstOrThrow();
    expect(JSON.parse(sel.import_mapping ?? '')).toEqual(mapping);

    const event = await vault.db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      action: 'applicants.import',
      subject: 'selection:sel-1',
      actor_id: 'p-sekretaris',
      actor_role: 'secretary',
    });
    const summary = JSON.parse(event.summary) as Record<string, unknown>;
    expect(summary).toEqual({ after: { imported: 5 }, fileName: 'pelamar 2025.csv', sha256, mapping });
    expect(event.summary).not.toMatch(/Sitti|Zaenal|1985/);
    expect((await verifyAuditChain(vault)).ok).toBe(true);
  });

  it('with fixes typed in place stores the fixed values', async () => {
    const vault = await vaultWithSelection();
    const { table: t, sha256 } = await fixtureTable('applicants.xlsx');
    const p = await previewImport(vault, 'sel-1', t, undefined, {}, TODAY);
    const overrides: ImportOverrides = {
      '7': { nip: '197001012000031003' },
      '8': { nik: '9273011203780002', birthPlace: 'Padang' },
      '10': { birthDate: '01/01/1995' },
    };
    const r = await commitImport(vault, secretary, 'sel-1', t, p.mapping, overrides, { name: 'applicants.xlsx', sha256 }, TODAY);
    expect(r.imported).toBe(6);
    const row7 = await vault.db.selectFrom('applicants').selectAll().where('registration_number', '=', '4000').executeTakeFirstOrThrow();
    expect(row7.nip).toBe('197001012000031003');
    expect(row7.nik).toBe('3171010101700003');
    const row8 = await vault.db
      .selectFrom('applicants')
      .selectAll()
      .where('registration_number', '=', 'JPT-2025-004')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row8.fields)).toMatchObject({ birthPlace: 'Padang', birthDate: '1978-03-12' });
  });

  it('reuses the remembered mapping for the next file with the same headers, and matches new headers', async () => {
    const vault = await vaultWithSelection();
    const mapping = { Kode: 'registrationNumber', 'Nama Orang': 'name', Keterangan: null } as const;
    const t1 = table(['Kode', 'Nama Orang', 'Keterangan'], [['K-1', 'Siti Aminah', 'gelombang 1']]);
    await commitImport(vault, secretary, 'sel-1', t1, mapping, {}, { name: 'g1.csv', sha256: '1'.repeat(64) }, TODAY);

    const t2 = table(['Kode', 'Nama Orang', 'Keterangan', 'NIK'], [['K-2', 'Budi Santoso', 'gelombang 2', '1571010101790002']]);
    const p = await previewImport(vault, 'sel-1', t2, undefined, {}, TODAY);
    expect(p.mapping).toEqual({ Kode: 'registrationNumber', 'Nama Orang': 'name', Keterangan: null, NIK: 'nik' });
    expect(p.rejected).toEqual([]);
    await commitImport(vault, secretary, 'sel-1', t2, p.mapping, {}, { name: 'g2.csv', sha256: '2'.repeat(64) }, TODAY);
    expect((await counts(vault)).applicants).toBe(2);
    // Blind codes of the first import are kept; the second gets a different one.
    const codes = (await vault.db.selectFrom('applicants').select('blind_code').execute()).map((r) => r.blind_code);
    expect(new Set(codes).size).toBe(2);
  });

  it('checks again inside its transaction: a row added since the preview is caught', async () => {
    const vault = await vaultWithSelection();
    const t = table(['No Peserta', 'Nama'], [['A-1', 'Siti Aminah']]);
    const p = await previewImport(vault, 'sel-1', t, undefined, {}, TODAY);
    expect(p.rejected).toEqual([]);
    await commitImport(
      vault,
      secretary,
      'sel-1',
      table(['No Peserta', 'Nama'], [['A-1', 'Siti dari berkas lain']]),
      p.mapping,
      {},
      { name: 'x', sha256: 'x' },
      TODAY,
    );
    await expect(commitImport(vault, secretary, 'sel-1', t, p.mapping, {}, { name: 'y', sha256: 'y' }, TODAY)).rejects.toMatchObject({
      code: 'IMPORT_REJECTED_ROWS',
    });
    expect((await counts(vault)).applicants).toBe(1);
  });

  it('commits what the preview checked without checking every row again, when nothing has changed since', async () => {
    const vault = await vaultWithSelection();
    await addSelection(vault, 'sel-2');
    const rows = Array.from({ length: 5100 }, (_, i) => [`R-${i}`, `Pelamar ${i}`, String(3201010101900000 + i)]);
    const t = table(['No Peserta', 'Nama', 'NIK'], rows);
    const p = await previewImport(vault, 'sel-1', t, undefined, {}, TODAY);
    const phases: string[] = [];
    const r = await commitImport(vault, secretary, 'sel-1', t, p.mapping, {}, { name: 'a.csv', sha256: 'a' }, TODAY, (phase, done, total) =>
      phases.push(`${phase} ${done}/${total}`),
    );
    expect(r.imported).toBe(5100);
    expect(phases).not.toContain('checking 5000/5100');
    expect(phases).toContain('checking 5100/5100');
    // Without a preview (or after the first commit) every row is checked in the transaction.
    const again: string[] = [];
    await commitImport(vault, secretary, 'sel-2', t, p.mapping, {}, { name: 'a.csv', sha256: 'a' }, TODAY, (phase, done, total) =>
      again.push(`${phase} ${done}/${total}`),
    );
    expect(again).toContain('checking 5000/5100');
    await expect(commitImport(vault, secretary, 'sel-1', t, p.mapping, {}, { name: 'a.csv', sha256: 'a' }, TODAY)).rejects.toMatchObject({
      code: 'IMPORT_REJECTED_ROWS',
    });
    expect((await counts(vault)).applicants).toBe(10_200);
  });

  it('checks again when a key in the selection changed since the preview, even with the same number of applicants', async () => {
    const vault = await vaultWithSelection();
    const mapping = { 'No Peserta': 'registrationNumber', Nama: 'name', NIK: 'nik' } as const;
    await commitImport(
      vault,
      secretary,
      'sel-1',
      table(['No Peserta', 'Nama', 'NIK'], [['B-1', 'Budi', '1571010101800001']]),
      mapping,
      {},
      { name: 'b', sha256: 'b' },
      TODAY,
    );
    const t = table(['No Peserta', 'Nama', 'NIK'], [['A-1', 'Siti', '1571010101800002']]);
    expect((await previewImport(vault, 'sel-1', t, mapping, {}, TODAY)).rejected).toEqual([]);
    const budi = await vault.db.selectFrom('applicants').select('id').executeTakeFirstOrThrow();
    await updateApplicant(vault, secretary, 'sel-1', budi.id, { nik: '1571010101800002' }, () => TODAY);
    const err = await commitImport(vault, secretary, 'sel-1', t, mapping, {}, { name: 'a', sha256: 'a' }, TODAY).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'IMPORT_REJECTED_ROWS' });
    expect((await counts(vault)).applicants).toBe(1);
  });

  it('checks again with the day and the mapping of the commit when they differ from the preview', async () => {
    const vault = await vaultWithSelection();
    await addSelection(vault, 'sel-2');
    // 15 on the day after TODAY: refused by the preview, accepted by a commit a day later.
    const young = table(['No Peserta', 'Nama', 'Tgl Lahir'], [['A-1', 'Siti', '18/08/2010']]);
    const p = await previewImport(vault, 'sel-1', young, undefined, {}, TODAY);
    expect(reasonsByRow(p.rejected)).toEqual({ 2: ['birthDate:AGE_OUT_OF_RANGE'] });
    expect(
      (await commitImport(vault, secretary, 'sel-1', young, p.mapping, {}, { name: 'x', sha256: 'x' }, new Date(2025, 7, 18))).imported,
    ).toBe(1);

    const badNik = table(['No Peserta', 'Nama', 'NIK'], [['B-1', 'Budi', '123']]);
    const q = await previewImport(vault, 'sel-2', badNik, undefined, {}, TODAY);
    expect(reasonsByRow(q.rejected)).toEqual({ 2: ['nik:NIK_FORMAT'] });
    expect(
      (await commitImport(vault, secretary, 'sel-2', badNik, { ...q.mapping, NIK: null }, {}, { name: 'y', sha256: 'y' }, TODAY)).imported,
    ).toBe(1);
    const stored = await vault.db
      .selectFrom('applicants')
      .select(['registration_number', 'nik', 'fields'])
      .orderBy('registration_number')
      .execute();
    expect(stored.map((a) => [a.registration_number, a.nik, JSON.parse(a.fields)])).toEqual([
      ['A-1', '', { birthDate: '2010-08-18' }],
      ['B-1', '', {}],
    ]);
  });
});
