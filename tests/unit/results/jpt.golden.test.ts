import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../shared/results/results';
import type { MemberScore, ResultsInput } from '../../../shared/results/types';
import { active, criterionCoded, stageNamed, template } from './fixtures';

/**
 * JPT open selection (template `jpt`): administration gate, assessment 25 % (external),
 * paper 20 %, interview 35 % (aspects managerial 80 % of eight criteria at 12.5 %, social
 * cultural 20 %, levels 1-5), track record 20 %. Three members; values computed by hand.
 */
const setup = template('jpt');
const adm = stageNamed(setup, 'Seleksi administrasi');
const assessment = stageNamed(setup, 'Assessment');
const paper = stageNamed(setup, 'Penulisan makalah');
const interview = stageNamed(setup, 'Wawancara');
const record = stageNamed(setup, 'Rekam jejak');

function member(stage: typeof paper, applicantId: string, byCode: Record<string, [number, number, number]>): MemberScore[] {
  return Object.entries(byCode).flatMap(([code, values]) =>
    values.map((value, i) => ({ personId: `m${i + 1}`, applicantId, criterionId: criterionCoded(stage, code).id, value })),
  );
}
const same = (codes: string[], v: number): Record<string, [number, number, number]> => Object.fromEntries(codes.map((c) => [c, [v, v, v]]));
const managerial = ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8'];

function input(): ResultsInput {
  return {
    setup,
    applicants: [active('J1'), active('J2'), active('J3')],
    stages: [
      {
        type: 'gate',
        stageId: adm.id,
        decisions: [
          { applicantId: 'J1', decision: 'MS', note: '' },
          { applicantId: 'J2', decision: 'MS', note: '' },
          { applicantId: 'J3', decision: 'TMS', note: 'Belum pernah menduduki jabatan administrator' },
        ],
      },
      {
        type: 'external',
        stageId: assessment.id,
        rubric: assessment.rubric!,
        values: [
          { applicantId: 'J1', criterionId: criterionCoded(assessment, 'A1').id, value: 78 },
          { applicantId: 'J2', criterionId: criterionCoded(assessment, 'A1').id, value: 90 },
        ],
      },
      {
        type: 'panel',
        stageId: paper.id,
        rubric: paper.rubric!,
        recusals: [],
        scores: [
          ...member(paper, 'J1', { K1: [80, 70, 75], K2: [90, 80, 85], K3: [60, 70, 80], K4: [70, 70, 70] }),
          ...member(paper, 'J2', same(['K1', 'K2', 'K3', 'K4'], 80)),
        ],
      },
      {
        type: 'panel',
        stageId: interview.id,
        rubric: interview.rubric!,
        recusals: [],
        scores: [
          ...member(interview, 'J1', {
            M1: [4, 4, 4],
            M2: [3, 4, 5],
            M3: [3, 3, 3],
            M4: [5, 5, 5],
            M5: [4, 5, 3],
            M6: [4, 4, 4],
            M7: [2, 3, 4],
            M8: [5, 5, 5],
            S1: [2, 3, 4],
          }),
          ...member(interview, 'J2', same([...managerial, 'S1'], 4)),
        ],
      },
      {
        type: 'panel',
        stageId: record.id,
        rubric: record.rubric!,
        recusals: [],
        scores: [
          ...member(record, 'J1', { R1: [80, 85, 90], R2: [70, 75, 80], R3: [90, 90, 90] }),
          ...member(record, 'J2', same(['R1', 'R2', 'R3'], 70)),
        ],
      },
    ],
  };
}

