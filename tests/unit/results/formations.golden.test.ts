import { describe, expect, it } from 'vitest';
import { defaultProposePerPlace, plainFormationRules } from '../../../shared/results/formations/defaults';
import { computeFormations } from '../../../shared/results/formations/formations';
import { cpns2024SkdGrades, gradeFor } from '../../../shared/results/formations/passing-grades';
import type { FormationInput, FormationResults, FormationRules } from '../../../shared/results/formations/types';
import { ResultsInputError } from '../../../shared/results/input-error';
import type { Rubric } from '../../../shared/selection/rubric';
import { criterion, numericScale, panelStage, setupOf, weighted } from './fixtures';
import { adm, applicant, cpns, cpnsInput, cpnsRules, formation, skb, skd, tiu, twk } from './formations.fixtures';

/**
 * Golden cases for the formation rules: CPNS (template `cpns`: final = SKD/550 x 40 +
 * SKB/500 x 60), PPPK priority groups and afirmasi, JPT three names per place. Expected
 * values worked out by hand next to each case.
 */
function byId(r: FormationResults) {
  return Object.fromEntries(r.applicants.map((a) => [a.applicantId, a]));
}
const ket = (r: FormationResults) => Object.fromEntries(r.applicants.map((a) => [a.applicantId, a.keterangan]));
const overviewOf = (r: FormationResults, id: string) => r.formations.find((f) => f.formationId === id)!;

describe('passing grades per jenis formasi (CPNS 2024)', () => {
  const r = computeFormations(
    cpnsInput(
      [
        formation('UMUM'),
        formation('CUM', { jenis: 'Cumlaude' }),
        formation('DIS', { jenis: 'DISABILITAS' }),
        formation('PAP', { jenis: 'putra / putri papua' }),
        formation('DIA', { jenis: 'DIASPORA' }),
        formation('OTH', { jenis: 'LULUSAN TERBAIK' }),
      ],
      [
        cpns('u1', 'UMUM', [64, 100, 170], 300), // TWK 64 < 65
        cpns('u2', 'UMUM', [65, 80, 166], 300), // every grade exactly met
        cpns('c1', 'CUM', [40, 85, 186], 300), // total 311, TIU 85: TWK does not count here
        cpns('c2', 'CUM', [40, 85, 185], 300), // total 310 < 311
        cpns('c3', 'CUM', [100, 84, 200], 300), // total 384, TIU 84 < 85
        cpns('d1', 'DIS', [30, 60, 196], 300), // total 286, TIU 60
        cpns('d2', 'DIS', [30, 59, 200], 300), // TIU 59 < 60
        cpns('p1', 'PAP', [30, 60, 196], 300), // jenis matched without case or spaces
        cpns('s1', 'DIA', [40, 85, 186], 300),
        cpns('o1', 'OTH', [30, 60, 196], 300), // a jenis not listed takes the UMUM grades
      ],
    ),
  );

  it('applies the grades of the formation’s jenis, on the components and on the total', () => {
    expect(ket(r)).toEqual({ u1: 'TMS', u2: 'L', c1: 'L', c2: 'TMS', c3: 'TMS', d1: 'L', d2: 'TMS', p1: 'L', s1: 'L', o1: 'TMS' });
    for (const id of ['u1', 'c2', 'c3', 'd2', 'o1'])
      expect(byId(r)[id]).toMatchObject({ decidedAt: skd.id, formationRank: null, final: null });
    expect(byId(r)['c1']!.advances).toEqual({ [skd.id]: true });
    expect(byId(r)['u1']!.advances).toEqual({ [skd.id]: false });
  });

  it('keeps the decree’s numbers as data, matched case- and space-insensitively', () => {
    const bound = cpnsRules.passingGrades[0]!;
    expect(bound.source).toBe('KepmenPANRB 321/2024');
    expect(gradeFor(bound, 'PUTRA/PUTRI PAPUA')).toEqual({ total: 286, components: { [tiu.id]: 60 } });
    expect(gradeFor(bound, ' Putra / Putri  Papua ')).toBe(gradeFor(bound, 'PUTRA/PUTRI PAPUA'));
    expect(gradeFor(bound, 'diaspora')).toEqual({ total: 311, components: { [tiu.id]: 85 } });
    expect(gradeFor(bound, 'UMUM')).toBe(gradeFor(bound, 'anything else'));
    expect(cpns2024SkdGrades.otherwise.components).toEqual({ TWK: 65, TIU: 80, TKP: 166 });
  });
});

