import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../main/io/read-table';

const fixtures = join(__dirname, '../../fixtures/import');
const fixture = (name: string): Buffer => readFileSync(join(fixtures, name));

describe('readTable: the content decides the format, not the name', () => {
  it('reads an XLSX whatever it is called', async () => {
    const t = await readTable('pelamar.csv', fixture('sheets.xlsx'));
    expect(t.headers).toEqual(['No Peserta', 'Nama']);
  });

  it('reads CSV text named .xls (as web systems export it)', async () => {
    const t = await readTable('export.xls', Buffer.from('No Peserta;Nama\r\n1;Siti\r\n'));
    expect(t.rows[0]?.cells).toEqual(['1', 'Siti']);
  });

  it('reads the semicolon CSV with a BOM', async () => {
    const t = await readTable('semicolon-bom.csv', fixture('semicolon-bom.csv'));
    expect(t.headers).toEqual(['No', 'No. Peserta', 'Nama Lengkap', 'NIK', 'NIP', 'Tempat Lahir', 'Tgl. Lahir', 'L/P', 'IPK', 'Alamat']);
    expect(t.rows.map((r) => r.rowNumber)).toEqual([2, 3, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(t.rows[0]?.cells[2]).toBe("Sitti Nur'aini");
    expect(t.rows[2]?.cells[3]).toBe('0101010101700003');
    expect(t.rows[3]?.cells[9]).toBe('Jl. Teuku Umar No. 3; Gampong Baru');
  });

  it('reads the Windows-1252 CSV with its curly apostrophe and accents', async () => {
    const t = await readTable('windows-1252.csv', fixture('windows-1252.csv'));
    expect(t.rows.map((r) => r.cells[1])).toEqual([
      'Sitti Nur’aini',
      'Zaenal Abidin, S.H., M.Si.',
      'Dr. Ir. Bambang Soesatyo, M.B.A.',
      'Çut Nyak Dhién',
      'François Müller',
    ]);
  });

  it('reads the comma CSV with quoted commas and doubled quotes', async () => {
    const t = await readTable('comma.csv', fixture('comma.csv'));
    expect(t.rows.map((r) => r.cells[1])).toEqual([
      'Zaenal Abidin, S.H., M.Si.',
      'Dr. Ir. Bambang Soesatyo, M.B.A.',
      'Sitti "Ani" Nur\'aini',
    ]);
  });

  it('reads Excel "Unicode Text" (UTF-16 LE, tabs)', async () => {
    const t = await readTable('pelamar.txt', fixture('unicode-text.txt'));
    expect(t.headers).toEqual(['No Peserta', 'Nama', 'NIK']);
    expect(t.rows[0]?.cells).toEqual(['U-1', 'Çut Nyak Dhién', '1171014506900004']);
  });

  it('names the formats it cannot read', async () => {
    const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readTable('lama.xls', ole2)).rejects.toMatchObject({
      code: 'IMPORT_UNREADABLE',
      details: { reason: { en: expect.stringMatching(/\.xls/) } },
    });
    await expect(readTable('x.pdf', Buffer.from('%PDF-1.7\n...'))).rejects.toMatchObject({
      details: { reason: { id: expect.stringMatching(/PDF/), en: expect.stringMatching(/PDF/) } },
    });
    await expect(readTable('kosong.csv', Buffer.alloc(0))).rejects.toMatchObject({ code: 'IMPORT_UNREADABLE' });
    await expect(readTable('x.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toMatchObject({ code: 'IMPORT_UNREADABLE' });
  });
});
