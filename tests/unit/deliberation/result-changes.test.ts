import { describe, expect, it } from 'vitest';
import { resultChanges } from '../../../main/domain/deliberation/revision-record';
import type { ResultsRow } from '../../../shared/contract/results-types';

const row = (applicantId: string, final: number | null, rank: number | null, stage: number | null = final) =>
  ({ applicantId, code: applicantId.toUpperCase(), name: null, final, rank, stages: [{ stageId: 'st', score: stage }] }) as ResultsRow;

describe('what a revision changed', () => {
  it('lists the revised applicant first, then everyone whose final or rank moved', () => {
    const before = { rows: [row('a', 80, 1), row('b', 70, 2), row('c', 60, 3)] };
    const after = { rows: [row('a', 80, 1), row('c', 75, 2), row('b', 70, 3)] };
    expect(resultChanges(before, after, 'c', 'st')).toEqual([
      {
        applicantId: 'c',
        code: 'C',
        name: null,
        finalBefore: 60,
        finalAfter: 75,
        rankBefore: 3,
        rankAfter: 2,
        stageBefore: 60,
        stageAfter: 75,
      },
      {
        applicantId: 'b',
        code: 'B',
        name: null,
        finalBefore: 70,
        finalAfter: 70,
        rankBefore: 2,
        rankAfter: 3,
        stageBefore: 70,
        stageAfter: 70,
      },
    ]);
  });
  it('while the final waits for other stages, the stage score says what moved', () => {
    const before = { rows: [row('a', null, null, 60), row('b', null, null, 70)] };
    const after = { rows: [row('a', null, null, 60.67), row('b', null, null, 70)] };
    expect(resultChanges(before, after, 'a', 'st')).toEqual([
      {
        applicantId: 'a',
        code: 'A',
        name: null,
        finalBefore: null,
        finalAfter: null,
        rankBefore: null,
        rankAfter: null,
        stageBefore: 60,
        stageAfter: 60.67,
      },
    ]);
  });
  it('shows the revised applicant even when nothing moved', () => {
    const rows = { rows: [row('a', 80, 1)] };
    expect(resultChanges(rows, rows, 'a', 'st')).toHaveLength(1);
  });
});