describe('quota gate (SKD: 3 x kebutuhan, by total, TKP, TIU, TWK)', () => {
  const r = computeFormations(
    cpnsInput(
      [formation('Q')],
      [
        cpns('q1', 'Q', [100, 100, 200], 300), // SKD 400, rank 1: 29.0909.. + 36 = 65.0909..
        cpns('q2', 'Q', [100, 100, 190], 400), // 390, rank 2: 28.3636.. + 48 = 76.3636..
        cpns('q3', 'Q', [100, 95, 190], 350), //  385, rank 3: 28 + 42 = 70
        cpns('q4', 'Q', [100, 95, 190], 360), //  385, equal on every key with q3: advances too; 28 + 43.2 = 71.2
        cpns('q5', 'Q', [105, 90, 190], 500), //  385, TKP equal, TIU 90 < 95: rank 5, out (its SKB value is not counted)
        cpns('q7', 'Q', [110, 95, 180], 500), //  385, TKP 180: rank 6, out
      ],
    ),
  );

  it('lets the best three through, and everyone tied with the last one', () => {
    expect(r.applicants.map((a) => [a.applicantId, a.advances[skd.id]])).toEqual([
      ['q2', true],
      ['q4', true],
      ['q3', true],
      ['q1', true],
      ['q5', false],
      ['q7', false],
    ]);
  });

  it('ranks those who advanced on the final; those who did not are TL without a rank', () => {
    expect(r.applicants.map((a) => [a.applicantId, a.formationRank, a.keterangan])).toEqual([
      ['q2', 1, 'L'],
      ['q4', 2, 'TL'],
      ['q3', 3, 'TL'],
      ['q1', 4, 'TL'],
      ['q5', null, 'TL'],
      ['q7', null, 'TL'],
    ]);
    expect(byId(r)['q2']!.final).toBeCloseTo(76.3636363636, 9);
    expect(byId(r)['q4']!.final).toBeCloseTo(71.2, 12);
    expect(byId(r)['q5']).toMatchObject({ final: null, decidedAt: null });
    expect(overviewOf(r, 'Q')).toEqual({
      formationId: 'Q',
      kebutuhan: 1,
      slots: 1,
      applicants: 6,
      passers: 4,
      lulus: 1,
      emptyPlaces: 0,
      filledL1: 0,
      filledL2: 0,
      overfilled: false,
    });
  });
});

describe('ranking within a formation: exact arithmetic and the tie-break chain', () => {
  const r = computeFormations(
    cpnsInput(
      [formation('E'), formation('E2', { jabatan: 'Pranata Komputer' }), formation('E3', { jabatan: 'Arsiparis' })],
      [
        cpns('e1', 'E', [120, 138, 175], 380), // SKD 433: 17320/550 = 31.4909.. + 45.6 = 77.0909..
        cpns('e2', 'E', [100, 120, 180], 400), // SKD 400: 29.0909.. + 48 = 77.0909..: same final by another route, SKD total decides
        cpns('e3', 'E', [100, 120, 180], 400), // equal to e2 on everything: a shared rank
        cpns('x1', 'E2', [100, 120, 180], 400, { gpa: 3.5 }),
        cpns('x2', 'E2', [100, 120, 180], 400, { gpa: 3.5 }), // equal with x1 on every rule at the cut: both L
        cpns('y1', 'E3', [100, 120, 180], 400, { gpa: 3.2, birthDate: '1995-01-01' }),
        cpns('y2', 'E3', [100, 120, 180], 400, { gpa: 3.2, birthDate: '1994-01-01' }), // older first
      ],
    ),
  );

  it('reads two finals reached by different routes as one value, then applies the chain', () => {
    expect(byId(r)['e1']!.final).toBeCloseTo(77.0909090909, 9);
    expect(byId(r)['e2']!.final).toBeCloseTo(77.0909090909, 9);
    expect(r.applicants.filter((a) => a.formationId === 'E').map((a) => [a.applicantId, a.formationRank, a.keterangan])).toEqual([
      ['e1', 1, 'L'],
      ['e2', 2, 'TL'],
      ['e3', 2, 'TL'],
    ]);
    expect(r.applicants.filter((a) => a.formationId === 'E3').map((a) => [a.applicantId, a.formationRank, a.keterangan])).toEqual([
      ['y2', 1, 'L'],
      ['y1', 2, 'TL'],
    ]);
  });

  it('declares everyone who shares the last rank, and says the formation is overfilled', () => {
    expect(r.applicants.filter((a) => a.formationId === 'E2').map((a) => [a.applicantId, a.formationRank, a.keterangan])).toEqual([
      ['x1', 1, 'L'],
      ['x2', 1, 'L'],
    ]);
    expect(overviewOf(r, 'E2')).toMatchObject({ lulus: 2, slots: 1, emptyPlaces: 0, overfilled: true });
    expect(overviewOf(r, 'E')).toMatchObject({ overfilled: false });
  });
});

