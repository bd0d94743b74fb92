import { describe, expect, it } from 'vitest';
import { formatScore } from '../../../shared/results/display';
import { computeResults } from '../../../shared/results/results';
import type { ApplicantFacts, ExternalValue, ResultsInput } from '../../../shared/results/types';
import { active, criterionCoded, stageNamed, template } from './fixtures';

/**
 * CPNS SKD-SKB integration (template `cpns`): final = SKD/550 x 40 + SKB/500 x 60, SKD an
 * elimination stage with passing grades TWK 65, TIU 80, TKP 166. Expected values computed
 * by hand (written out below), ties: SKD total, TKP, TIU, TWK, GPA, older first, then shared.
 */
const setup = template('cpns');
const adm = stageNamed(setup, 'Seleksi administrasi');
const skd = stageNamed(setup, 'SKD');
const skb = stageNamed(setup, 'SKB');
const [twk, tiu, tkp] = [criterionCoded(skd, 'TWK'), criterionCoded(skd, 'TIU'), criterionCoded(skd, 'TKP')];
const skbC = criterionCoded(skb, 'SKB');

//            TWK  TIU  TKP   SKB   GPA   born
const rows: [string, number, number, number, number | null, number | null, string | null][] = [
  ['A01', 120, 138, 175, 380, null, null], // SKD 433: 17320/550 = 31.4909.. + 45.6 = 77.0909..
  ['A02', 100, 120, 180, 400, null, null], // SKD 400: 29.0909.. + 48 = 77.0909.. (tie with A01: SKD total)
  ['A03', 110, 110, 180, 350, null, null], // SKD 400: 29.0909.. + 42 = 71.0909..
  ['A04', 115, 115, 170, 350, null, null], // SKD 400, same as A03 but TKP 170 < 180
  ['A05', 90, 100, 170, 450, null, null], //  SKD 360: 26.1818.. + 54 = 80.1818..
  ['A06', 60, 120, 200, null, null, null], // TWK 60 < 65: eliminated at SKD
  ['A07', 120, 120, 180, 400, null, null], // TMS at administration (values ignored)
  ['A08', 100, 100, 170, 300, 3.5, '1990-01-01'], // SKD 370: 26.9090.. + 36 = 62.9090..
  ['A09', 100, 100, 170, 300, 3.75, '1995-01-01'], // same, higher GPA
  ['A10', 100, 100, 166, 300, 3.2, '1995-05-01'], // SKD 366 (TKP exactly the passing grade): 26.6181.. + 36 = 62.6181..
  ['A11', 100, 100, 166, 300, 3.2, '1993-02-10'], // same, older
  ['A12', 80, 90, 170, 250, 3.0, '1994-04-04'], // SKD 340: 24.7272.. + 30 = 54.7272..
  ['A13', 80, 90, 170, 250, 3.0, '1994-04-04'], // equal in everything: shared rank
  ['A14', 150, 175, 225, 500, null, null], // withdrawn
];

function input(): ResultsInput {
  const applicants: ApplicantFacts[] = rows.map(([id, , , , , gpa, birthDate]) =>
    active(id, { gpa, birthDate, status: id === 'A14' ? 'withdrawn' : 'active' }),
  );
  const skdValues: ExternalValue[] = rows.flatMap(([id, a, b, c]) => [
    { applicantId: id, criterionId: twk.id, value: a },
    { applicantId: id, criterionId: tiu.id, value: b },
    { applicantId: id, criterionId: tkp.id, value: c },
  ]);
  const skbValues: ExternalValue[] = rows.flatMap(([id, , , , v]) =>
    v === null ? [] : [{ applicantId: id, criterionId: skbC.id, value: v }],
  );
  return {
    setup,
    applicants,
    stages: [
      {
        type: 'gate',
        stageId: adm.id,
        decisions: rows.map(([id]) => ({
          applicantId: id,
          decision: id === 'A07' ? 'TMS' : 'MS',
          note: id === 'A07' ? 'Ijazah tidak sesuai formasi' : '',
        })),
      },
      { type: 'external', stageId: skd.id, rubric: skd.rubric!, values: skdValues },
      { type: 'external', stageId: skb.id, rubric: skb.rubric!, values: skbValues },
    ],
  };
}

