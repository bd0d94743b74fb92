import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFormations } from '../../main/domain/formations/store';
import { createSelection } from '../../main/domain/selections/selections';
import { updateSetup, loadSetup } from '../../main/domain/selections/selections';
import { cliActor } from '../../main/cli/vault-commands';
import { migrations } from '../../main/vault/migrations';
import { closeVault, createVault, openVault } from '../../main/vault/vault';
import { cli } from '../helpers/cli';
import { PASSPHRASE, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
afterEach(() => {
  delete process.env.PANELIS_PASSPHRASE;
});

const before0009 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0009'));

async function formationsOf(vault: string, selectionId: string) {
  const v = await openVault(vault, PASSPHRASE);
  try {
    return await listFormations(v.db, selectionId);
  } finally {
    await closeVault(v);
  }
}

async function setup(template: 'cpns' | 'jpt') {
  const dir = tempDir();
  const vault = join(dir, 'v.panelis');
  process.env.PANELIS_PASSPHRASE = PASSPHRASE;
  expect((await cli('vault', 'create', vault)).code).toBe(0);
  const id = (await cli('selection', 'create', '--vault', vault, '--template', template, '--title', 'Seleksi 2026')).out.trim();
  return { dir, vault, id };
}

const header = 'Nama Jabatan;Lokasi Formasi;Jenis Formasi;Pendidikan Formasi;Jumlah Kebutuhan';

describe('formations in the vault', () => {
  it('migration 0009 turns the JPT posts of an existing vault into formations, in order; other kinds get none', async () => {
    const dir = tempDir();
    const path = join(dir, 'old.panelis');
    const old = await createVault(path, PASSPHRASE, { migrations: before0009 });
    const jpt = await createSelection(old, cliActor, { template: 'jpt', title: 'JPT Pratama' }, () => new Date());
    const s = await loadSetup(old.db, jpt);
    await updateSetup(
      old,
      cliActor,
      jpt,
      {
        ...s,
        positions: [
          { id: 'p1', name: 'Kepala Dinas Pendidikan', places: 1, proposePerPlace: 3 },
          { id: 'p2', name: 'Sekretaris  Daerah', places: 2, proposePerPlace: 3 },
        ],
      },
      () => new Date(),
    );
    const cpns = await createSelection(old, cliActor, { template: 'cpns', title: 'CPNS' }, () => new Date());
    await closeVault(old);

    const v = await openVault(path, PASSPHRASE);
    try {
      expect(await listFormations(v.db, jpt)).toMatchObject([
        { jabatan: 'Kepala Dinas Pendidikan', lokasi: '', jenis: '', pendidikan: '', kebutuhan: 1, proposePerPlace: 3 },
        { jabatan: 'Sekretaris  Daerah', lokasi: '', jenis: '', pendidikan: '', kebutuhan: 2, proposePerPlace: 3 },
      ]);
      expect(await listFormations(v.db, cpns)).toEqual([]);
    } finally {
      await closeVault(v);
    }
  });

  it('panelis formasi import: Indonesian headers, "kode - nama" values; a dry run writes nothing; a second import replaces', async () => {
    const { dir, vault, id } = await setup('cpns');
    const file = join(dir, 'formasi.csv');
    writeFileSync(
      file,
      `\ufeff${header}\n` +
        '1 - Analis Kebijakan Ahli Pertama;12 - Dinas Kesehatan;1 - UMUM;S1 Kesehatan Masyarakat;3\n' +
        'Analis Kebijakan Ahli Pertama;Dinas Kesehatan;2 - CUMLAUDE;S1 Kesehatan Masyarakat;1\n' +
        'Pranata Komputer - Ahli;Dinas Kominfo;UMUM;;2\n',
    );
    const dry = await cli('formasi', 'import', file, '--vault', vault, '--selection', id, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({ rows: 3, formations: 3, problems: [], dryRun: true, imported: 0 });
    expect(await formationsOf(vault, id)).toEqual([]);

    const real = await cli('formasi', 'import', file, '--vault', vault, '--selection', id, '--json');
    expect(real.code).toBe(0);
    expect(JSON.parse(real.out)).toMatchObject({ rows: 3, formations: 3, problems: [], imported: 3 });
    expect(await formationsOf(vault, id)).toMatchObject([
      {
        jabatan: 'Analis Kebijakan Ahli Pertama',
        lokasi: 'Dinas Kesehatan',
        jenis: 'UMUM',
        pendidikan: 'S1 Kesehatan Masyarakat',
        kebutuhan: 3,
        proposePerPlace: 1,
      },
      { jabatan: 'Analis Kebijakan Ahli Pertama', lokasi: 'Dinas Kesehatan', jenis: 'CUMLAUDE', kebutuhan: 1 },
      { jabatan: 'Pranata Komputer - Ahli', lokasi: 'Dinas Kominfo', jenis: 'UMUM', pendidikan: '', kebutuhan: 2 },
    ]);

    const second = join(dir, 'formasi2.csv');
    writeFileSync(second, 'Jabatan,Unit Kerja,Kebutuhan\nKepala Bagian Umum,Setda,1\n');
    expect((await cli('formasi', 'import', second, '--vault', vault, '--selection', id)).code).toBe(0);
    expect(await formationsOf(vault, id)).toMatchObject([{ jabatan: 'Kepala Bagian Umum', lokasi: 'Setda', jenis: '', kebutuhan: 1 }]);
  });

  it('a JPT selection proposes three names per place by default', async () => {
    const { dir, vault, id } = await setup('jpt');
    const file = join(dir, 'jpt.csv');
    writeFileSync(file, 'Jabatan,Kebutuhan\nKepala Dinas PUPR,1\n');
    expect((await cli('formasi', 'import', file, '--vault', vault, '--selection', id)).code).toBe(0);
    expect(await formationsOf(vault, id)).toMatchObject([{ jabatan: 'Kepala Dinas PUPR', kebutuhan: 1, proposePerPlace: 3 }]);
  });

  it('every bad row by its number (jabatan missing, kebutuhan 0, a duplicate up to case and spaces): exit 1, nothing written', async () => {
    const { dir, vault, id } = await setup('cpns');
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      `${header}\n` + 'Analis;Dinas A;UMUM;;2\n' + ';Dinas A;UMUM;;1\n' + 'Analis;Dinas B;UMUM;;0\n' + ' analis ;DINAS  a;1 - umum;;1\n',
    );
    const dry = await cli('formasi', 'import', file, '--vault', vault, '--selection', id, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    const report = JSON.parse(dry.out);
    expect(report.problems.map((p: { row: number }) => p.row)).toEqual([3, 4, 5]);
    expect(report.problems[2].reason.en).toBe('the same formation as row 2');
    const real = await cli('formasi', 'import', file, '--vault', vault, '--selection', id);
    expect(real.code).toBe(1);
    expect(real.out).toMatch(/baris\/row 3: jabatan kosong/);
    expect(real.out).toMatch(/baris\/row 4: kebutuhan "0"/);
    expect(real.out).toMatch(/baris\/row 5: formasi yang sama dengan baris 2/);
    expect(await formationsOf(vault, id)).toEqual([]);

    const noJabatan = join(dir, 'nojab.csv');
    writeFileSync(noJabatan, 'Lokasi,Kebutuhan\nDinas A,1\n');
    const r = await cli('formasi', 'import', noJabatan, '--vault', vault, '--selection', id, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).problems).toMatchObject([{ row: 1, reason: { en: 'no Jabatan / Nama Jabatan column' } }]);
  });

  it('a final selection takes no formations (exit 1, nothing written); usage errors exit 2', async () => {
    const { dir, vault, id } = await setup('cpns');
    const v = await openVault(vault, PASSPHRASE);
    try {
      await v.db
        .insertInto('final_snapshots')
        .values({
          id: 'snap-1',
          selection_id: id,
          meeting_id: null,
          payload: '{}',
          sha256: 'a'.repeat(64),
          finalised_by: 'chair',
          finalised_by_name: 'Ketua',
          finalised_at: new Date().toISOString(),
          reopened_by: null,
          reopened_at: null,
          reopen_reason: null,
        })
        .execute();
    } finally {
      await closeVault(v);
    }
    const file = join(dir, 'f.csv');
    writeFileSync(file, 'Jabatan,Kebutuhan\nAnalis,1\n');
    const r = await cli('formasi', 'import', file, '--vault', vault, '--selection', id);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/final/i);
    expect(await formationsOf(vault, id)).toEqual([]);
    expect((await cli('formasi', 'import', file, '--vault', vault)).code).toBe(2);
  });
});
