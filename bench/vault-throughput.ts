/**
 * Encrypted vault vs plain SQLite: throughput of the encrypted file as a ratio of plain
 * SQLite's, on the same machine, with the same native module (better-sqlite3-multiple-
 * ciphers), the same schema and the same pragmas as a vault connection (auto_vacuum FULL as
 * createVault sets it, then applyVaultPragmas: WAL, synchronous FULL, ...). The encrypted
 * side is keyed by the vault's own openRaw/applyKey, i.e. the real SQLCipher v4
 * configuration (4096-byte pages, AES-256-CBC, HMAC-SHA512 per page, PBKDF2 256000).
 *
 * Measured, per side, in alternating rounds (median reported):
 *   insert  1,000,000 score rows in one transaction with a prepared statement (commit included)
 *   agg     group by applicant and criterion (avg, count, min, max), on a freshly reopened
 *           connection (cold SQLite page cache: every page is read and, encrypted, decrypted
 *           and authenticated) and again warm (same connection, repeated)
 *   unlock  opening and keying the file (PBKDF2) is shown apart: a one-off per unlock, not
 *           a throughput.
 * Target: encrypted/plain throughput >= 0.8 for insert and both aggregates. The exit code
 * is 0 whatever the verdict (a benchmark reports), non-zero only on errors.
 *
 * What the encrypted side pays for (measured while writing this, see the info lines): the
 * per-page HMAC-SHA512 dominates (~20-25 us per 4 KiB page here; with HMAC off the scan
 * costs about what plain does, so AES-256-CBC is cheap). A write pays it three times per
 * page: encrypt into the WAL at commit, then the auto-checkpoint reads (decrypts and
 * verifies) the frame and encrypts it again into the main file, because the cipher sits in
 * a VFS layer under the pager. Reads pay it once per page not in SQLite's page cache.
 *
 * Environment: BENCH_ROWS (default 1000000), BENCH_ROUNDS (default 5), BENCH_CACHE_SIZE
 * (a `PRAGMA cache_size` value applied to both sides, to investigate; default: SQLite's).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyVaultPragmas, openRaw, type RawDb } from '../main/vault/native';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const WARM_REPEATS = 3;
const CACHE_SIZE = process.env.BENCH_CACHE_SIZE;
const TARGET = 0.8;
const PASSPHRASE = 'bench-kuda-lumping-sore-hari-42';

const APPLICANTS = 10_000;
const MEMBERS = 10;
const CRITERIA = 10;

type Side = 'plain' | 'encrypted';

/** Wall-clock and process CPU time (user + system) of one measured step, in ms. */
interface Timing {
  wall: number;
  cpu: number;
}

interface Run {
  insert: Timing;
  /** The part of `insert` spent in COMMIT (WAL write, fsync, auto-checkpoint). */
  commit: Timing;
  /** Full scan on the reopened connection, `select sum(value)`: page reads with little else. */
  scan: Timing;
  unlock: Timing;
  aggCold: Timing;
  aggWarm: Timing;
  groups: number;
  fileBytes: number;
  pages: number;
}

type TimingKey = 'insert' | 'commit' | 'scan' | 'unlock' | 'aggCold' | 'aggWarm';

/** A stopwatch for both clocks: CPU time is far less disturbed by other processes. */
function stopwatch(): () => Timing {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const d = process.cpuUsage(cpu);
    return { wall: performance.now() - wall, cpu: (d.user + d.system) / 1000 };
  };
}

function medianTiming(ts: Timing[]): Timing {
  return { wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) };
}

interface Data {
  applicant: Int32Array;
  member: Int32Array;
  criterion: Int32Array;
  value: Float64Array;
  note: (string | null)[];
  savedAt: string[];
}

/** Values made before any timing, so both sides time only SQLite's work (and the binding's). */
function makeData(rows: number): Data {
  let seed = 0x2024_0817;
  const rand = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const d: Data = {
    applicant: new Int32Array(rows),
    member: new Int32Array(rows),
    criterion: new Int32Array(rows),
    value: new Float64Array(rows),
    note: new Array<string | null>(rows),
    savedAt: new Array<string>(rows),
  };
  const base = Date.UTC(2025, 7, 17, 1, 0, 0);
  for (let i = 0; i < rows; i++) {
    d.criterion[i] = (i % CRITERIA) + 1;
    d.member[i] = (Math.floor(i / CRITERIA) % MEMBERS) + 1;
    d.applicant[i] = (Math.floor(i / (CRITERIA * MEMBERS)) % APPLICANTS) + 1;
    d.value[i] = Math.round(rand() * 1000) / 10; // 0.0 .. 100.0
    d.note[i] = i % 10 === 0 ? `catatan penilai untuk baris ${i}` : null;
    d.savedAt[i] = new Date(base + i * 37).toISOString();
  }
  return d;
}

