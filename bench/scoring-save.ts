/**
 * Keypress to durable save: one score change through the real dispatcher (argument parsing,
 * access checks, the one-at-a-time queue, the domain rules, the vault transaction with its
 * audit event, WAL fsync at commit), against the raw cost of one durable SQLite write on the
 * same machine in the same run (an encrypted file with the vault's pragmas, one small
 * upsert in its own transaction: the least a durable save can cost).
 *
 * Measured in alternating blocks (100 raw writes, 100 saves, ...) so both sides share the
 * machine's conditions; BENCH_SAVES (default 1000) of each per round, BENCH_ROUNDS rounds
 * (default 3). Reports p50 and p99 of both per round; the verdict is on the median round.
 * Target: save p99 < 3 x the raw write's p99, percentile against the same percentile. A
 * raw write's own p99 is 4-10 x its median on this machine (fsync jitter of the disk), so a
 * p99 held against a median would measure the disk, not Panelis; that ratio is printed too,
 * as information. The exit code is 0 whatever the verdict.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Args, MethodName, Result } from '../shared/contract';
import type { Envelope } from '../shared/errors';
import { createApp } from '../main/api/app';
import { applyVaultPragmas, openRaw } from '../main/vault/native';
import { interviewSetup } from '../tests/helpers/interview-setup';

const SAVES = Number(process.env.BENCH_SAVES ?? 1000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const BLOCK = 100;
const TARGET = 3;
const PASSPHRASE = 'bench-kuda-lumping-sore-hari-42';

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'panelis-bench-save-'));
  try {
    const app = createApp({ transport: 'web', home: dir, log: () => undefined });
    async function call<M extends MethodName>(method: M, args: Args<M>): Promise<Result<M>> {
      const env = (await app.dispatch(method, args)) as Envelope<Result<M>>;
      if (!env.ok) throw new Error(`${method}: ${env.error.message.en}`);
      return env.value;
    }
    // A committee with one open interview round and one member signed in.
    await call('vault.create', {
      path: join(dir, 'bench.panelis'),
      passphrase: PASSPHRASE,
      passphraseRepeat: PASSPHRASE,
      committeeName: 'Pansel',
      language: 'id',
    });
    const chair = await call('people.setupChair', {
      name: 'Ketua Panitia',
      nip: '',
      password: 'rahasia-ketua',
      passwordRepeat: 'rahasia-ketua',
    });
    const member = await call('people.add', {
      name: 'Anggota Penilai',
      nip: '',
      position: '',
      role: 'member',
      initialPassword: 'sementara-1',
    });
    const sel = await call('selection.create', { template: null, title: 'Seleksi PPPK 2026' });
    await call('selection.update', { selectionId: sel.id, setup: interviewSetup() });
    await call('committee.set', { selectionId: sel.id, personIds: [chair.personId, member.personId] });
    const applicants: string[] = [];
    for (let i = 0; i < 50; i++) {
      applicants.push(
        (await call('applicants.add', { selectionId: sel.id, applicant: { registrationNumber: `B-${1000 + i}`, name: `Pelamar ${i}` } }))
          .id,
      );
    }
    const round_ = await call('rounds.create', { selectionId: sel.id, stageId: 'st-int' });
    await call('rounds.open', { roundId: round_.id });
    await call('session.signOut', {});
    await call('session.signIn', { personId: member.personId, password: 'sementara-1' });
    await call('session.changePassword', {
      currentPassword: 'sementara-1',
      newPassword: 'rahasia-anggota',
      newPasswordRepeat: 'rahasia-anggota',
    });
    const criteria = interviewSetup().stages[1]!.rubric!.criteria.map((c) => c.id);

    // The raw side: its own encrypted file, same pragmas, a small upsert per transaction.
    const raw = openRaw(join(dir, 'raw.db'), PASSPHRASE);
    applyVaultPragmas(raw);
    raw.exec("create table t (k text primary key, v real, note text not null default '', at text not null)");
    const upsert = raw.prepare('insert into t (k, v, at) values (?, ?, ?) on conflict(k) do update set v = excluded.v, at = excluded.at');

    let n = 0;
    const ratios: number[] = [];
    const f = (x: number) => `${x.toFixed(2)} ms`;
    for (let round = 1; round <= ROUNDS; round++) {
      const rawTimes: number[] = [];
      const saveTimes: number[] = [];
      for (let done = 0; done < SAVES; done += BLOCK) {
        for (let i = 0; i < BLOCK; i++) {
          const t0 = performance.now();
          upsert.run(`k${(done + i) % 150}`, (i % 4) + 1, new Date().toISOString());
          rawTimes.push(performance.now() - t0);
        }
        for (let i = 0; i < BLOCK; i++, n++) {
          const args = {
            roundId: round_.id,
            applicantId: applicants[n % applicants.length]!,
            criterionId: criteria[n % criteria.length]!,
            value: (n % 2) + 2,
          };
          const t0 = performance.now();
          const env = await app.dispatch('scores.save', args);
          saveTimes.push(performance.now() - t0);
          if (!env.ok) throw new Error(`scores.save: ${env.error.message.en}`);
        }
      }
      const r50 = percentile(rawTimes, 50);
      const r99 = percentile(rawTimes, 99);
      const s50 = percentile(saveTimes, 50);
      const s99 = percentile(saveTimes, 99);
      ratios.push(s99 / r99);
      console.log(`round ${round}: raw durable write p50 ${f(r50)}, p99 ${f(r99)}; scores.save p50 ${f(s50)}, p99 ${f(s99)}`);
      console.log(
        `  info: save p50 / raw p50 = ${(s50 / r50).toFixed(2)}x; save p99 / raw p50 = ${(s99 / r50).toFixed(2)}x; save p99 / raw p99 = ${(s99 / r99).toFixed(2)}x`,
      );
    }
    raw.close();
    await app.close();
    const ratio = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;
    console.log(
      `keypress-to-save p99 vs raw durable write p99 (median of ${ROUNDS} rounds of ${SAVES}): ${ratio.toFixed(2)}x (target < ${TARGET}) ${ratio < TARGET ? 'PASS' : 'FAIL'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
