import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp, stageSubtotal } from '../../shared/scoring/arithmetic';
import { readingOf } from '../../shared/scoring/reading';
import { needsNote, onScale, scaleChoices } from '../../shared/scoring/scale-values';
import { applicantProblems, deskStatus } from '../../shared/scoring/sheet-status';
import type { Rubric } from '../../shared/selection/rubric';
import { interviewRubric } from '../helpers/interview-setup';

describe('scale values', () => {
  it('accepts level values and numeric steps, refuses the rest', () => {
    const levels = interviewRubric.criteria[0]!.scale;
    expect([1, 2, 3, 4].map((v) => onScale(levels, v))).toEqual([true, true, true, true]);
    expect([0, 5, 2.5].map((v) => onScale(levels, v))).toEqual([false, false, false]);
    const numeric = { type: 'numeric' as const, min: 0, max: 100, step: 0.5 };
    expect([0, 0.5, 87.5, 100].map((v) => onScale(numeric, v))).toEqual([true, true, true, true]);
    expect([-0.5, 100.5, 87.25].map((v) => onScale(numeric, v))).toEqual([false, false, false]);
    expect(onScale({ type: 'numeric', min: 0, max: 1, step: 0.1 }, 0.3)).toBe(true); // 0.1 * 3 in floats
  });

  it('digit choices exist for small scales only', () => {
    expect(scaleChoices(interviewRubric.criteria[0]!.scale)).toEqual([1, 2, 3, 4]);
    expect(scaleChoices({ type: 'numeric', min: 1, max: 5, step: 1 })).toEqual([1, 2, 3, 4, 5]);
    expect(scaleChoices({ type: 'numeric', min: 0, max: 100, step: 1 })).toEqual([]);
  });

  it('asks for a note at the extremes only where the criterion says so', () => {
    const [know, solve] = interviewRubric.criteria as [Rubric['criteria'][0], Rubric['criteria'][0]];
    expect([1, 2, 3, 4].map((v) => needsNote(know, v, ''))).toEqual([true, false, false, true]);
    expect(needsNote(know, 4, 'Alasan')).toBe(false);
    expect(needsNote(solve, 4, '')).toBe(false);
  });
});

describe('arithmetic', () => {
  it('rounds half up at two decimals, as people expect on paper', () => {
    expect([2.675, 1.005, 87.495, -2.675, 0.125].map((x) => roundHalfUp(x))).toEqual([2.68, 1.01, 87.5, -2.68, 0.13]);
  });

  it('a weighted stage score is 0-100 and reaches 100 at every maximum', () => {
    const all4 = Object.fromEntries(interviewRubric.criteria.map((c) => [c.id, 4]));
    expect(stageSubtotal(interviewRubric, all4)).toBeCloseTo(100);
    expect(stageSubtotal(interviewRubric, {})).toBeNull();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 3 }), (vs) => {
        const s = stageSubtotal(interviewRubric, Object.fromEntries(interviewRubric.criteria.map((c, i) => [c.id, vs[i]!])))!;
        return s >= 25 - 1e-9 && s <= 100 + 1e-9;
      }),
    );
  });

  it('a summed stage adds the points', () => {
    const sum: Rubric = { ...interviewRubric, combine: 'sum' };
    expect(stageSubtotal(sum, { 'c-know': 3, 'c-solve': 4, 'c-team': 2 })).toBe(9);
  });
});

describe('sheet status and readings', () => {
  it('not started, in progress, done, recused', () => {
    const r = interviewRubric;
    expect(deskStatus(r, {}, false)).toBe('notStarted');
    expect(deskStatus(r, { 'c-solve': { value: 3, note: '' } }, false)).toBe('inProgress');
    const full = { 'c-know': { value: 4, note: '' }, 'c-solve': { value: 3, note: '' }, 'c-team': { value: 2, note: '' } };
    expect(deskStatus(r, full, false)).toBe('inProgress'); // an extreme without its note
    expect(applicantProblems(r, full)).toEqual([{ kind: 'noteRequired', criterionId: 'c-know' }]);
    expect(deskStatus(r, { ...full, 'c-know': { value: 4, note: 'Sangat menguasai' } }, false)).toBe('done');
    expect(deskStatus(r, full, true)).toBe('recused');
  });

  it('reads within 5 % of the range as in line', () => {
    expect([readingOf(0.15, 3), readingOf(0.16, 3), readingOf(-0.5, 3), readingOf(null, 3)]).toEqual(['inLine', 'lenient', 'strict', null]);
  });
});
