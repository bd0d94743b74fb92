#!/usr/bin/env node
/**
 * `npm run demo [-- --force] [-- --vault FILE --out DIR]`: builds (when out/main/cli.js is
 * missing or older than the sources), then runs `panelis demo` with the demo defaults:
 * vault demo/panelis-demo.panelis, documents in demo/dokumen, and a demo passphrase when
 * PANELIS_PASSPHRASE is not set (printed, since it is only a demo).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repo, 'out', 'main', 'cli.js');
const DEFAULT_PASSPHRASE = 'panelis-demo-jambi-2026';

/** Newest modification time under the folders the CLI is built from. */
function newestSource(dirs) {
  let newest = 0;
  const walk = (p) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const d of dirs) if (fs.existsSync(d)) walk(d);
  return newest;
}

const built = fs.existsSync(cli) ? fs.statSync(cli).mtimeMs : 0;
if (built === 0 || newestSource([path.join(repo, 'main'), path.join(repo, 'shared'), path.join(repo, 'package.json')]) > built) {
  console.log('npm run build ...');
  const b = spawnSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit', shell: process.platform === 'win32' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const args = process.argv.slice(2);
if (!args.includes('--vault')) args.push('--vault', path.join(repo, 'demo', 'panelis-demo.panelis'));
if (!args.includes('--out')) args.push('--out', path.join(repo, 'demo', 'dokumen'));

const env = { ...process.env };
if (!env.PANELIS_PASSPHRASE) {
  env.PANELIS_PASSPHRASE = DEFAULT_PASSPHRASE;
  console.log(`PANELIS_PASSPHRASE tidak diisi; frasa sandi demo / not set; demo passphrase: ${DEFAULT_PASSPHRASE}`);
}
const run = spawnSync(process.execPath, [cli, 'demo', ...args], { cwd: repo, stdio: 'inherit', env });
process.exit(run.status ?? 1);
