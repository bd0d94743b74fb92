import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run';
import { openRaw } from '../../main/vault/native';
import { criteria, scoreAll, scoringCommittee } from '../helpers/scoring';
import { PASSPHRASE, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
afterEach(() => {
  delete process.env.PANELIS_PASSPHRASE;
});

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await runCli(
    argv,
    (l) => out.push(l),
    (l) => out.push(l),
  );
  return { code, out: out.join('\n') };
}

/** Two members submit signed sheets; the chair closes and seals. The vault is then closed. */
async function sealedRound() {
  const c = await scoringCommittee(tempDir());
  await c.call('rounds.open', { roundId: c.round.id });
  for (const m of [c.ani, c.budi]) {
    await c.as(m.personId);
    await scoreAll(c, (a, k) => ((a + k) % 2) + 2);
    await c.call('desk.submit', { roundId: c.round.id, password: c.passwords.get(m.personId)! });
  }
  await c.as(c.chair.personId);
  await c.call('rounds.close', { roundId: c.round.id });
  await c.app.close();
  return c;
}

/** Someone with the vault passphrase opens the file with SQLCipher and edits it directly. */
function tamper(path: string, sqlText: string, ...params: unknown[]): number {
  const db = openRaw(path, PASSPHRASE);
  try {
    return db.prepare(sqlText).run(...params).changes;
  } finally {
    db.close();
  }
}

describe('a submitted sheet changed outside Panelis is found', () => {
  it('an edited score fails vault check, naming the member and the applicant', async () => {
    const c = await sealedRound();
    process.env.PANELIS_PASSPHRASE = PASSPHRASE;
    const clean = await cli('vault', 'check', c.path, '--json');
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.out).signatures).toMatchObject({ ok: true, sheets: 2, findings: [] });

    const victim = c.applicants[1]!;
    expect(
      tamper(
        c.path,
        'update scores set value = 4 where person_id = ? and applicant_id = ? and criterion_id = ?',
        c.budi.personId,
        victim.id,
        criteria[1],
      ),
    ).toBe(1);

    const json = await cli('vault', 'check', c.path, '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out);
    expect(report.ok).toBe(false);
    expect(report.signatures.findings).toEqual([
      expect.objectContaining({
        personId: c.budi.personId,
        personName: 'Budi Santoso, S.Pd.',
        applicantCode: victim.code,
        reason: 'scores',
      }),
    ]);
    const text = await cli('vault', 'check', c.path);
    expect(text.code).toBe(1);
    expect(text.out).toContain(`Budi Santoso, S.Pd., pelamar / applicant ${victim.code}`);
    expect(text.out).toContain('nilai di basis data berbeda dari lembar yang ditandatangani');
  });

  it('an edited signed sheet fails its signature; a re-hashed seal is found too', async () => {
    const c = await sealedRound();
    process.env.PANELIS_PASSPHRASE = PASSPHRASE;
    // Change the sheet JSON itself (as if to make it match edited scores): the signature breaks.
    tamper(c.path, `update round_scorers set sheet = replace(sheet, '"value":2', '"value":4') where person_id = ?`, c.ani.personId);
    let report = JSON.parse((await cli('vault', 'check', c.path, '--json')).out);
    expect(report.signatures.findings).toContainEqual(expect.objectContaining({ personName: 'Ani Suryani, M.Pd.', reason: 'signature' }));

    // An excused sheet swapped in for a submitted one changes the seal.
    const c2 = await sealedRound();
    tamper(c2.path, "update round_scorers set status = 'excused', excuse_reason = 'diganti' where person_id = ?", c2.ani.personId);
    report = JSON.parse((await cli('vault', 'check', c2.path, '--json')).out);
    expect(report.signatures.findings).toContainEqual(expect.objectContaining({ reason: 'seal' }));
  });

  it('scores removed from a submitted sheet are found', async () => {
    const c = await sealedRound();
    process.env.PANELIS_PASSPHRASE = PASSPHRASE;
    const a = c.applicants[0]!;
    tamper(c.path, 'delete from scores where person_id = ? and applicant_id = ?', c.ani.personId, a.id);
    const report = JSON.parse((await cli('vault', 'check', c.path, '--json')).out);
    expect(report.signatures.findings).toContainEqual(
      expect.objectContaining({ personName: 'Ani Suryani, M.Pd.', applicantCode: a.code, reason: 'scores' }),
    );
  });
});