describe('TH: absent where they were due to sit', () => {
  const input = cpnsInput(
    [formation('T', { jabatan: 'Statistisi' })],
    [
      cpns('t1', 'T', 'TH', null), // TH in the SKD import
      cpns('t2', 'T', null, null), // no SKD value: everyone who passed administration was due
      cpns('t4', 'T', null, null, { tms: true }), // TMS at administration: never due at SKD
      cpns('t5', 'T', [100, 100, 200], null), // advanced, no SKB value: TH at SKB
      cpns('t6', 'T', [100, 100, 199], 'TH'), // advanced, TH in the SKB import
      cpns('t7', 'T', [100, 100, 198], 300), // advanced and sat SKB
      cpns('t8', 'T', [100, 100, 190], null), // fourth: did not advance, so no SKB value is no absence
      cpns('t9', 'T', [60, 100, 200], null), // TMS at SKD, not due at SKB
    ],
  );
  const r = computeFormations(input);

  it('marks SKD absences for everyone, SKB absences only for those who advanced', () => {
    expect(r.applicants.map((a) => [a.applicantId, a.keterangan, a.decidedAt])).toEqual([
      ['t7', 'L', null],
      ['t8', 'TL', null],
      ['t4', 'TMS', adm.id],
      ['t9', 'TMS', skd.id],
      ['t1', 'TH', skd.id],
      ['t2', 'TH', skd.id],
      ['t5', 'TH', skb.id],
      ['t6', 'TH', skb.id],
    ]);
    expect(byId(r)['t5']!.advances).toEqual({ [skd.id]: true });
    expect(byId(r)['t1']!.advances).toEqual({ [skd.id]: false });
  });

  it('waits for a stage not held yet, and for a formation whose cut is not known', () => {
    const early = computeFormations({ ...input, held: [adm.id, skd.id] });
    expect(early.applicants.map((a) => [a.applicantId, a.keterangan, a.advances[skd.id], a.pending?.code ?? null])).toEqual([
      ['t8', 'TL', false, null],
      ['t4', 'TMS', false, null],
      ['t9', 'TMS', false, null],
      ['t1', 'TH', false, null],
      ['t2', 'TH', false, null],
      ['t5', null, true, 'stageNotHeld'],
      ['t6', null, true, 'stageNotHeld'],
      ['t7', null, true, 'stageNotHeld'],
    ]);
    // t10 has a TWK value only: an import gap, not an absence; nobody in T can be cut yet.
    const t10 = applicant('t10', 'T', { gates: { [adm.id]: 'MS' }, values: { [skd.id]: { [twk.id]: 100 } } });
    const gap = computeFormations({ ...input, applicants: [...input.applicants, t10] });
    expect(byId(gap)['t10']!.pending).toEqual({ code: 'missingValue', stageId: skd.id, criterionId: tiu.id });
    expect(byId(gap)['t7']).toMatchObject({
      keterangan: null,
      pending: { code: 'quotaUndecided', stageId: skd.id },
      advances: { [skd.id]: null },
    });
    expect(byId(gap)['t1']!.keterangan).toBe('TH');
  });
});

