import { describe, expect, it } from 'vitest';
import { sortedRandomUuids } from '../../../main/domain/applicants/ids';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ids for a batch of new applicants', () => {
  it('are version-4 UUIDs, distinct, in ascending order', () => {
    const ids = sortedRandomUuids(20_000);
    expect(ids).toHaveLength(20_000);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(20_000);
    expect([...ids].sort()).toEqual(ids);
  });

  it('are random: two batches share nothing, and every hex digit turns up in every free position', () => {
    const a = sortedRandomUuids(2000);
    const b = new Set(sortedRandomUuids(2000));
    expect(a.some((id) => b.has(id))).toBe(false);
    for (const position of [0, 7, 9, 15, 20, 24, 35]) expect(new Set(a.map((id) => id[position])).size).toBe(16);
    expect(sortedRandomUuids(0)).toEqual([]);
  });
});
