import { describe, expect, it } from 'vitest';
import { DEFAULT_MARGINS, Layout, mm, PAPER_POINTS } from '../../../main/documents/layout';
import { claimsString, groupHex, parseClaims } from '../../../main/documents/produce';

function layout(paper: 'A4' | 'F4' = 'F4'): Layout {
  return new Layout({
    setup: { paper, margins: DEFAULT_MARGINS, language: 'id' },
    title: 'Uji',
    createdAt: new Date('2026-11-23T00:00:00Z'),
    measure: true,
  });
}

describe('layout', () => {
  it('paper sizes in points: A4 210 x 297 mm, F4 215 x 330 mm', () => {
    expect(PAPER_POINTS.A4[0]).toBeCloseTo(595.28, 1);
    expect(PAPER_POINTS.A4[1]).toBeCloseTo(841.89, 1);
    expect(PAPER_POINTS.F4[0]).toBeCloseTo(609.45, 1);
    expect(PAPER_POINTS.F4[1]).toBeCloseTo(935.43, 1);
    const l = layout('F4');
    expect(l.doc.page.width).toBeCloseTo(PAPER_POINTS.F4[0], 3);
    expect(l.left).toBeCloseTo(mm(25), 3);
  });

  it('wraps words inside the room and breaks a word longer than the room', () => {
    const l = layout();
    l.doc.fontSize(9);
    const text = 'Dr. Ir. Raden Mas Bambang Sutrisno Wicaksono Hadiningrat, S.T., M.Eng., Ph.D.';
    const w = l.wrap(text, 80);
    expect(w.lines.length).toBeGreaterThan(2);
    expect(w.lines.join(' ')).toBe(text);
    for (const [i, line] of w.lines.entries()) {
      expect(w.widths[i]).toBeLessThanOrEqual(80);
      expect(l.textWidth(line)).toBeCloseTo(w.widths[i]!, 6);
    }
    const long = l.wrap('Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 40);
    expect(long.lines.length).toBeGreaterThan(1);
    expect(long.lines.join('')).toBe('Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    for (const width of long.widths) expect(width).toBeLessThanOrEqual(40);
    expect(l.wrap('', 40).lines).toEqual(['']);
  });

  it('measures a table cell the way it is drawn (kerning-free, per glyph) and close to pdfkit', () => {
    const l = layout();
    l.doc.fontSize(10);
    for (const s of ['Ömer Çelik-Nasution', 'KAB-100', '87,50', 'Tidak Lulus']) {
      expect(Math.abs(l.textWidth(s) - l.doc.widthOfString(s))).toBeLessThan(1.5);
    }
  });

  it('a table never splits a row and repeats its header on a new page', () => {
    const l = layout('A4');
    const rows = Array.from({ length: 120 }, (_, i) => [String(i + 1), `Nama peserta yang cukup panjang nomor ${i + 1}`, '87,50']);
    l.table(
      [
        { header: 'No', width: 0, fit: true },
        { header: 'Nama', width: 1 },
        { header: 'Nilai', width: 0, fit: true, align: 'right' },
      ],
      rows,
    );
    expect(l.doc.bufferedPageRange().count).toBeGreaterThan(1);
    const headers = l.measures.filter((m) => m.text === 'Nama');
    expect(headers.length).toBe(l.doc.bufferedPageRange().count);
    for (const m of l.measures) {
      expect(m.maxLineWidth).toBeLessThanOrEqual(m.room + 1e-6);
      expect(m.heightUsed).toBeLessThanOrEqual(m.heightGiven + 1e-6);
    }
  });
  it('a wide table shrinks its font before a name column is squeezed or a header word is broken', () => {
    const stages = ['Seleksi administrasi', 'Assessment', 'Penulisan makalah', 'Wawancara', 'Rekam jejak'];
    const name = 'Dr. Muhammad Fadhil, S.Ag., M.Pd.I.';
    const draw = (minFontSize: number) => {
      const l = layout('A4');
      l.table(
        [
          { header: 'No', width: 0, fit: true },
          { header: 'Kode', width: 0, fit: true },
          { header: 'Nama', width: 3, minWidth: 105 },
          ...stages.map((header) => ({ header, width: 0, fit: true, maxFit: 80 })),
          { header: 'Nilai Akhir', width: 0, fit: true },
          { header: 'Peringkat', width: 0, fit: true },
          { header: 'Keterangan', width: 1.6, minWidth: 55 },
        ],
        [['1', 'USP-736', name, 'MS', '85,71', '88,60', '88,67', '88,07', '77,15', '9', 'Lulus']],
        { fontSize: 8, minFontSize },
      );
      return l.measures;
    };
    const fixed = draw(8);
    const shrunk = draw(6.5);
    const nameCell = (ms: typeof fixed) => ms.find((m) => m.text === name)!;
    const header = (ms: typeof fixed, h: string) => ms.find((m) => m.text === h)!;
    // At 8 pt the name runs to four lines and "Keterangan" breaks inside the word.
    expect(nameCell(fixed).lines).toBeGreaterThan(3);
    expect(header(fixed, 'Keterangan').lines).toBeGreaterThan(1);
    // Allowed to shrink: more room for the name, and headers wrap between words only.
    expect(nameCell(shrunk).room).toBeGreaterThan(nameCell(fixed).room + 15);
    expect(nameCell(shrunk).lines).toBeLessThanOrEqual(3);
    for (const h of ['Keterangan', 'Peringkat', ...stages]) expect(header(shrunk, h).lines).toBeLessThanOrEqual(h.split(' ').length);
  });
});

describe('claims', () => {
  it('round-trips and refuses anything else', () => {
    const c = { id: 'doc-1', type: 'beritaAcara', sha256: 'a'.repeat(64), cert: 'b'.repeat(64) };
    expect(parseClaims(claimsString(c))).toEqual(c);
    expect(parseClaims('PANELIS-DOC/1;id=x;type=y;sha256=zz;cert=zz')).toBeNull();
    expect(groupHex('0123456789abcdef01')).toBe('01234567 89abcdef 01');
  });
});