describe('optimalisasi', () => {
  // One jabatan in Jakarta, Bandung and Surabaya; every SKD 400 (29.0909..), finals differ by SKB.
  const formations = [
    formation('FE', { lokasi: 'Surabaya' }),
    formation('FC', { lokasi: 'Bandung', jenis: 'DISABILITAS' }),
    formation('FA', { lokasi: 'Jakarta' }),
    formation('FB', { lokasi: 'Jakarta', jenis: 'CUMLAUDE' }),
    formation('FD', { lokasi: 'Bandung' }),
    formation('FX', { lokasi: 'Jakarta', jabatan: 'Pranata Komputer' }),
  ];
  const skd400: [number, number, number] = [100, 100, 200];
  const r = computeFormations(
    cpnsInput(formations, [
      cpns('a1', 'FA', skd400, 450), // 83.09: L in FA
      cpns('a2', 'FA', skd400, 400), // 77.09: the best TL
      cpns('a3', 'FA', skd400, 350), // 71.09
      cpns('d1', 'FD', skd400, 450), // L in FD
      cpns('d2', 'FD', skd400, 300), // 65.09
    ]),
  );

  it('fills every L-1 place before any L-2, formations in list order, one place each', () => {
    // FE comes first in the list, but a2 goes to FB at its own lokasi (L-1) before FE fills by L-2.
    expect(r.applicants.map((a) => [a.applicantId, a.keterangan, a.placedIn, a.formationRank])).toEqual([
      ['a1', 'L', null, 1],
      ['a2', 'L-1', 'FB', 2],
      ['a3', 'L-2', 'FE', 3],
      ['d1', 'L', null, 1],
      ['d2', 'L-1', 'FC', 2],
    ]);
    expect(r.formations.map((f) => [f.formationId, f.emptyPlaces, f.filledL1, f.filledL2])).toEqual([
      ['FE', 1, 0, 1],
      ['FC', 1, 1, 0],
      ['FA', 0, 0, 0],
      ['FB', 1, 1, 0],
      ['FD', 0, 0, 0],
      ['FX', 1, 0, 0], // another jabatan: nobody to take
    ]);
  });

  it('never places one applicant twice, only those with a final, and only within the same pendidikan', () => {
    const again = computeFormations(
      cpnsInput(
        [
          formation('G', { kebutuhan: 1 }),
          formation('H1', { jenis: 'CUMLAUDE' }),
          formation('H2', { jenis: 'DISABILITAS' }),
          formation('P1', { jenis: 'DIASPORA', pendidikan: 'S-2' }),
        ],
        [
          cpns('g1', 'G', skd400, 450),
          cpns('g2', 'G', skd400, 400), // TL with a final: the only candidate
          cpns('g3', 'G', skd400, 300),
          cpns('g4', 'G', [100, 100, 190], 500), // fourth at SKD: did not advance, no final
          cpns('g5', 'G', [100, 100, 180], 500),
        ],
      ),
    );
    expect(ket(again)).toEqual({ g1: 'L', g2: 'L-1', g3: 'L-1', g4: 'TL', g5: 'TL' });
    expect(byId(again)['g2']!.placedIn).toBe('H1');
    expect(byId(again)['g3']!.placedIn).toBe('H2');
    expect(overviewOf(again, 'P1')).toMatchObject({ emptyPlaces: 1, filledL1: 0, filledL2: 0 });
  });

  it('gives a lone candidate to the first formation in the list; equal candidates share the last place', () => {
    const lone = computeFormations(
      cpnsInput(
        [formation('G'), formation('H1', { jenis: 'CUMLAUDE' }), formation('H2', { jenis: 'DISABILITAS' })],
        [cpns('g1', 'G', skd400, 450), cpns('g2', 'G', skd400, 400)],
      ),
    );
    expect(lone.applicants.map((a) => [a.applicantId, a.keterangan, a.placedIn])).toEqual([
      ['g1', 'L', null],
      ['g2', 'L-1', 'H1'],
    ]);
    expect(overviewOf(lone, 'H2')).toMatchObject({ emptyPlaces: 1, filledL1: 0, filledL2: 0 });

    // m2 and m3 are equal on the final and every rule: one place, both placed, stated.
    const tied = computeFormations(
      cpnsInput(
        [formation('M', { kebutuhan: 1 }), formation('N', { jenis: 'CUMLAUDE' })],
        [cpns('m1', 'M', skd400, 450), cpns('m2', 'M', skd400, 400), cpns('m3', 'M', skd400, 400)],
      ),
    );
    expect(tied.applicants.map((a) => [a.applicantId, a.formationRank, a.keterangan, a.placedIn])).toEqual([
      ['m1', 1, 'L', null],
      ['m2', 2, 'L-1', 'N'],
      ['m3', 2, 'L-1', 'N'],
    ]);
    expect(overviewOf(tied, 'N')).toMatchObject({ filledL1: 2, overfilled: true });
  });

  it('waits until every formation is decided, and is off without the rule', () => {
    const pending = computeFormations(
      cpnsInput(formations, [cpns('a1', 'FA', skd400, 450), cpns('a2', 'FA', skd400, 400), cpns('z', 'FX', skd400, null)], {
        held: [adm.id, skd.id, skb.id],
      }),
    );
    expect(ket(pending)).toMatchObject({ a2: 'L-1', z: 'TH' });
    const early = computeFormations(
      cpnsInput(formations, [cpns('a1', 'FA', skd400, 450), cpns('a2', 'FA', skd400, 400)], { held: [adm.id, skd.id] }),
    );
    expect(ket(early)).toEqual({ a1: null, a2: null });
    const off = computeFormations(
      cpnsInput(formations, [cpns('a1', 'FA', skd400, 450), cpns('a2', 'FA', skd400, 400)], {
        rules: { ...cpnsRules, optimalisasi: false },
      }),
    );
    expect(ket(off)).toEqual({ a1: 'L', a2: 'TL' });
  });
});

