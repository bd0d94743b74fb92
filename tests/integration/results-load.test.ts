import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPanelScores } from '../../main/domain/results/panel-scores';
import { closeVault, createVault, type Vault } from '../../main/vault/vault';
import type { ScoreTable } from '../../shared/results/types';
import type { Rubric } from '../../shared/selection/rubric';
import { PASSPHRASE, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

const rubricOf = (ids: string[]): Rubric => ({
  combine: 'weighted',
  threshold: null,
  aspects: [],
  criteria: ids.map((id) => ({
    id,
    code: id,
    name: id,
    description: '',
    weight: 100 / ids.length,
    scale: { type: 'numeric', min: -1e6, max: 1e20, step: 1e-9 },
    minimum: null,
    justificationRequired: false,
    aspectId: null,
  })),
});

/** A table as sorted "member|applicant|criterion|value" lines, value as its exact double. */
const lines = (t: ScoreTable) =>
  Array.from(
    { length: t.length },
    (_, i) => `${t.members[t.member[i]!]}|${t.applicants[t.applicant[i]!]}|${t.criteria[t.criterion[i]!]}|${t.value[i]}`,
  ).sort();

/** Raw rows straight into the vault (foreign keys off: the loader's query is what is tested). */
async function vaultWith(
  scorers: [string, 'submitted' | 'scoring' | 'excused'][],
  scores: [string, string, string, number | null][],
): Promise<Vault> {
  const vault = await createVault(join(tempDir(), 'load.panelis'), PASSPHRASE);
  vault.raw.pragma('foreign_keys = OFF');
  const at = new Date().toISOString();
  for (const [person, status] of scorers)
    vault.raw.prepare('insert into round_scorers (round_id, person_id, status) values (?, ?, ?)').run('r1', person, status);
  const insert = vault.raw.prepare(
    'insert into scores (round_id, person_id, applicant_id, criterion_id, value, updated_at) values (?, ?, ?, ?, ?, ?)',
  );
  for (const [person, applicant, criterion, value] of scores) insert.run('r1', person, applicant, criterion, value, at);
  insert.run('r2', 'p1', 'a1', 'k1', 99, at); // another round
  return vault;
}

describe('loading a closed round for the results (packed, issue 5)', () => {
  it('reads every counted score exactly: submitted sheets, rubric criteria, values to the bit', async () => {
    const odd = [0.1 + 0.2, 1 / 3, 2.675, 87.5, -4, 2 ** 53 + 2, 1e20, 12345678901234567, -0.5, 0];
    const vault = await vaultWith(
      [
        ['p1', 'submitted'],
        ['p2', 'submitted'],
        ['p3', 'scoring'],
        ['p4', 'excused'],
      ],
      [
        ...odd.map((v, i): [string, string, string, number] => ['p1', `a,${i}`, 'k1', v]),
        ['p1', 'a,0', 'k2', 3],
        ['p1', 'a,0', 'old-criterion', 4], // not in the frozen rubric: not a score of this round
        ['p1', 'a,1', 'k2', null], // cleared: no value
        ['p2', 'a,0', 'k1', 1.5],
        ['p2', 'a,9', 'k2', 7],
        ['p3', 'a,0', 'k1', 4], // sheet not submitted
        ['p4', 'a,0', 'k1', 4], // excused
      ],
    );
    try {
      const t = await loadPanelScores(vault.db, 'r1', rubricOf(['k1', 'k2']));
      expect(lines(t)).toEqual([...odd.map((v, i) => `p1|a,${i}|k1|${v}`), 'p1|a,0|k2|3', 'p2|a,0|k1|1.5', 'p2|a,9|k2|7'].sort());
      // To the bit, not only as printed.
      const byKey = new Map(
        Array.from({ length: t.length }, (_, i) => [
          `${t.members[t.member[i]!]}|${t.applicants[t.applicant[i]!]}|${t.criteria[t.criterion[i]!]}`,
          t.value[i]!,
        ]),
      );
      odd.forEach((v, i) => expect(Object.is(byKey.get(`p1|a,${i}|k1`), v === 0 ? 0 : v)).toBe(true));
    } finally {
      await closeVault(vault);
    }
  });

  it('criterion ids holding the separator are read row by row, with the same result', async () => {
    const weird = ['k\u001f1', 'k,2'];
    const vault = await vaultWith(
      [['p1', 'submitted']],
      [
        ['p1', 'a1', weird[0]!, 2],
        ['p1', 'a1', weird[1]!, 3.25],
        ['p1', 'a2', weird[0]!, 4],
        ['p1', 'a2', 'x\u001fy', 1], // unknown, with the separator
      ],
    );
    try {
      expect(lines(await loadPanelScores(vault.db, 'r1', rubricOf(weird)))).toEqual(
        [`p1|a1|${weird[0]}|2`, `p1|a1|${weird[1]}|3.25`, `p1|a2|${weird[0]}|4`].sort(),
      );
      // A rubric without the separator, but a stored unknown id with it: still exact.
      expect(lines(await loadPanelScores(vault.db, 'r1', rubricOf(['k,2'])))).toEqual([`p1|a1|k,2|3.25`]);
    } finally {
      await closeVault(vault);
    }
  });
});
