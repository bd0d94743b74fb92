import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { PASSPHRASE, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
afterEach(() => {
  delete process.env.PANELIS_PASSPHRASE;
});

/** Files as Excel (id-ID) saves them: BOM, semicolons, decimal commas, CRLF. */
const excelCsv = (header: string, rows: string[]) => `\ufeff${[header, ...rows].join('\r\n')}\r\n`;

const APPLICANTS = [
  'A001;Siti Aminah;1571010101800001;17/08/1980;3,45',
  'A002;Budi Santoso;1571010101790002;01/02/1979;3,10',
  'A003;Citra Lestari;1571010101850003;05/05/1985;3,60',
  'A004;Dedi Kurniawan;1571010101880004;12/12/1988;3,20',
  'A005;Eka Putri;1571010101900005;01/01/1990;3,75',
];
// TWK;TIU;TKP (passing grades 65/80/166). A002 is below the TWK grade.
const SKD: Record<string, [number, number, number]> = {
  A001: [100, 120, 180],
  A002: [60, 150, 200],
  A003: [120, 100, 170],
  A004: [90, 90, 190],
  A005: [110, 130, 200],
};
const SKB: Record<string, string> = { A001: '412,5', A002: '450', A003: '430,25', A004: '300', A005: '380,75' };
const skbValue = (s: string) => Number(s.replace(',', '.'));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** The CPNS integration, by hand: SKD/550 x 40 + SKB/500 x 60. */
const final = (reg: string) => (sum(SKD[reg]!) / 550) * 40 + (skbValue(SKB[reg]!) / 500) * 60;

async function cpnsVault(dir: string) {
  const vault = join(dir, 'cpns.panelis');
  process.env.PANELIS_PASSPHRASE = PASSPHRASE;
  expect((await cli('vault', 'create', vault)).code).toBe(0);
  const id = (await cli('selection', 'create', '--vault', vault, '--template', 'cpns', '--title', 'CPNS Kabupaten 2026')).out.trim();
  const applicants = join(dir, 'peserta.csv');
  writeFileSync(applicants, excelCsv('No Peserta;Nama Lengkap;NIK;Tanggal Lahir;IPK', APPLICANTS));
  expect((await cli('import', applicants, '--vault', vault, '--selection', id)).code).toBe(0);
  const setup = JSON.parse((await cli('selection', 'show', id, '--vault', vault, '--json')).out).setup as {
    stages: { id: string; name: string }[];
  };
  const stage = (name: string) => setup.stages.find((s) => s.name === name)!.id;
  return { vault, id, skd: stage('SKD'), skb: stage('SKB') };
}

type RankRecord = {
  rank: number | null;
  registrationNumber: string;
  final: number | null;
  passed: boolean;
  outcome: string;
  reason: string | null;
};

async function ranking(vault: string, id: string): Promise<RankRecord[]> {
  const r = await cli('rank', '--vault', vault, '--selection', id, '--format', 'json');
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as RankRecord[];
}

describe('panelis scores import: externally scored stages (CAT BKN)', () => {
  it('CPNS golden case: SKD and SKB from Excel CSVs; rank shows the hand-computed finals; TWK below 65 is out', async () => {
    const dir = tempDir();
    const { vault, id, skd, skb } = await cpnsVault(dir);

    const skdFile = join(dir, 'hasil-skd.csv');
    writeFileSync(
      skdFile,
      excelCsv(
        'No Peserta;Nama;TWK;TIU;TKP;Total',
        Object.entries(SKD).map(([reg, v]) => `${reg};x;${v.join(';')};${sum(v)}`),
      ),
    );
    const dry = await cli('scores', 'import', skdFile, '--vault', vault, '--selection', id, '--stage', skd, '--dry-run', '--json');
    expect(dry.code, dry.err).toBe(0);
    const dryReport = JSON.parse(dry.out);
    expect(dryReport).toMatchObject({ totalRows: 5, acceptedRows: 5, problems: [], dryRun: true, imported: 0, notInFile: 0 });
    // Auto-mapped: "Total" and "Nama" are not components and stay unmapped.
    expect(Object.values(dryReport.mapping).filter((v) => v !== null)).toHaveLength(4);
    expect(dryReport.mapping.Total).toBeNull();
    // A dry run writes nothing: SKD is still not counted.
    expect((await ranking(vault, id)).every((r) => r.final === null)).toBe(true);

    const real = await cli('scores', 'import', skdFile, '--vault', vault, '--selection', id, '--stage', 'SKD', '--json');
    expect(real.code, real.err).toBe(0);
    expect(JSON.parse(real.out)).toMatchObject({ imported: 5, stageId: skd });

    const skbFile = join(dir, 'hasil-skb.csv');
    writeFileSync(
      skbFile,
      excelCsv(
        'Nomor Peserta;Nilai SKB',
        Object.entries(SKB).map(([reg, v]) => `${reg};${v}`),
      ),
    );
    const skbRun = await cli('scores', 'import', skbFile, '--vault', vault, '--selection', id, '--stage', skb);
    expect(skbRun.code, skbRun.out + skbRun.err).toBe(0);
    expect(skbRun.out).toContain('Diimpor / imported: 5');

    const records = await ranking(vault, id);
    const byReg = new Map(records.map((r) => [r.registrationNumber, r]));
    for (const reg of ['A001', 'A003', 'A004', 'A005']) {
      expect(byReg.get(reg)!.final).toBeCloseTo(final(reg), 9);
      expect(byReg.get(reg)!.passed).toBe(true);
    }
    expect(final('A003')).toBeCloseTo(28.363636363636363 + 51.63, 9);
    expect(records.slice(0, 4).map((r) => [r.rank, r.registrationNumber])).toEqual([
      [1, 'A003'],
      [2, 'A001'],
      [3, 'A005'],
      [4, 'A004'],
    ]);
    const out = byReg.get('A002')!;
    expect([out.rank, out.passed, out.outcome]).toEqual([null, false, 'failed']);
    expect(out.reason).toMatch(/TWK/);
  });

  it('every bad row is reported with its row number and nothing is written (exit 1); a re-import replaces', async () => {
    const dir = tempDir();
    const { vault, id, skd } = await cpnsVault(dir);
    const bad = join(dir, 'skd-salah.csv');
    writeFileSync(
      bad,
      excelCsv('No Peserta;TWK;TIU;TKP', [
        'A001;100;120;180',
        'Z999;100;120;180', // row 3: unknown
        'A003;151;100;170', // row 4: TWK above 150
        'A004;90;;190', // row 5: TIU missing
        'A001;90;90;190', // row 6: duplicate of row 2
        'A005;abc;130;200', // row 7: not a number
      ]),
    );
    const r = await cli('scores', 'import', bad, '--vault', vault, '--selection', id, '--stage', skd, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.imported).toBe(0);
    expect(report.problems.map((p: { rowNumber: number; code: string }) => [p.rowNumber, p.code])).toEqual([
      [3, 'UNKNOWN_REGISTRATION'],
      [4, 'OFF_SCALE'],
      [5, 'MISSING_VALUE'],
      [6, 'DUPLICATE_IN_FILE'],
      [7, 'NOT_A_NUMBER'],
    ]);
    expect(report.problems[3].message.en).toContain('row 2');
    expect((await ranking(vault, id)).every((x) => x.final === null && x.reason !== null)).toBe(true);
    const text = await cli('scores', 'import', bad, '--vault', vault, '--selection', id, '--stage', skd);
    expect(text.code).toBe(1);
    expect(text.out).toContain('baris/row 3: Nomor peserta Z999 tidak terdaftar');
    expect(text.out).toContain('Tidak ada yang disimpan. / Nothing written.');

    // A good file, then a corrected one: the second replaces the first.
    const good = join(dir, 'skd.csv');
    writeFileSync(good, excelCsv('No Peserta;TWK;TIU;TKP', ['A001;100;120;180']));
    expect((await cli('scores', 'import', good, '--vault', vault, '--selection', id, '--stage', skd)).code).toBe(0);
    writeFileSync(good, excelCsv('No Peserta;TWK;TIU;TKP', ['A001;60;120;180', 'A003;120;100;170']));
    const again = JSON.parse((await cli('scores', 'import', good, '--vault', vault, '--selection', id, '--stage', skd, '--json')).out);
    expect(again).toMatchObject({ imported: 2, replaces: { fileName: 'skd.csv', rowCount: 1 } });
    const check = await cli('vault', 'check', vault, '--json');
    expect(check.code).toBe(0);
  });

  it('usage errors exit 2; a panel or gate stage is refused (exit 1)', async () => {
    const dir = tempDir();
    const { vault, id } = await cpnsVault(dir);
    const f = join(dir, 'x.csv');
    writeFileSync(f, excelCsv('No Peserta;TWK', ['A001;1']));
    expect((await cli('scores', 'import', f, '--vault', vault, '--selection', id)).code).toBe(2);
    expect((await cli('scores', 'import', '--vault', vault, '--selection', id, '--stage', 'SKD')).code).toBe(2);
    const gate = await cli('scores', 'import', f, '--vault', vault, '--selection', id, '--stage', 'Seleksi administrasi');
    expect(gate.code).toBe(1);
    expect(gate.err).toContain('does not take imported values');
    const missing = await cli('scores', 'import', f, '--vault', vault, '--selection', id, '--stage', 'SKD');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/TIU, TKP/);
  });
});