describe('APS: a withdrawal passes the place on', () => {
  it('takes the withdrawn applicant out of the ranking and declares the next one', () => {
    const r = computeFormations(
      cpnsInput(
        [formation('W', { jabatan: 'Pustakawan' })],
        [
          cpns('w1', 'W', [100, 100, 200], 450, { withdrawal: { reason: 'Diterima di instansi lain' } }),
          cpns('w2', 'W', [100, 100, 200], 400),
          cpns('w3', 'W', [100, 100, 200], 350),
        ],
      ),
    );
    expect(r.applicants.map((a) => [a.applicantId, a.formationRank, a.keterangan])).toEqual([
      ['w2', 1, 'L'],
      ['w3', 2, 'TL'],
      ['w1', null, 'APS'],
    ]);
    expect(byId(r)['w1']!.advances).toEqual({ [skd.id]: true }); // it counted at SKD, when it was held
  });
});

// A PPPK-like stage: summed, TEK 0-500 (minimum 200), MS 0-100; final = total / 600 x 100.
const tekRubric: Rubric = {
  combine: 'sum',
  threshold: null,
  aspects: [],
  criteria: [criterion('tek', 0, numericScale(0, 500), { minimum: 200 }), criterion('ms', 0, numericScale(0, 100))],
};
const cat = panelStage('cat', 100, tekRubric, { source: 'external' });
const pppkRules = (extra: Partial<FormationRules>): FormationRules => ({
  ...plainFormationRules(setupOf([cat], [{ kind: 'stageTotal', stageId: 'cat' }])),
  ...extra,
});
const catApplicant = (id: string, tek: number, ms: number, extra: Parameters<typeof applicant>[2] = {}) =>
  applicant(id, 'P', { values: { cat: { tek, ms } }, ...extra });

describe('PPPK: priority groups and afirmasi', () => {
  it('ranks every priority group before the next, then by score; no group or an unknown one last', () => {
    const r = computeFormations({
      rules: pppkRules({ priorityGroups: ['THK2', 'NONASN'] }),
      formations: [formation('P', { kebutuhan: 2 })],
      held: ['cat'],
      applicants: [
        catApplicant('g1', 500, 90, { priorityGroup: 'NONASN' }),
        catApplicant('g2', 300, 50, { priorityGroup: 'THK2' }),
        catApplicant('g3', 500, 100),
        catApplicant('g4', 490, 90, { priorityGroup: 'UNKNOWN' }),
        catApplicant('g5', 400, 50, { priorityGroup: 'NONASN' }),
      ],
    });
    expect(r.applicants.map((a) => [a.applicantId, a.formationRank, a.keterangan])).toEqual([
      ['g2', 1, 'L'],
      ['g1', 2, 'L'],
      ['g5', 3, 'TL'],
      ['g3', 4, 'TL'],
      ['g4', 5, 'TL'],
    ]);
    const off = computeFormations({
      rules: pppkRules({}),
      formations: [formation('P', { kebutuhan: 2 })],
      held: ['cat'],
      applicants: [catApplicant('g1', 500, 90, { priorityGroup: 'NONASN' }), catApplicant('g2', 300, 50, { priorityGroup: 'THK2' })],
    });
    expect(off.applicants.map((a) => a.applicantId)).toEqual(['g1', 'g2']);
  });

  it('adds a percentage of the maximum, capped at it, before the passing grade and the ranking', () => {
    const afirmasi = [
      { attribute: 'disabilitas', stageId: 'cat', criterionId: 'tek', percent: 10 }, // + 50
      { attribute: 'usia35', stageId: 'cat', criterionId: 'tek', percent: 10 }, // + 50 more
      { attribute: 'usia35', stageId: 'cat', criterionId: 'ms', percent: 15 }, // + 15
    ];
    const r = computeFormations({
      rules: pppkRules({ afirmasi }),
      formations: [formation('P', { kebutuhan: 5 })],
      held: ['cat'],
      applicants: [
        catApplicant('h1', 180, 50, { attributes: ['disabilitas'] }), // 230: now meets the minimum of 200; 280
        catApplicant('h2', 480, 50, { attributes: ['disabilitas'] }), // 530 capped at 500; 550
        catApplicant('h3', 420, 50, { attributes: ['disabilitas', 'usia35'] }), // 520 capped at 500, MS 65; 565
        catApplicant('h4', 480, 50), // 530
        catApplicant('h5', 180, 50), // below 200: TMS
        catApplicant('h6', 500, 95, { attributes: ['usia35'] }), // at the maximum: stays 500, MS 100; 600
      ],
    });
    expect(r.applicants.map((a) => [a.applicantId, a.scores['cat'], a.formationRank, a.keterangan])).toEqual([
      ['h6', 600, 1, 'L'],
      ['h3', 565, 2, 'L'],
      ['h2', 550, 3, 'L'],
      ['h4', 530, 4, 'L'],
      ['h1', 280, 5, 'L'],
      ['h5', 230, null, 'TMS'], // the score stays on record
    ]);
    expect(byId(r)['h6']!.final).toBe(100);
  });
});