describe('JPT stage mix (golden)', () => {
  const r = computeResults(input());
  const get = (id: string) => r.applicants.find((a) => a.applicantId === id)!;
  const stage = (id: string, s: { id: string }) => get(id).stages.find((x) => x.stageId === s.id)!;

  it('combines criterion -> aspect -> stage -> final with the template weights', () => {
    // Assessment 78 -> 0.25 x 78 = 19.5
    expect(stage('J1', assessment).contribution).toBeCloseTo(19.5, 12);
    // Paper: K1 75, K2 85, K3 70, K4 70 -> 0.2x75 + 0.3x85 + 0.3x70 + 0.2x70 = 75.5 -> x 0.2 = 15.1
    expect(stage('J1', paper).criteria.map((c) => c.aggregate)).toEqual([75, 85, 70, 70]);
    expect(stage('J1', paper).score).toBeCloseTo(75.5, 12);
    // Interview: managerial means 4,4,3,5,4,4,3,5 of 5 -> 80,80,60,100,80,80,60,100 % x 12.5 % = 80;
    // social S1 mean 3 -> 60; stage 0.8 x 80 + 0.2 x 60 = 76 -> x 0.35 = 26.6
    expect(stage('J1', interview).aspects.map((a) => a.score)).toEqual([80, 60]);
    expect(stage('J1', interview).score).toBeCloseTo(76, 12);
    expect(stage('J1', interview).contribution).toBeCloseTo(26.6, 12);
    // Track record: R1 85, R2 75, R3 90 -> 34 + 22.5 + 27 = 83.5 -> x 0.2 = 16.7
    expect(stage('J1', record).score).toBeCloseTo(83.5, 12);
    // Final 19.5 + 15.1 + 26.6 + 16.7 = 77.9
    expect(get('J1').final).toBeCloseTo(77.9, 10);
    // J2: 0.25x90 + 0.2x80 + 0.35x80 + 0.2x70 = 22.5 + 16 + 28 + 14 = 80.5
    expect(get('J2').final).toBeCloseTo(80.5, 10);
  });

  it('ranks the two who passed and stops the TMS applicant at the gate', () => {
    expect(r.applicants.map((a) => [a.applicantId, a.rank, a.outcome])).toEqual([
      ['J2', 1, 'passed'],
      ['J1', 2, 'passed'],
      ['J3', null, 'failed'],
    ]);
    expect(
      get('J3')
        .stages.slice(1)
        .every((s) => s.outcome === 'notEligible' && s.reasons[0]!.code === 'eliminated'),
    ).toBe(true);
  });

  it('proposes the interview spreads above 40 % of the 1-5 range (1.6) as agenda items', () => {
    // M2 (3,4,5), M5 (4,5,3), M7 (2,3,4), S1 (2,3,4): spread 2; paper K3 (60,70,80): 20 <= 40, not flagged
    const code = (criterionId: string) => interview.rubric!.criteria.find((c) => c.id === criterionId)!.code;
    expect(r.disagreements.map((d) => [d.applicantId, code(d.criterionId), d.spread, d.limit])).toEqual([
      ['J1', 'M2', 2, 1.6],
      ['J1', 'M5', 2, 1.6],
      ['J1', 'M7', 2, 1.6],
      ['J1', 'S1', 2, 1.6],
    ]);
    expect(r.disagreements[0]!.text.en).toBe(
      "Members' scores on M2 (Kerja sama) (stage Wawancara) differ by 2.00: lowest 3.00, highest 5.00, limit 1.60. Proposed for discussion.",
    );
    expect(get('J1').flags.disagreement).toHaveLength(4);
    expect(get('J1').flags.tooFewScorers).toEqual([]);
  });

  it('reports agreement per panel criterion; two applicants and no variance in J2 still give a value', () => {
    const paperK3 = r.agreement.find((a) => a.criterionId === criterionCoded(paper, 'K3').id)!;
    expect(paperK3).toMatchObject({ members: ['m1', 'm2', 'm3'], applicants: ['J1', 'J2'], leftOut: [] });
    expect(r.agreement).toHaveLength(4 + 9 + 3);
    expect(r.agreement.every((a) => (a.icc === null) === (a.gap !== null))).toBe(true);
  });
});
