/**
 * Crash safety through the dispatcher (issue 14, point 6). A child process
 * (tests/helpers/score-writer.ts) is a member at the scoring desk: it unlocks the vault
 * through `createApp` (the dispatcher every transport uses), signs in and calls
 * `scores.save` for ever, reporting `saved <i>` only after the save answered. The parent
 * kills it with SIGKILL at seeded random moments: mostly while it saves, every fifth time
 * while it unlocks and signs in (verification, writer lock, read-write open, the sign-in's
 * audit event). After every kill:
 *
 * - the `vault check` logic (integrity of every page, the audit chain, every signed sheet,
 *   final-result snapshots) is clean;
 * - every acknowledged save is in the audit trail, the saves present are exactly 0..max
 *   (none lost in the middle), and each cell of the scores table holds what its newest save
 *   event says (the score and its event committed together);
 * - the next child can unlock: a killed Panelis leaves no stale writer lock.
 *
 * The child is bundled once with esbuild (tsx would add about 1.5 s to each of the 50+
 * starts) and started while the parent still checks the previous kill; it waits for `go <start>`.
 * Knobs: CRASH_SEED, CRASH_KILLS (default and minimum 50).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../main/domain/audit/chain';
import { verifySnapshots } from '../../main/domain/deliberation/verify-snapshots';
import { verifySheets } from '../../main/domain/scoring/verify-sheets';
import { closeVault, integrityCheck, openVaultReadOnly } from '../../main/vault/vault';
import { scoringCommittee } from '../helpers/scoring';
import { PASSPHRASE, useTempDir } from '../helpers/temp';
import { mulberry32 } from '../../main/demo/scores';

const ROOT = resolve(__dirname, '../..');
const WRITER_SOURCE = join(ROOT, 'tests/helpers/score-writer.ts');
/** Inside node_modules so the bundle's external packages resolve from the repository. */
const BUNDLE_DIR = join(ROOT, 'node_modules/.cache/panelis-dispatcher-crash');
const SEED = Number(process.env.CRASH_SEED ?? 0x00c0_ffee);
const KILLS = Math.max(50, Number(process.env.CRASH_KILLS ?? 50));
const OPENING_EVERY = 5;
const SAVE_KILL_MAX_MS = 200;
const OPENING_KILL_MAX_MS = 700;
const READY_TIMEOUT_MS = 20_000;
const tempDir = useTempDir('panelis-dcrash-');

/** The demo's seeded generator (mulberry32) spreads the kill moments. */
const rng = mulberry32;

interface Writer {
  child: ChildProcess;
  /** Lets the child work from save `start`; kills it `delayMs` after it reached `phase`. */
  run(
    start: number,
    phase: 'opening' | 'ready',
    delayMs: number,
  ): Promise<{ saved: number[]; signal: NodeJS.Signals | null; stderr: string; readyMs: number }>;
}

function startWriter(bundle: string, argv: string[]): Writer {
  const child = spawn(process.execPath, [bundle, ...argv], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => (stderr += d));
  const lines: string[] = [];
  let onLine: ((line: string) => void) | null = null;
  let pending = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (d: string) => {
    pending += d;
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      if (onLine) onLine(line);
      else lines.push(line);
    }
  });
  const closed = new Promise<{ signal: NodeJS.Signals | null }>((r) => child.on('close', (_code, signal) => r({ signal })));
  return {
    child,
    run(start, phase, delayMs) {
      const saved: number[] = [];
      const go = Date.now();
      let readyMs = -1;
      const timeout = setTimeout(() => child.kill('SIGKILL'), READY_TIMEOUT_MS);
      let armed = false;
      onLine = (line) => {
        if (line === 'ready') readyMs = Date.now() - go;
        if (line === phase && !armed) {
          armed = true;
          clearTimeout(timeout);
          setTimeout(() => child.kill('SIGKILL'), delayMs);
        }
        const m = /^saved (\d+)$/.exec(line);
        if (m) saved.push(Number(m[1]));
      };
      lines.splice(0).forEach((l) => onLine!(l));
      child.stdin!.on('error', () => undefined);
      child.stdin!.write(`go ${start}\n`);
      return closed.then(({ signal }) => {
        clearTimeout(timeout);
        return { saved, signal, stderr, readyMs };
      });
    },
  };
}

interface Inspection {
  check: { integrity: boolean; integrityMessage: string; audit: boolean; auditReason: string; sheets: boolean; snapshots: boolean };
  saves: Set<number>;
  cellsAgree: string[];
}

