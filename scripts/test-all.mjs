#!/usr/bin/env node
// `npm test`: every suite in one run, then one closing line summing them all:
// "N passed, N failed, N skipped". Static checks (build, type-checks, lint) count as one
// test each, so a run that executed nothing is visible and a broken build is a failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  process.stdout.write(`\n=== ${label}: ${command} ${args.join(' ')}\n`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) totals.passed++;
  else {
    totals.failed++;
    failures.push(label);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

check('build', npx, ['electron-vite', 'build']);
check('typecheck main+shared+tests', npx, ['tsc', '-p', 'tsconfig.json']);
check('typecheck shared (no Node, no DOM)', npx, ['tsc', '-p', 'tsconfig.shared.json']);
check('typecheck renderer', npx, ['tsc', '-p', 'tsconfig.renderer.json']);
check('typecheck electron glue', npx, ['tsc', '-p', 'tsconfig.electron.json']);
check('typecheck end-to-end tests', npx, ['tsc', '-p', 'tsconfig.e2e.json']);
check('lint (incl. layering)', npx, ['eslint', '.']);
check('format (prettier --check)', npx, ['prettier', '--check', '**/*.{ts,tsx,mjs,cjs,js}']);
// Electronegativity on the Electron glue (after the build: it reads out/preload and out/renderer);
// fails on any finding not in scripts/electron-scan-allow.json.
check('electron security scan', process.execPath, ['scripts/electron-scan.mjs']);

// Unit and integration tests (Vitest, plain Node, real encrypted vaults in temp dirs).
const vitestJson = join(results, 'vitest.json');
rmSync(vitestJson, { force: true });
const vitestOk = run('unit + integration', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
const v = readJson(vitestJson);
if (v) {
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests;
  totals.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  if (v.numFailedTests > 0 || !vitestOk) failures.push('unit + integration');
  // A file that fails to load counts as a failure even if no test inside it ran.
  if (!vitestOk && v.numFailedTests === 0) totals.failed++;
} else {
  totals.failed++;
  failures.push('unit + integration (no report)');
}

// End-to-end: Playwright in Debian's Chromium through the loopback host, and the Electron smoke test.
const e2eJson = join(results, 'e2e-report.json');
rmSync(e2eJson, { force: true });
const e2eOk = run('end-to-end', npx, ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
const e = readJson(e2eJson);
// Skipped tests say why (e.g. no Electron runtime on this machine): print each reason once.
const skipReasons = new Map();
(function collect(suites = []) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const why = (t.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'no reason given';
        skipReasons.set(why, (skipReasons.get(why) ?? 0) + 1);
      }
    }
    collect(suite.suites);
  }
})(e?.suites);
for (const [why, n] of skipReasons) process.stdout.write(`\nskipped ${n}: ${why}\n`);
if (e?.stats) {
  totals.passed += e.stats.expected + (e.stats.flaky ?? 0);
  totals.failed += e.stats.unexpected;
  totals.skipped += e.stats.skipped;
  if (e.stats.unexpected > 0) failures.push('end-to-end');
  if (!e2eOk && e.stats.unexpected === 0) {
    totals.failed++;
    failures.push('end-to-end (runner error)');
  }
} else {
  totals.failed++;
  failures.push('end-to-end (no report)');
}

if (failures.length) process.stdout.write(`\nFailed: ${failures.join(', ')}\n`);
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}\n`);
process.exit(totals.failed > 0 ? 1 : 0);