describe('CPNS SKD-SKB integration (golden)', () => {
  const r = computeResults(input());
  const get = (id: string) => r.applicants.find((a) => a.applicantId === id)!;

  it('reproduces SKD/550 x 40 + SKB/500 x 60', () => {
    const expected: Record<string, number> = {
      A05: 80.1818181818,
      A01: 77.0909090909,
      A02: 77.0909090909,
      A03: 71.0909090909,
      A04: 71.0909090909,
      A09: 62.9090909091,
      A08: 62.9090909091,
      A11: 62.6181818182,
      A10: 62.6181818182,
      A12: 54.7272727273,
      A13: 54.7272727273,
    };
    for (const [id, final] of Object.entries(expected)) expect(get(id).final).toBeCloseTo(final, 9);
    expect(get('A01').stages.find((s) => s.stageId === skd.id)).toMatchObject({ score: 433, outcome: 'passed' });
    expect(get('A01').stages.find((s) => s.stageId === skd.id)!.percent).toBeCloseTo((433 / 550) * 100, 12);
    expect(get('A01').stages.find((s) => s.stageId === skb.id)!.contribution).toBeCloseTo(45.6, 12);
    expect(['A05', 'A01', 'A03', 'A08', 'A10', 'A12'].map((id) => formatScore(get(id).final, 'id'))).toEqual([
      '80,18',
      '77,09',
      '71,09',
      '62,91',
      '62,62',
      '54,73',
    ]);
  });

  it('ranks with the tie-break rules in order, then a shared rank', () => {
    expect(r.applicants.filter((a) => a.rank !== null).map((a) => [a.applicantId, a.rank])).toEqual([
      ['A05', 1],
      ['A01', 2],
      ['A02', 3],
      ['A03', 4],
      ['A04', 5],
      ['A09', 6],
      ['A08', 7],
      ['A11', 8],
      ['A10', 9],
      ['A12', 10],
      ['A13', 10],
    ]);
    const kinds = (id: string) => get(id).tie!.decidedBy.map((s) => (s.rule.kind === 'criterion' ? s.label.en : s.rule.kind));
    expect(kinds('A01')).toEqual(['stageTotal']);
    expect(kinds('A03')).toEqual([`TKP (Tes Karakteristik Pribadi) at stage SKD`]);
    expect(kinds('A09')).toEqual(['gpa']);
    expect(kinds('A11')).toEqual(['olderFirst']);
    expect(get('A12').tie).toMatchObject({ tiedOnScoreWith: ['A13'], decidedBy: [], sharedWith: ['A13'] });
    expect(get('A12').tie!.text.en).toBe(
      'Same score as 1 other applicant. Equal on every tie-break rule with 1 other applicant: shared rank.',
    );
    expect(get('A01').tie!.text.id).toBe('Nilai sama dengan 1 pelamar lain. Urutan ditentukan oleh total tahap SKD.');
    expect(get('A05').tie).toBeNull();
  });

  it('eliminates at the passing grade and says why, at the gate and at SKD', () => {
    const a06 = get('A06');
    expect(a06).toMatchObject({ outcome: 'failed', passed: false, rank: null, final: null });
    expect(a06.reasons.map((x) => x.code)).toEqual(['belowMinimum']);
    expect(a06.reasons[0]).toMatchObject({ stageId: skd.id, criterionId: twk.id, value: 60, minimum: 65 });
    expect(a06.reasons[0]!.text.id).toBe('TWK (Tes Wawasan Kebangsaan) pada tahap SKD: 60,00 di bawah nilai minimal 65,00.');
    const a06skb = a06.stages.find((s) => s.stageId === skb.id)!;
    expect(a06skb).toMatchObject({ outcome: 'notEligible', score: null });
    expect(a06skb.reasons[0]).toMatchObject({ code: 'eliminated', byStageId: skd.id });
    expect(a06skb.reasons[0]!.text.en).toBe('Not eligible for stage SKB: eliminated at stage SKD (elimination stage).');

    const a07 = get('A07');
    expect(a07.reasons.map((x) => [x.code, x.text.id])).toEqual([
      ['gateNotMet', 'Tidak memenuhi syarat (TMS) pada tahap Seleksi administrasi: Ijazah tidak sesuai formasi.'],
    ]);
    expect(a07.stages.map((s) => s.outcome)).toEqual(['failed', 'notEligible', 'notEligible']);
    expect(get('A14')).toMatchObject({ outcome: 'withdrawn', rank: null, final: null });
    expect(r.applicants.slice(-3).map((a) => a.applicantId)).toEqual(['A06', 'A07', 'A14']);
  });

  it('ranks SKD on its own among those who passed it, with the SKD criterion rules only', () => {
    const skdRanks = r.stageRanks.find((s) => s.stageId === skd.id)!.ranking.map((x) => [x.applicantId, x.rank]);
    expect(skdRanks).toEqual([
      ['A01', 1],
      ['A02', 2], // 400, TKP 180, TIU 120
      ['A03', 3], // 400, TKP 180, TIU 110
      ['A04', 4], // 400, TKP 170
      ['A08', 5], // 370, equal on TKP/TIU/TWK: GPA is for the final only
      ['A09', 5],
      ['A10', 7],
      ['A11', 7],
      ['A05', 9],
      ['A12', 10],
      ['A13', 10],
    ]);
    const skdTie = (id: string) =>
      get(id)
        .stages.find((s) => s.stageId === skd.id)!
        .tie!.decidedBy.map((s) => s.label.en);
    expect(skdTie('A02')).toEqual(['TIU (Tes Intelegensia Umum) at stage SKD']); // against A03, its only neighbour at 400
    expect(skdTie('A03')).toEqual(['TKP (Tes Karakteristik Pribadi) at stage SKD', 'TIU (Tes Intelegensia Umum) at stage SKD']);
  });

  it('has no panel, so no agreement and no agenda items', () => {
    expect(r.agreement).toEqual([]);
    expect(r.disagreements).toEqual([]);
    expect(get('A01').stages[1]!.criteria[0]).toMatchObject({ scorers: null, spread: null, flaggedSpread: false });
  });
});
