#!/usr/bin/env node
// Runs every bench/*.ts in turn with tsx (sequentially, stdio inherited). A benchmark
// reports; it does not gate: the exit code is non-zero only if a benchmark errored.
// Usage: npm run bench [-- name-filter]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const filter = process.argv[2];
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort();

if (files.length === 0) {
  console.error(`bench: no benchmark in ${benchDir}${filter ? ` matching "${filter}"` : ''}`);
  process.exit(1);
}

const failed = [];
for (const f of files) {
  console.log(`\n=== bench/${f} ===`);
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(benchDir, f)], { cwd: root, stdio: 'inherit' });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : r.signal ? `signal ${r.signal}` : `exit code ${r.status}`;
    console.error(`=== bench/${f} FAILED (${why}) after ${secs} s ===`);
    failed.push(f);
  } else {
    console.log(`=== bench/${f} done in ${secs} s ===`);
  }
}

if (failed.length > 0) {
  console.error(`\nbench: ${failed.length} of ${files.length} failed: ${failed.join(', ')}`);
  process.exit(1);
}