const SCHEMA = `create table scores (
  id integer primary key,
  applicant_id integer not null,
  member_id integer not null,
  criterion_id integer not null,
  value real not null,
  note text,
  saved_at text not null
)`;

const AGGREGATE = `select applicant_id, criterion_id, avg(value), count(*), min(value), max(value)
  from scores group by applicant_id, criterion_id`;

function open(file: string, side: Side): RawDb {
  const db = openRaw(file, side === 'encrypted' ? PASSPHRASE : null);
  if (CACHE_SIZE !== undefined) db.pragma(`cache_size = ${Number(CACHE_SIZE)}`);
  return db;
}

/** Both sides must really run as a vault connection does (WAL, synchronous FULL). */
function checkPragmas(db: RawDb, side: Side): void {
  const journal = String(db.pragma('journal_mode', { simple: true }));
  const sync = Number(db.pragma('synchronous', { simple: true }));
  if (journal !== 'wal' || sync !== 2) throw new Error(`${side}: journal_mode ${journal}, synchronous ${sync}`);
}

/** ...and only the encrypted side be encrypted (checked once the WAL is checkpointed). */
function checkHeader(file: string, side: Side): void {
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  const plainHeader = head.toString('latin1') === 'SQLite format 3\0';
  if (plainHeader !== (side === 'plain')) throw new Error(`${side}: unexpected file header ${head.toString('hex')}`);
}

function aggregate(db: RawDb): number {
  const rows = db.prepare(AGGREGATE).raw(true).all() as unknown[][];
  return rows.length;
}

