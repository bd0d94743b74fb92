import { describe, expect, it } from 'vitest';
import { beritaAcaraContent } from '../../../main/documents/kinds/berita-acara';
import { hasilIndividuContent } from '../../../main/documents/kinds/hasil-individu';
import { pengumumanContent } from '../../../main/documents/kinds/pengumuman';
import { fakeResults, signatories } from '../../helpers/documents';
import { compareNamesAlphabetically } from '../../../shared/names';

const base = {
  language: 'id' as const,
  selectionTitle: 'Seleksi JPT',
  committeeName: 'Panitia Seleksi',
  number: '1/PENG/XI/2026',
  date: '2026-11-23',
  place: 'Kupang',
};
const announce = { objection: { from: '2026-11-23', until: '2026-11-26', days: 3 }, fingerprintPublishedAt: '' };
const chair = signatories[0]!;

describe('pengumuman: what the public sees', () => {
  const view = fakeResults(12);

  it('codes only, pass/fail only: no names, no figures', () => {
    const c = pengumumanContent({
      ...base,
      ...announce,
      final: view,
      chair,
      options: { identity: 'code', scores: false, alphabetical: false, passedOnly: false },
    });
    const all = JSON.stringify(c);
    for (const r of view.rows) expect(all).not.toContain(r.name!);
    expect(all).not.toMatch(/\d+,\d\d/);
    expect(c.columns).toEqual(['No', 'Kode Peserta', 'Keterangan']);
    expect(c.rows.map((r) => r[1])).toEqual(view.rows.map((r) => r.code));
  });

  it('names in alphabetical order, only those who passed, with final scores', () => {
    const c = pengumumanContent({
      ...base,
      ...announce,
      final: view,
      chair,
      options: { identity: 'name', scores: true, alphabetical: true, passedOnly: true },
    });
    const names = c.rows.map((r) => r[2]!);
    expect(names).toEqual([...names].sort((a, b) => compareNamesAlphabetically(a, b, 'id-ID')));
    expect(c.rows).toHaveLength(view.rows.filter((r) => r.passed).length);
    expect(c.rows.every((r) => r[4] === 'Lulus')).toBe(true);
    expect(c.closing[0]).toContain('abjad');
    expect(c.summary).toBe('Peserta yang dinyatakan lulus sebanyak 8 (delapan) orang.');
  });

  it('states the objection period and how to object, never "final and not open to challenge"', () => {
    const c = pengumumanContent({
      ...base,
      ...announce,
      final: view,
      chair,
      options: { identity: 'code', scores: false, alphabetical: false, passedOnly: false },
    });
    const all = c.closing.join(' ');
    expect(all).not.toMatch(/diganggu gugat|bersifat final/);
    expect(all).toContain('sanggahan secara tertulis');
    expect(all).toContain('23 November 2026 sampai dengan 26 November 2026');
    expect(all).not.toContain('sidik jari');
    const en = pengumumanContent({
      ...base,
      ...announce,
      language: 'en',
      fingerprintPublishedAt: 'bkd.jambiprov.go.id/pansel',
      final: view,
      chair,
      options: { identity: 'code', scores: false, alphabetical: false, passedOnly: false },
    });
    expect(en.closing.join(' ')).toContain('from 23 November 2026 to 26 November 2026');
    expect(en.closing.join(' ')).toContain('fingerprint is published at bkd.jambiprov.go.id/pansel');
    expect(en.closing.join(' ')).not.toMatch(/decision is final/);
  });

  it('sorts "alphabetically" by the name without academic and religious titles, and says so', () => {
    const titled = fakeResults(4);
    const names = ['Prof. Dr. Ir. Zainal Abidin, M.Sc.', 'Hj. Yusnani, S.E.', 'dr. Bambang Irawan', 'Drs. H. Ahmad Yani, M.Si.'];
    titled.rows.forEach((r, i) => Object.assign(r, { name: names[i], passed: true, outcome: 'passed' }));
    const c = pengumumanContent({
      ...base,
      ...announce,
      final: titled,
      chair,
      options: { identity: 'name', scores: false, alphabetical: true, passedOnly: false },
    });
    expect(c.rows.map((r) => r[2])).toEqual([
      'Drs. H. Ahmad Yani, M.Si.',
      'dr. Bambang Irawan',
      'Hj. Yusnani, S.E.',
      'Prof. Dr. Ir. Zainal Abidin, M.Sc.',
    ]);
    expect(c.closing[0]).toBe('Nama disusun menurut abjad nama tanpa gelar dan tidak menunjukkan peringkat.');
  });
});

describe('hasil individu: only the applicant’s own data', () => {
  it('has no other applicant and no member', () => {
    const view = fakeResults(6);
    const c = hasilIndividuContent({ ...base, row: view.rows[2]!, view, setupStages: [], chair });
    const all = JSON.stringify(c);
    expect(all).toContain(view.rows[2]!.name!);
    for (const r of view.rows.filter((_, i) => i !== 2)) {
      expect(all).not.toContain(r.code);
      expect(all).not.toContain(r.name!);
    }
    expect(c.reasons).toEqual(['nilai wawancara di bawah ambang batas 70,00']);
    expect(c.finalFields[2]).toEqual(['Hasil akhir', 'Tidak Lulus']);
  });
});

describe('berita acara content', () => {
  it('counts in figures and words, signatories chair first with their titles', () => {
    const c = beritaAcaraContent({
      ...base,
      legalBasis: [],
      final: fakeResults(3),
      signatories: [...signatories].reverse(),
      snapshot: null,
    });
    expect(c.conclusion).toEqual([
      'Jumlah peserta yang dinilai sebanyak 3 (tiga) orang.',
      'Peserta yang dinyatakan lulus sebanyak 2 (dua) orang.',
      'Peserta yang dinyatakan tidak lulus sebanyak 1 (satu) orang.',
    ]);
    expect(c.signatories.map((s) => s.title)).toEqual([
      'Ketua merangkap Anggota',
      'Sekretaris merangkap Anggota',
      'Anggota',
      'Anggota',
      'Anggota',
    ]);
    expect(c.placeDate).toBe('Kupang, 23 November 2026');
  });

  it('a table per scored stage for small selections, none for large ones', () => {
    const small = fakeResults(3);
    const stageView = { ...small, stageId: 'st-wwc' };
    const c = beritaAcaraContent({
      ...base,
      legalBasis: [],
      final: small,
      stageResults: { 'st-wwc': stageView, 'st-kom': stageView },
      signatories,
      snapshot: null,
    });
    expect(c.stageTables.map((s) => s.heading)).toEqual(['Hasil tahap Asesmen Kompetensi:', 'Hasil tahap Wawancara Akhir:']);
    expect(c.stageTables[0]!.rows[0]).toEqual(['1', 'KAB-100', 'Siti Nurhaliza Rahmawati', '57,00', '1', 'Lulus']);
    const big = fakeResults(301);
    expect(
      beritaAcaraContent({ ...base, legalBasis: [], final: big, stageResults: { 'st-wwc': big }, signatories, snapshot: null }).stageTables,
    ).toEqual([]);
  });
});
