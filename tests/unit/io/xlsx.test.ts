import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../main/io/xlsx';
import { isDateFormatCode } from '../../../main/io/xlsx-parts';
import { PanelisError } from '../../../shared/errors';
import { makeXlsx } from './zip-builder';

const fixtures = join(__dirname, '../../fixtures/import');
const fixture = (name: string): Buffer => readFileSync(join(fixtures, name));

describe('reading an XLSX workbook', () => {
  it('reads the office workbook fixture: title rows skipped, values as Excel showed them', async () => {
    const progress: number[] = [];
    const t = await readXlsx(fixture('applicants.xlsx'), (done) => progress.push(done));
    expect(t.headers).toEqual([
      'No',
      'No. Peserta',
      'Nama Lengkap',
      'NIK',
      'NIP',
      'Tempat Lahir',
      'Tanggal Lahir',
      'Jenis Kelamin',
      'IPK',
      'Email',
      'Catatan',
    ]);
    expect(t.rows.map((r) => r.rowNumber)).toEqual([4, 5, 7, 8, 9, 10]);
    const [r4, r5, r7, r8, r9] = t.rows.map((r) => r.cells);
    // A real Excel date is a Date; numbers stay numbers; a hyperlink is its text.
    expect(r4).toEqual([
      1,
      'JPT-2025-001',
      "Sitti Nur'aini",
      '7371114708850001',
      '198508172010012001',
      'Makassar',
      new Date(Date.UTC(1985, 7, 17)),
      'P',
      3.45,
      'sitti@contoh.go.id',
    ]);
    // Formulas: their cached results, never evaluated (1+1 cached as 3.5 stays 3.5); rich text is plain.
    expect(r5?.slice(0, 9)).toEqual([
      2,
      'JPT-2025-002',
      'Çut Nyak Dhién',
      '0171014506900004',
      '199006152015032002',
      'Banda Aceh',
      '15-06-1990',
      'Perempuan',
      3.5,
    ]);
    // NIK and NIP typed as numbers are numbers (the NIP lost its last digits in Excel already).
    expect(r7?.[1]).toBe(4000);
    expect(r7?.[3]).toBe(3171010101700003);
    expect(r7?.[4]).toBe(197001012000031000);
    // An error cell is its text.
    expect(r8?.[5]).toBe('#N/A');
    // A DDE-looking formula: only its cached text; a formula without a cached value: empty.
    expect(r9?.[2]).toBe('Andi Pratama');
    expect(r9?.[6]).toBe(32000);
    expect(r9?.[10] ?? null).toBeNull();
    expect(progress.at(-1)).toBeGreaterThan(0);
  });

  it('takes the first visible sheet with data: an empty first sheet and a hidden one are passed over', async () => {
    const t = await readXlsx(fixture('sheets.xlsx'));
    expect(t.headers).toEqual(['No Peserta', 'Nama']);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['S-1', 'Ketut Sudarsana'],
      ['S-2', 'Maria Goreti'],
    ]);
  });

  it('reads prefixed elements, inline strings, phonetic runs, escapes, CDATA, booleans and cells without references', async () => {
    const bytes = makeXlsx({
      prefix: 'x',
      sharedStrings:
        '<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>Nama</x:t></x:si><x:si><x:r><x:t>Çut </x:t></x:r><x:r><x:t xml:space="preserve">Nyak Dhién</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ﾁｭｯﾄ</x:t></x:rPh></x:si><x:si><x:t>Baris_x000D_\nbaru &amp; &lt;tanda&gt;</x:t></x:si></x:sst>',
      sheetData:
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Lulus</x:t></x:is></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Catatan</x:t></x:is></x:c></x:row>' +
        '<x:row><x:c t="s"><x:v>1</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>' +
        '<x:row r="5"><x:c r="A5" t="inlineStr"><x:is><x:r><x:t>Sitti </x:t></x:r><x:r><x:t>Nur&apos;aini</x:t></x:r></x:is></x:c><x:c r="B5" t="b"><x:v>0</x:v></x:c><x:c r="C5" t="str"><x:f>A5&amp;"!"</x:f><x:v><![CDATA[<ok> & fine]]></x:v></x:c></x:row>',
    });
    const t = await readXlsx(bytes);
    expect(t.headers).toEqual(['Nama', 'Lulus', 'Catatan']);
    expect(t.rows).toEqual([
      { rowNumber: 2, cells: ['Çut Nyak Dhién', true, 'Baris\r\nbaru & <tanda>'] },
      { rowNumber: 5, cells: ["Sitti Nur'aini", false, '<ok> & fine'] },
    ]);
  });

  it('makes dates from date-formatted numbers (custom and built-in formats, 1900 and 1904 systems) and ISO date cells', async () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.00&quot; hari&quot;"/></numFmts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"><alignment horizontal="left"/></xf><xf numFmtId="165"/></cellXfs>';
    const sheetData =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t>b</t></is></c><c r="C1" t="inlineStr"><is><t>c</t></is></c><c r="D1" t="inlineStr"><is><t>d</t></is></c></row>' +
      '<row r="2"><c r="A2" s="1"><v>31276</v></c><c r="B2" s="2"><v>31276</v></c><c r="C2" s="3"><v>2.5</v></c><c r="D2" t="d"><v>1985-08-17T00:00:00Z</v></c></row>';
    const t1900 = await readXlsx(makeXlsx({ sheetData, styles }));
    expect(t1900.rows[0]?.cells).toEqual([
      new Date(Date.UTC(1985, 7, 17)),
      new Date(Date.UTC(1985, 7, 17)),
      2.5,
      new Date(Date.UTC(1985, 7, 17)),
    ]);
    const t1904 = await readXlsx(makeXlsx({ sheetData, styles, date1904: true }));
    expect(t1904.rows[0]?.cells[0]).toEqual(new Date(Date.UTC(1989, 7, 18)));
  });

  it('tells date formats from number formats', () => {
    for (const f of ['dd/mm/yyyy', 'd-mmm-yy', '[$-421]dd mmmm yyyy', 'yyyy-mm-dd hh:mm', 'mm/dd/yy;@'])
      expect(isDateFormatCode(f)).toBe(true);
    for (const f of ['General', '0.00', '#,##0', '@', '0.00" hari"', '[Red]0.00', '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', '0.00E+00'])
      expect(isDateFormatCode(f)).toBe(false);
  });

  it('refuses a zip that is not a workbook, and a workbook without data, with a reason', async () => {
    const { makeZip } = await import('./zip-builder');
    await expect(readXlsx(makeZip({ 'word/document.xml': '<w/>' }))).rejects.toMatchObject({
      code: 'IMPORT_UNREADABLE',
      details: { reason: { en: expect.stringMatching(/Word/) } },
    });
    await expect(readXlsx(makeXlsx({ sheetData: '' }))).rejects.toMatchObject({
      code: 'IMPORT_UNREADABLE',
      details: { reason: { en: expect.stringMatching(/data/) } },
    });
  });

  it('refuses a truncated or corrupted workbook with IMPORT_UNREADABLE', async () => {
    const bytes = fixture('applicants.xlsx');
    for (const cut of [10, 100, bytes.length / 2, bytes.length - 30, bytes.length - 1]) {
      await expect(readXlsx(bytes.subarray(0, Math.floor(cut)))).rejects.toBeInstanceOf(PanelisError);
    }
    // A changed byte inside the worksheet's compressed data: its CRC no longer matches.
    const flipped = Buffer.from(bytes);
    const at = flipped.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length + 40;
    flipped[at] = (flipped[at] ?? 0) ^ 0xff;
    await expect(readXlsx(flipped)).rejects.toMatchObject({ code: 'IMPORT_UNREADABLE' });
  });

  it('refuses a part that unpacks to more than it declares (a zip bomb)', async () => {
    const { makeZip } = await import('./zip-builder');
    const bytes = makeZip({ 'xl/workbook.xml': 'x'.repeat(100_000) });
    // Lower the declared size in both headers: the part now claims 10 bytes.
    const cd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(10, cd + 24);
    bytes.writeUInt32LE(10, 22);
    await expect(readXlsx(bytes)).rejects.toMatchObject({ code: 'IMPORT_UNREADABLE' });
  });
});