function runOnce(side: Side, data: Data): Run {
  const dir = mkdtempSync(join(tmpdir(), 'panelis-bench-'));
  const file = join(dir, `${side}.db`);
  try {
    // Build: the pragmas of createVault (auto_vacuum before the first table, then durability).
    let db = open(file, side);
    db.pragma('auto_vacuum = FULL');
    applyVaultPragmas(db);
    db.exec(SCHEMA);
    const insert = db.prepare(
      'insert into scores (applicant_id, member_id, criterion_id, value, note, saved_at) values (?, ?, ?, ?, ?, ?)',
    );
    const commitWatch: { stop: (() => Timing) | null } = { stop: null };
    const fill = db.transaction((n: number) => {
      for (let i = 0; i < n; i++) {
        insert.run(data.applicant[i], data.member[i], data.criterion[i], data.value[i], data.note[i], data.savedAt[i]);
      }
      commitWatch.stop = stopwatch(); // what follows is better-sqlite3's COMMIT
    });
    checkPragmas(db, side);
    const insertWatch = stopwatch();
    fill(ROWS);
    const insertTiming = insertWatch();
    const commitTiming = commitWatch.stop?.() ?? { wall: Number.NaN, cpu: Number.NaN };
    db.close();
    checkHeader(file, side);

    // Cold: a new connection, so SQLite's page cache is empty (the OS file cache is not:
    // what is measured is SQLite's work and the cipher's, not the disk).
    const unlockWatch = stopwatch();
    db = open(file, side);
    applyVaultPragmas(db);
    db.prepare('select count(*) from sqlite_master').get(); // derives the key (encrypted)
    const unlock = unlockWatch();
    checkPragmas(db, side);
    const pages = Number(db.pragma('page_count', { simple: true }));

    const coldWatch = stopwatch();
    const groups = aggregate(db);
    const aggCold = coldWatch();

    const warm: Timing[] = [];
    for (let i = 0; i < WARM_REPEATS; i++) {
      const w = stopwatch();
      const g = aggregate(db);
      warm.push(w());
      if (g !== groups) throw new Error(`aggregate returned ${g} groups, then ${groups}`);
    }
    const scan: Timing[] = [];
    for (let i = 0; i < WARM_REPEATS; i++) {
      const w = stopwatch();
      db.prepare('select sum(value) from scores').get();
      scan.push(w());
    }
    db.close();
    return {
      insert: insertTiming,
      commit: commitTiming,
      scan: medianTiming(scan),
      unlock,
      aggCold,
      aggWarm: medianTiming(warm),
      groups,
      fileBytes: statSync(file).size,
      pages,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const hi = s[mid] ?? Number.NaN;
  return s.length % 2 === 1 ? hi : ((s[mid - 1] ?? Number.NaN) + hi) / 2;
}

function fmtMs(ms: number): string {
  return `${ms.toFixed(0)} ms`;
}

function fmtRate(perSec: number): string {
  return perSec >= 1e6 ? `${(perSec / 1e6).toFixed(2)} M/s` : `${(perSec / 1e3).toFixed(0)} k/s`;
}

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

function main(): void {
  console.log(
    `vault throughput: ${ROWS.toLocaleString('en')} score rows, ${ROUNDS} alternating round(s) (median), ` +
      `cache_size ${CACHE_SIZE ?? 'default'}, node ${process.version}, ${process.platform}/${process.arch}`,
  );
  const t0 = performance.now();
  const data = makeData(ROWS);
  console.log(`data prepared in ${fmtMs(performance.now() - t0)}`);

  const runs: Record<Side, Run[]> = { plain: [], encrypted: [] };
  for (let r = 0; r < ROUNDS; r++) {
    const order: Side[] = r % 2 === 0 ? ['plain', 'encrypted'] : ['encrypted', 'plain'];
    for (const side of order) {
      const run = runOnce(side, data);
      runs[side].push(run);
      console.log(
        `  round ${r + 1} ${pad(side, 9)} insert ${pad(fmtMs(run.insert.wall), 8, true)}  ` +
          `agg cold ${pad(fmtMs(run.aggCold.wall), 8, true)}  agg warm ${pad(fmtMs(run.aggWarm.wall), 8, true)}  ` +
          `unlock ${pad(fmtMs(run.unlock.wall), 7, true)}  ${run.pages} pages, ${(run.fileBytes / 1e6).toFixed(1)} MB`,
      );
    }
  }
  const groups = new Set([...runs.plain, ...runs.encrypted].map((r) => r.groups));
  if (groups.size !== 1) throw new Error(`the aggregate disagreed between runs: ${[...groups].join(', ')} groups`);

  const med = (side: Side, k: TimingKey, clock: keyof Timing): number => median(runs[side].map((r) => r[k][clock]));
  const lines: { name: string; key: TimingKey; gated: boolean }[] = [
    { name: 'insert 1 tx', key: 'insert', gated: true },
    { name: 'aggregate, cold', key: 'aggCold', gated: true },
    { name: 'aggregate, warm', key: 'aggWarm', gated: true },
    { name: '  insert: commit', key: 'commit', gated: false },
    { name: 'full scan (sum)', key: 'scan', gated: false },
    { name: 'unlock (open+key)', key: 'unlock', gated: false },
  ];

  console.log('');
  console.log(
    `${pad('operation', 18)} ${pad('plain', 9, true)} ${pad('rows/s', 10, true)} ${pad('encrypted', 10, true)} ` +
      `${pad('rows/s', 10, true)} ${pad('enc/plain', 10, true)} ${pad('(cpu)', 7, true)}  target (on wall time)`,
  );
  let failures = 0;
  for (const l of lines) {
    const p = med('plain', l.key, 'wall');
    const e = med('encrypted', l.key, 'wall');
    const ratio = p / e; // throughput ratio: (rows / e) / (rows / p)
    const cpuRatio = med('plain', l.key, 'cpu') / med('encrypted', l.key, 'cpu');
    const rate = (ms: number): string => (l.gated ? fmtRate((ROWS / ms) * 1000) : '-');
    const verdict = l.gated ? (ratio >= TARGET ? 'PASS' : 'FAIL') : `info (+${fmtMs(e - p)})`;
    if (verdict === 'FAIL') failures++;
    console.log(
      `${pad(l.name, 18)} ${pad(fmtMs(p), 9, true)} ${pad(rate(p), 10, true)} ${pad(fmtMs(e), 10, true)} ` +
        `${pad(rate(e), 10, true)} ${pad(l.gated ? `${ratio.toFixed(2)}x` : '-', 10, true)} ` +
        `${pad(l.gated ? `${cpuRatio.toFixed(2)}x` : '-', 7, true)}  ` +
        `${l.gated ? `>= ${TARGET.toFixed(1)}x ${verdict}` : verdict}`,
    );
  }
  const medOf = (side: Side, k: 'pages'): number => median(runs[side].map((r) => r[k]));
  const pp = medOf('plain', 'pages');
  const ep = medOf('encrypted', 'pages');
  console.log(
    `\nfile: plain ${pp} pages, encrypted ${ep} pages (+${(((ep - pp) / pp) * 100).toFixed(1)}%: SQLCipher keeps 80 ` +
      `of each 4096-byte page for IV and HMAC); ${[...groups][0]} groups per aggregate`,
  );
  console.log(
    'times are medians of wall-clock time; (cpu) is the same ratio on process CPU time, ' +
      'steadier when other processes compete for the cores',
  );
  console.log(
    failures === 0
      ? `verdict: encrypted throughput within target on every line`
      : `verdict: ${failures} line(s) below the ${TARGET}x target (reported, not gating)`,
  );
}

try {
  main();
} catch (e) {
  console.error(`vault-throughput failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
}
