import { describe, expect, it } from 'vitest';
import { motionOutcome, tallyOf } from '../../../shared/deliberation/carry';
import { objectionWindow, wibDate, withinObjectionPeriod } from '../../../shared/deliberation/objection-period';
import { quorumRequired, quorumState } from '../../../shared/deliberation/quorum';

describe('quorum', () => {
  it('more than half by default: 3 of 4, 3 of 5, 4 of 6', () => {
    expect([4, 5, 6, 1, 2].map((n) => quorumRequired({ kind: 'moreThanHalf' }, n))).toEqual([3, 3, 4, 1, 2]);
  });
  it('two thirds, all, at least n (never more than everyone)', () => {
    expect(quorumRequired({ kind: 'twoThirds' }, 6)).toBe(4);
    expect(quorumRequired({ kind: 'twoThirds' }, 5)).toBe(4);
    expect(quorumRequired({ kind: 'all' }, 5)).toBe(5);
    expect(quorumRequired({ kind: 'atLeast', count: 3 }, 7)).toBe(3);
    expect(quorumRequired({ kind: 'atLeast', count: 9 }, 7)).toBe(7);
  });
  it('is met only with enough voting members present, never with nobody able to vote', () => {
    expect(quorumState({ kind: 'moreThanHalf' }, 4, 2).met).toBe(false);
    expect(quorumState({ kind: 'moreThanHalf' }, 4, 3)).toEqual({
      rule: { kind: 'moreThanHalf' },
      voting: 4,
      present: 3,
      required: 3,
      met: true,
    });
    expect(quorumState({ kind: 'moreThanHalf' }, 0, 0).met).toBe(false);
  });
});

describe('carrying a motion', () => {
  const t = (s: number, n: number, a: number) =>
    tallyOf([...Array<'setuju'>(s).fill('setuju'), ...Array<'tidakSetuju'>(n).fill('tidakSetuju'), ...Array<'abstain'>(a).fill('abstain')]);
  it('simple majority of votes cast; abstentions are not votes; a tie fails', () => {
    expect(motionOutcome('majority', t(2, 1, 0))).toBe('carried');
    expect(motionOutcome('majority', t(2, 1, 3))).toBe('carried');
    expect(motionOutcome('majority', t(2, 2, 0))).toBe('rejected');
    expect(motionOutcome('majority', t(0, 0, 3))).toBe('rejected');
  });
  it('unanimity: everyone agrees, an abstention blocks', () => {
    expect(motionOutcome('unanimous', t(4, 0, 0))).toBe('carried');
    expect(motionOutcome('unanimous', t(3, 0, 1))).toBe('rejected');
    expect(motionOutcome('unanimous', t(3, 1, 0))).toBe('rejected');
  });
  it('musyawarah mufakat: nobody disagrees, else no consensus', () => {
    expect(motionOutcome('mufakat', t(3, 0, 1))).toBe('carried');
    expect(motionOutcome('mufakat', t(3, 1, 0))).toBe('noConsensus');
    expect(motionOutcome('mufakat', t(0, 0, 2))).toBe('noConsensus');
  });
});

describe('objection period', () => {
  it('runs from the day of finalisation (WIB) for the configured days', () => {
    // 23 Nov 2026 20:00 UTC is already 24 Nov in Jakarta.
    expect(wibDate('2026-11-23T20:00:00.000Z')).toBe('2026-11-24');
    expect(objectionWindow('2026-11-23T01:00:00.000Z', 3)).toEqual({ from: '2026-11-23', until: '2026-11-26' });
    expect(withinObjectionPeriod('2026-11-26', '2026-11-23T01:00:00.000Z', 3)).toBe(true);
    expect(withinObjectionPeriod('2026-11-27', '2026-11-23T01:00:00.000Z', 3)).toBe(false);
    expect(withinObjectionPeriod('2026-11-22', '2026-11-23T01:00:00.000Z', 3)).toBe(false);
    expect(objectionWindow('2026-12-30T03:00:00.000Z', 3).until).toBe('2027-01-02');
  });
});
