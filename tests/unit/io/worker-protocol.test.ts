import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packCells, unpackCells } from '../../../main/io/worker-protocol';
import type { Cell } from '../../../main/io/table';

describe('cells packed for the trip from the import worker', () => {
  it('come back as they went: text (empty too), numbers, booleans, dates, empty cells', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.date({ noInvalidDate: true }),
      fc.constant(null),
    ) as fc.Arbitrary<Cell>;
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 50 }), (cells) => {
        const clean = cells.map((c) => (typeof c === 'string' ? c.replaceAll('\u0000', '\ufffd') : c));
        expect(unpackCells(packCells(cells))).toEqual(clean);
      }),
      { numRuns: 300 },
    );
  });

  it('a NUL inside a text cannot shift the texts after it', () => {
    expect(unpackCells(packCells(['a\u0000b', 'c', 1, new Date(0)]))).toEqual(['a\ufffdb', 'c', 1, new Date(0)]);
  });
});
