import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { PASSPHRASE, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
afterEach(() => {
  delete process.env.PANELIS_PASSPHRASE;
});

const csv = (rows: string[]) => `\ufeffNo Peserta;Nama Lengkap;NIK;Tanggal Lahir;IPK\n${rows.join('\n')}\n`;

describe('panelis selection … and import', () => {
  it('creates from a template, lists, shows; imports a CSV with a dry run first', async () => {
    const dir = tempDir();
    const vault = join(dir, 'v.panelis');
    process.env.PANELIS_PASSPHRASE = PASSPHRASE;
    expect((await cli('vault', 'create', vault)).code).toBe(0);
    const created = await cli('selection', 'create', '--vault', vault, '--template', 'jpt', '--title', 'Seleksi JPT Pratama Jambi');
    expect(created.code).toBe(0);
    const id = created.out.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const list = await cli('selection', 'list', '--vault', vault, '--json');
    expect(JSON.parse(list.out)).toMatchObject([{ id, kind: 'jpt', title: 'Seleksi JPT Pratama Jambi' }]);
    const show = await cli('selection', 'show', id, '--vault', vault, '--json');
    expect(JSON.parse(show.out).setup.stages.map((s: { weight: number }) => s.weight)).toEqual([0, 25, 20, 35, 20]);

    const file = join(dir, 'peserta.csv');
    writeFileSync(
      file,
      csv(['001;Siti Aminah, S.Psi.;1571010101800001;17/08/1980;3,45', '002;Zaenal Abidin, S.H., M.Si.;1571010101790002;01-02-1979;3,10']),
    );
    const dry = await cli('import', file, '--vault', vault, '--selection', id, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({ totalRows: 2, acceptedRows: 2, rejected: [], dryRun: true, imported: 0 });
    const real = await cli('import', file, '--vault', vault, '--selection', id, '--json');
    expect(real.code).toBe(0);
    expect(JSON.parse(real.out)).toMatchObject({ imported: 2 });
    expect(JSON.parse((await cli('selection', 'show', id, '--vault', vault, '--json')).out).applicants).toEqual({
      active: 2,
      withdrawn: 0,
    });
  });

  it('exit 1 when a row is rejected (nothing written), 0 for the same file as a dry run; a mapping file maps odd headers', async () => {
    const dir = tempDir();
    const vault = join(dir, 'v.panelis');
    process.env.PANELIS_PASSPHRASE = PASSPHRASE;
    await cli('vault', 'create', vault);
    const id = (await cli('selection', 'create', '--vault', vault, '--template', 'cpns', '--title', 'CPNS 2026')).out.trim();
    const file = join(dir, 'bad.csv');
    writeFileSync(file, csv(['001;Siti;1571010101800001;17/08/1980;3,45', '002;Budi;15710101;01/02/1979;3,1']));
    const dry = await cli('import', file, '--vault', vault, '--selection', id, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out).rejected).toMatchObject([{ rowNumber: 3 }]);
    const real = await cli('import', file, '--vault', vault, '--selection', id);
    expect(real.code).toBe(1);
    expect(real.out).toMatch(/baris\/row 3/);
    expect(JSON.parse((await cli('selection', 'show', id, '--vault', vault, '--json')).out).applicants.active).toBe(0);

    const odd = join(dir, 'odd.csv');
    writeFileSync(odd, 'Kode Daftar,Nama Pelamar Lengkap\nA1,Dewi Lestari\n');
    const map = join(dir, 'map.json');
    writeFileSync(map, JSON.stringify({ 'Kode Daftar': 'registrationNumber', 'Nama Pelamar Lengkap': 'name' }));
    const mapped = await cli('import', odd, '--vault', vault, '--selection', id, '--mapping', map, '--json');
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.out).imported).toBe(1);
  });

  it('usage errors exit 2', async () => {
    process.env.PANELIS_PASSPHRASE = PASSPHRASE;
    expect((await cli('selection', 'create', '--vault', 'x.panelis', '--template', 'nope', '--title', 'T')).code).toBe(2);
    expect((await cli('selection', 'create', '--template', 'jpt', '--title', 'T')).code).toBe(2);
    expect((await cli('import', '--vault', 'x', '--selection', 's')).code).toBe(2);
  });
});