/** `vault check`'s four checks (as main/cli/vault-commands.ts runs them), and the saves in the vault. */
async function inspect(path: string, personId: string): Promise<Inspection> {
  const vault = openVaultReadOnly(path, PASSPHRASE);
  try {
    const integrity = integrityCheck(vault);
    const audit = await verifyAuditChain(vault);
    const sheets = await verifySheets(vault.db);
    const snapshots = await verifySnapshots(vault.db);
    const events = vault.raw
      .prepare("select summary from audit_events where action = 'scores.save' and actor_id = ? order by seq")
      .all(personId) as { summary: string }[];
    const saves = new Set<number>();
    const newest = new Map<string, { value: number | null; note: string }>();
    for (const e of events) {
      const s = JSON.parse(e.summary) as { after: { value: number | null; note: string }; applicantId: string; criterionId: string };
      const n = Number(/^save (\d+)$/.exec(s.after.note)?.[1] ?? NaN);
      if (Number.isNaN(n) || saves.has(n)) throw new Error(`unexpected save event ${e.summary}`);
      saves.add(n);
      newest.set(`${s.applicantId}/${s.criterionId}`, s.after);
    }
    const cellsAgree: string[] = [];
    const rows = vault.raw.prepare('select applicant_id, criterion_id, value, note from scores where person_id = ?').all(personId) as {
      applicant_id: string;
      criterion_id: string;
      value: number | null;
      note: string;
    }[];
    for (const r of rows) {
      const e = newest.get(`${r.applicant_id}/${r.criterion_id}`);
      if (!e || e.value !== r.value || e.note !== r.note)
        cellsAgree.push(`${r.applicant_id}/${r.criterion_id}: table ${r.value} "${r.note}", event ${JSON.stringify(e)}`);
    }
    if (rows.length !== newest.size) cellsAgree.push(`${rows.length} cells in the table, ${newest.size} in the audit trail`);
    return {
      check: {
        integrity: integrity.ok,
        integrityMessage: integrity.message,
        audit: audit.ok,
        auditReason: audit.ok ? '' : `#${audit.brokenAt}: ${audit.reason}`,
        sheets: sheets.ok,
        snapshots: snapshots.ok,
      },
      saves,
      cellsAgree,
    };
  } finally {
    await closeVault(vault);
  }
}

describe('crash safety through the dispatcher', () => {
  it(`keeps every acknowledged scores.save through ${KILLS} SIGKILLs, vault check clean after each (seed ${SEED})`, async () => {
    const began = Date.now();
    mkdirSync(BUNDLE_DIR, { recursive: true });
    const bundle = join(BUNDLE_DIR, 'score-writer.cjs');
    await build({
      entryPoints: [WRITER_SOURCE],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      outfile: bundle,
      logLevel: 'error',
    });

    const home = tempDir();
    const c = await scoringCommittee(home);
    await c.call('rounds.open', { roundId: c.round.id });
    await c.as(c.ani.personId); // first sign-in: the one-time password is changed
    const password = c.passwords.get(c.ani.personId)!;
    await c.app.close();
    const setupMs = Date.now() - began;

    const random = rng(SEED);
    const argv = (k: number) => [join(home, `child-${k}`), c.path, PASSPHRASE, c.ani.personId, password, c.round.id];
    const acknowledged = new Set<number>();
    let next = 0;
    let unreported = 0;
    let checkMs = 0;
    let readyMs = 0;
    let readies = 0;
    let writer = startWriter(bundle, argv(0));
    for (let k = 0; k < KILLS; k++) {
      const phase = (k + 1) % OPENING_EVERY === 0 ? 'opening' : 'ready';
      const delay = Math.round(random() * (phase === 'opening' ? OPENING_KILL_MAX_MS : SAVE_KILL_MAX_MS));
      const where = `kill ${k + 1}/${KILLS} (seed ${SEED}, ${delay} ms after "${phase}", saves from ${next})`;
      const run = await writer.run(next, phase, delay);
      if (run.readyMs >= 0) {
        readyMs += run.readyMs;
        readies++;
      }
      if (run.signal !== 'SIGKILL') throw new Error(`${where}: the writer ended by itself (${run.signal})\n${run.stderr}`);
      run.saved.forEach((n, j) => {
        if (n !== next + j) throw new Error(`${where}: save ${n} reported where ${next + j} was due`);
        acknowledged.add(n);
      });

      // While this kill is checked, the next child starts (it waits for "go").
      const t0 = Date.now();
      writer = startWriter(bundle, argv(k + 1));
      const state = await inspect(c.path, c.ani.personId);
      checkMs += Date.now() - t0;

      expect(state.check, `${where}: vault check`).toEqual({
        integrity: true,
        integrityMessage: 'ok',
        audit: true,
        auditReason: '',
        sheets: true,
        snapshots: true,
      });
      const missing = [...acknowledged].filter((n) => !state.saves.has(n));
      expect(missing, `${where}: acknowledged saves missing`).toEqual([]);
      const max = Math.max(-1, ...state.saves);
      expect(state.saves.size, `${where}: saves present are not exactly 0..${max}`).toBe(max + 1);
      expect(state.cellsAgree, `${where}: a score and its audit event did not commit together`).toEqual([]);
      unreported += max + 1 - (run.saved.length > 0 ? run.saved[run.saved.length - 1]! + 1 : next);
      next = max + 1;
    }
    writer.child.kill('SIGKILL');

    const seconds = (Date.now() - began) / 1000;
    console.info(
      `dispatcher crash test: ${KILLS} SIGKILLs (${Math.floor(KILLS / OPENING_EVERY)} while unlocking/signing in) in ${seconds.toFixed(1)} s ` +
        `(set-up ${(setupMs / 1000).toFixed(1)} s, mean unlock+sign-in ${(readyMs / Math.max(1, readies)).toFixed(0)} ms, ` +
        `mean check ${(checkMs / KILLS).toFixed(0)} ms, load average ${loadavg()[0]!.toFixed(1)}); ` +
        `${acknowledged.size} acknowledged saves all present, ${next} in the vault (${unreported} committed but killed before answering)`,
    );
    expect(acknowledged.size).toBeGreaterThan(KILLS);
    // Generous: on a shared two-core machine under load the 50 kills took up to three minutes.
  }, 420_000);
});