describe('JPT: three names per place, each post on its own', () => {
  const rubric = weighted([criterion('x', 100, numericScale(0, 100))]);
  const rules = plainFormationRules(setupOf([panelStage('s', 100, rubric)]));
  const a = (id: string, post: string, x: number) => applicant(id, post, { values: { s: { x } } });
  const r = computeFormations({
    rules,
    formations: [
      formation('post1', { jabatan: 'Kepala Dinas A', proposePerPlace: 3 }),
      formation('post2', { jabatan: 'Kepala Dinas B', proposePerPlace: 3 }),
    ],
    held: ['s'],
    applicants: [
      a('j1', 'post1', 90),
      a('j2', 'post1', 85),
      a('j3', 'post1', 80),
      a('j4', 'post1', 75),
      a('j5', 'post1', 70),
      a('k1', 'post2', 60),
      a('k2', 'post2', 95),
    ],
  });

  it('declares three per post and ranks the posts apart', () => {
    expect(r.applicants.map((x) => [x.applicantId, x.formationRank, x.keterangan])).toEqual([
      ['j1', 1, 'L'],
      ['j2', 2, 'L'],
      ['j3', 3, 'L'],
      ['j4', 4, 'TL'],
      ['j5', 5, 'TL'],
      ['k2', 1, 'L'],
      ['k1', 2, 'L'],
    ]);
    expect([defaultProposePerPlace('jpt'), defaultProposePerPlace('cpns'), defaultProposePerPlace('pppk')]).toEqual([3, 1, 1]);
    expect(r.formations.map((f) => [f.formationId, f.slots, f.lulus, f.emptyPlaces])).toEqual([
      ['post1', 3, 3, 0],
      ['post2', 3, 2, 1],
    ]);
  });
});

describe('contradictory inputs are refused', () => {
  const base: FormationInput = cpnsInput([formation('F')], [cpns('a', 'F', [100, 100, 200], 300)]);
  const cases: [string, FormationInput][] = [
    ['unknown formation', { ...base, applicants: [cpns('a', 'nope', null, null)] }],
    ['formation twice', { ...base, formations: [formation('F'), formation('F')] }],
    ['kebutuhan 0', { ...base, formations: [formation('F', { kebutuhan: 0 })] }],
    ['applicant twice', { ...base, applicants: [cpns('a', 'F', null, null), cpns('a', 'F', null, null)] }],
    ['unknown criterion', { ...base, applicants: [applicant('a', 'F', { values: { [skd.id]: { nope: 1 } } })] }],
    [
      'afirmasi on a gate',
      { ...base, rules: { ...cpnsRules, afirmasi: [{ attribute: 'x', stageId: adm.id, criterionId: 'c', percent: 10 }] } },
    ],
    ['unknown held stage', { ...base, held: ['nope'] }],
    ['a decision on a scored stage', { ...base, applicants: [applicant('a', 'F', { gates: { [skd.id]: 'MS' } })] }],
    [
      'not a number',
      { ...base, applicants: [applicant('a', 'F', { values: { [skb.id]: { [skb.rubric!.criteria[0]!.id]: Number.NaN } } })] },
    ],
  ];
  it.each(cases)('%s', (_name, input) => {
    expect(() => computeFormations(input)).toThrow(ResultsInputError);
  });
});
