/**
 * "After a crash or a forced quit the member resumes exactly where they were" (issue 4).
 * A child process (tests/helpers/desk-writer.ts) scores at the desk through the real
 * dispatcher and reports each save once `scores.save` has answered. The parent kills it with
 * SIGKILL at random moments; after each kill, every reported score is in the vault, and the
 * desk's resume point is the last reported save (or the one in flight, if its commit landed
 * before the kill and its report did not).
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/api-client';
import { deskStep } from '../helpers/desk-steps';
import { scoringCommittee } from '../helpers/scoring';
import { PASSPHRASE, useTempDir } from '../helpers/temp';

const ROOT = resolve(__dirname, '../..');
const WRITER = join(ROOT, 'tests/helpers/desk-writer.ts');
const KILLS = 5;
const tempDir = useTempDir();

interface Saved {
  i: number;
  applicantId: string;
  criterionId: string;
  value: number;
}

function runAndKill(argv: string[], delayMs: number): Promise<Saved[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const saved: Saved[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs);
        const m = /^saved (\d+) (\S+) (\S+) (\d+)$/.exec(line);
        if (m) saved.push({ i: Number(m[1]), applicantId: m[2]!, criterionId: m[3]!, value: Number(m[4]) });
      }
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? done(saved) : fail(new Error(`desk writer ended (${code}): ${stderr}`))));
  });
}

describe('a forced quit at the scoring desk', () => {
  it('keeps every save the form confirmed and resumes at the last one', async () => {
    const home = tempDir();
    const c = await scoringCommittee(home);
    await c.call('rounds.open', { roundId: c.round.id });
    await c.as(c.ani.personId);
    const password = c.passwords.get(c.ani.personId)!;
    await c.app.close();

    let next = 0;
    for (let k = 0; k < KILLS; k++) {
      const saved = await runAndKill(
        [join(home, `child-${k}`), c.path, PASSPHRASE, c.ani.personId, password, c.round.id, String(next)],
        150 + k * 97,
      );
      expect(saved.length, 'the child saved something before the kill').toBeGreaterThan(0);
      const last = saved.at(-1)!;

      const t = testApp({ home: join(home, `check-${k}`) });
      await t.call('vault.unlock', { path: c.path, passphrase: PASSPHRASE });
      await t.call('session.signIn', { personId: c.ani.personId, password });
      const queue = await t.call('desk.queue', { roundId: c.round.id });
      const applicants = queue.items.map((i) => i.applicantId);
      // The resume point: the last confirmed save, or the one after it if that committed unreported.
      const inFlight = deskStep(last.i + 1, applicants);
      expect([`${last.applicantId}/${last.criterionId}`, `${inFlight.applicantId}/${inFlight.criterionId}`]).toContain(
        `${queue.resume?.applicantId}/${queue.resume?.criterionId}`,
      );
      // Every confirmed value is there (a later save of the same cell may have replaced it).
      const form = await t.call('desk.applicant', { roundId: c.round.id, applicantId: last.applicantId });
      const stored = form.scores[last.criterionId]?.value;
      expect([
        last.value,
        inFlight.applicantId === last.applicantId && inFlight.criterionId === last.criterionId ? inFlight.value : last.value,
      ]).toContain(stored);
      const check = await t.call('vault.check', {}).catch(() => null);
      expect(check).toBeNull(); // members may not run the check; the chair does below
      await t.app.close();
      next =
        queue.resume &&
        queue.resume.applicantId === inFlight.applicantId &&
        queue.resume.criterionId === inFlight.criterionId &&
        stored === inFlight.value
          ? last.i + 2
          : last.i + 1;
    }
    const t = testApp({ home: join(home, 'final') });
    await t.call('vault.unlock', { path: c.path, passphrase: PASSPHRASE });
    await t.call('session.signIn', { personId: c.chair.personId, password: c.passwords.get(c.chair.personId)! });
    const check = await t.call('vault.check', {});
    expect([check.integrity, check.audit.ok]).toEqual([true, true]);
    await t.app.close();
  }, 120_000);
});
