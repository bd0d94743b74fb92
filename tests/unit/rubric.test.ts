import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rubricIssues, sumsTo100, type Criterion, type Rubric } from '../../shared/selection/rubric';

const criterion = (id: string, weight: number, aspectId: string | null = null, extra: Partial<Criterion> = {}): Criterion => ({
  id,
  code: id,
  name: `Kriteria ${id}`,
  description: '',
  weight,
  scale: { type: 'numeric', min: 0, max: 100, step: 1 },
  minimum: null,
  justificationRequired: false,
  aspectId,
  ...extra,
});
const rubric = (criteria: Criterion[], aspects: Rubric['aspects'] = []): Rubric => ({
  combine: 'weighted',
  threshold: null,
  aspects,
  criteria,
});

describe('rubric validation', () => {
  it('weights must sum to 100 % at each level', () => {
    expect(rubricIssues(rubric([criterion('a', 60), criterion('b', 40)]))).toEqual([]);
    expect(rubricIssues(rubric([criterion('a', 60), criterion('b', 30)]))).toEqual([{ kind: 'criterionWeights', aspectId: null, sum: 90 }]);
    const aspects = [
      { id: 'x', name: 'X', weight: 70 },
      { id: 'y', name: 'Y', weight: 20 },
    ];
    expect(rubricIssues(rubric([criterion('a', 100, 'x'), criterion('b', 50, 'y'), criterion('c', 40, 'y')], aspects))).toEqual([
      { kind: 'aspectWeights', sum: 90 },
      { kind: 'criterionWeights', aspectId: 'y', sum: 90 },
    ]);
  });

  it('thirds that people type (33,33 + 33,33 + 33,34) are accepted; floating error is not a mistake', () => {
    expect(rubricIssues(rubric([criterion('a', 33.33), criterion('b', 33.33), criterion('c', 33.34)]))).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (k) => {
        const w = Array.from({ length: k }, (_, i) => (i < k - 1 ? Math.floor(10000 / k) / 100 : 0));
        w[k - 1] = 100 - w.slice(0, -1).reduce((a, b) => a + b, 0);
        return sumsTo100(w);
      }),
    );
  });

  it('finds empty rubrics, criteria outside aspects, bad scales, minimums off the scale and duplicate ids', () => {
    expect(rubricIssues(rubric([]))).toEqual([{ kind: 'empty' }]);
    const aspects = [{ id: 'x', name: 'X', weight: 100 }];
    expect(rubricIssues(rubric([criterion('a', 100, null)], aspects))).toContainEqual({ kind: 'criterionWithoutAspect', criterionId: 'a' });
    expect(rubricIssues(rubric([criterion('a', 100, 'zz')], aspects))).toContainEqual({ kind: 'unknownAspect', criterionId: 'a' });
    expect(rubricIssues(rubric([criterion('a', 100, null, { scale: { type: 'numeric', min: 5, max: 5, step: 1 } })]))).toContainEqual({
      kind: 'badScale',
      criterionId: 'a',
    });
    expect(rubricIssues(rubric([criterion('a', 100, null, { minimum: 101 })]))).toContainEqual({
      kind: 'minimumOutOfScale',
      criterionId: 'a',
    });
    expect(rubricIssues(rubric([criterion('a', 50), criterion('a', 50)]))).toContainEqual({ kind: 'duplicateId', id: 'a' });
    const levels = {
      type: 'levels' as const,
      levels: [
        { value: 1, label: '1', descriptor: '' },
        { value: 1, label: '1b', descriptor: '' },
      ],
    };
    expect(rubricIssues(rubric([criterion('a', 100, null, { scale: levels })]))).toContainEqual({ kind: 'badScale', criterionId: 'a' });
  });

  it('summed rubrics (CAT scores) do not use weights', () => {
    expect(rubricIssues({ ...rubric([criterion('a', 0), criterion('b', 0)]), combine: 'sum' })).toEqual([]);
  });
});
