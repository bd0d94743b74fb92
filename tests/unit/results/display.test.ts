import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayValue, formatScore } from '../../../shared/results/display';
import { formatNumber } from '../../../shared/format';
import { isDisagreement, spreadLimit, spreadOf } from '../../../shared/results/disagreement';

describe('display of results', () => {
  it('rounds half up at two decimals, only when shown', () => {
    expect([2.675, 1.005, 77.09090909, 80.18181818, 54.725, -0.001].map(displayValue)).toEqual([2.68, 1.01, 77.09, 80.18, 54.73, 0]);
    expect(formatScore(77.0909090909, 'csv')).toBe('77.09');
    expect(formatScore(1234.5, 'id')).toBe('1.234,50');
    expect(formatScore(1234.5, 'en')).toBe('1,234.50');
    expect(formatScore(-0.001, 'id')).toBe('0,00');
    expect(formatScore(null, 'csv')).toBe('');
    expect(formatScore(null, 'en')).toBe('–');
  });

  it('shows what shared/format shows for the rounded value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom('id' as const, 'en' as const),
        (x, lang) => formatScore(x, lang) === formatNumber(displayValue(x), lang, 2),
      ),
    );
  });

  it('the CSV form reads back as the rounded value', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (x) => Number(formatScore(x, 'csv')) === displayValue(x)));
  });
});

describe('disagreement', () => {
  it('spread over the members as given, flagged strictly above the fraction of the range', () => {
    expect(spreadOf([3, 1, 4])).toBe(3);
    expect(spreadOf([3])).toBeNull();
    const limit = spreadLimit({ min: 1, max: 4 }, 0.4); // 1.2 (in floats 1.2000000000000002)
    expect([1, 2].map((s) => isDisagreement(s, limit))).toEqual([false, true]);
    const hundred = spreadLimit({ min: 0, max: 100 }, 0.4);
    expect([40, 40.5, null].map((s) => isDisagreement(s, hundred))).toEqual([false, true, false]);
  });
});
