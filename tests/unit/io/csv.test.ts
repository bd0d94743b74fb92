import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../main/io/csv';
import { PanelisError } from '../../../shared/errors';

function unreadable(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PanelisError);
    expect((e as PanelisError).code).toBe('IMPORT_UNREADABLE');
    // The reason in both languages, each from the catalogue.
    const { id, en } = (e as PanelisError).payload.message;
    return `${id}\n${en}`;
  }
  throw new Error('expected IMPORT_UNREADABLE');
}

describe('reading CSV text', () => {
  it('detects ; , and tab from the header line, quotes respected', () => {
    expect(detectDelimiter('No Peserta;Nama;Tgl. Lahir')).toBe(';');
    expect(detectDelimiter('No Peserta,Nama,"Pangkat; Gol"')).toBe(',');
    expect(detectDelimiter('No Peserta\tNama\tNIK')).toBe('\t');
    expect(detectDelimiter('"Pangkat, Golongan";Nama')).toBe(';');
    expect(detectDelimiter('Nama')).toBe(',');
  });

  it('counts blank lines in row numbers but returns no row for them', () => {
    const t = parseCsv('No;Nama\r\n1;Siti\r\n\r\n;;\r\n2;Budi\r\n');
    expect(t.headers).toEqual(['No', 'Nama']);
    expect(t.rows).toEqual([
      { rowNumber: 2, cells: ['1', 'Siti'] },
      { rowNumber: 5, cells: ['2', 'Budi'] },
    ]);
  });

  it('keeps a quoted line break in its row, as Excel shows it', () => {
    const t = parseCsv('No;Alamat\n1;"Jl. Gajah Mada\nDenpasar"\n2;Jl. Darmo\n');
    expect(t.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(t.rows[0]?.cells[1]).toBe('Jl. Gajah Mada\nDenpasar');
  });

  it('trims trailing empty columns and names data beyond the header', () => {
    const t = parseCsv('No;Nama;;\n1;Siti;;\n2;Budi;;x\n');
    expect(t.headers).toEqual(['No', 'Nama', 'Kolom 3', 'Kolom 4']);
    // A row keeps its own cells only; never padded to the table's width.
    expect(t.rows[0]?.cells).toEqual(['1', 'Siti']);
    expect(t.rows[1]?.cells).toEqual(['2', 'Budi', null, 'x']);
  });

  it('trims headers, joins wrapped ones, names empty ones and numbers repeats', () => {
    const t = parseCsv(' No ;"Tanggal\nLahir";;Nama;Nama;Nama\n1;2;3;4;5;6\n');
    expect(t.headers).toEqual(['No', 'Tanggal Lahir', 'Kolom 3', 'Nama', 'Nama (2)', 'Nama (3)']);
  });

  it('skips title rows above the header', () => {
    const t = parseCsv('DAFTAR PELAMAR SELEKSI JPT;;;\nPer 17 Agustus 2025;;;\n\nNo;No Peserta;Nama;NIK\n1;A-1;Siti;1\n');
    expect(t.headers).toEqual(['No', 'No Peserta', 'Nama', 'NIK']);
    expect(t.rows).toEqual([{ rowNumber: 5, cells: ['1', 'A-1', 'Siti', '1'] }]);
  });

  it('honours Excel\'s "sep=" line and does not count it as a row', () => {
    const t = parseCsv('sep=,\nNo,Nama;Alias\n1,Siti;Ani\n');
    expect(t.headers).toEqual(['No', 'Nama;Alias']);
    expect(t.rows[0]).toEqual({ rowNumber: 2, cells: ['1', 'Siti;Ani'] });
  });

  it('keeps cells as written: leading zeros, decimal commas, apostrophes, formulas as text', () => {
    const t = parseCsv('NIK;IPK;Nama;Catatan\n0101010101700003;3,45;Sitti Nur\'aini;=HYPERLINK("x")\n');
    expect(t.rows[0]?.cells).toEqual(['0101010101700003', '3,45', "Sitti Nur'aini", '=HYPERLINK("x")']);
  });

  it('refuses an unclosed quote, binary content, HTML and an empty file with a reason', () => {
    expect(unreadable(() => parseCsv('No;Nama\n1;"Siti\n2;Budi\n'))).toMatch(/kutip|quote/);
    expect(unreadable(() => parseCsv('PK\u0000\u0001\u0002garbage'))).toMatch(/teks|text/);
    expect(unreadable(() => parseCsv('<html><table><tr><td>No</td></tr></table></html>'))).toMatch(/HTML/);
    expect(unreadable(() => parseCsv('\r\n;;;\r\n'))).toMatch(/kosong|empty/);
  });
});
