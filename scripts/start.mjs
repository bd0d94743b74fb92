#!/usr/bin/env node
/**
 * `npm start`: build, then run the desktop app in Electron; when the Electron runtime is not
 * installed (it is downloaded from outside the npm registry), run the same app on
 * loopback in the system browser instead, and say why.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(repo, 'node_modules', 'electron');

function childEnv() {
  const env = { ...process.env };
  // Set in some shells and CI images; it would make the Electron binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

/** The Electron executable, read from path.txt (require('electron') would try to download it). */
function electronBinary() {
  try {
    const relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
    const full = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist'), relative);
    return relative !== '' && fs.existsSync(full) ? full : undefined;
  } catch {
    return undefined;
  }
}

/** Runs a long-lived child with the terminal; Ctrl+C reaches it directly and it decides when to stop. */
function runAttached(command, args) {
  const child = spawn(command, args, { cwd: repo, stdio: 'inherit', env: childEnv() });
  // Stay alive until the child has locked the vault and exited. On POSIX, pass signals on
  // (the child stops idempotently, so getting Ctrl+C twice from the terminal is harmless);
  // on Windows, kill() would end it hard, and the console delivers Ctrl+C to it anyway.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (process.platform !== 'win32') child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Panelis: could not start ${path.basename(command)}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function fallBackToBrowser(why, fix) {
  console.log(
    `\nPanelis: ${why} Instead, the same app (same screens, same encrypted vaults) now runs on this ` +
      `computer only (127.0.0.1) and opens in your web browser. To get the desktop app, ${fix}\n`,
  );
  const host = path.join(repo, 'out', 'main', 'host.js');
  if (!fs.existsSync(host)) {
    console.error('Panelis: out/main/host.js is missing after the build; cannot start the browser version.');
    process.exit(1);
  }
  // The token goes to the browser only; `npm start -- --print-token` also prints it.
  const printToken = process.argv.includes('--print-token') ? ['--print-token'] : [];
  runAttached(process.execPath, [host, '--open', ...printToken]);
}

// 1. Build main, preload and renderer.
const electronVite = path.join(repo, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
if (!fs.existsSync(electronVite)) {
  console.error('Panelis: electron-vite is not installed. Run `npm install` first.');
  process.exit(1);
}
const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: repo, stdio: 'inherit', env: childEnv() });
if (build.status !== 0) process.exit(build.status ?? 1);

// 2. The Electron runtime: present, or one quick attempt to fetch it.
let binary = electronBinary();
if (binary === undefined && fs.existsSync(path.join(electronDir, 'install.js'))) {
  console.log('Panelis: the Electron runtime is not installed; trying to download it once (at most 60 s)…');
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: 'ignore',
    env: childEnv(),
    timeout: 60_000,
  });
  binary = electronBinary();
}

if (binary === undefined) {
  fallBackToBrowser(
    "Electron's runtime is not part of the npm package: it is downloaded separately, from outside the npm registry, and that " +
      'download is not possible from this machine, so the desktop window cannot open.',
    'run `npx install-electron` where the network allows it, then `npm start` again.',
  );
} else {
  // 3. The SQLite module built for Electron (skips itself when up to date).
  const native = spawnSync(process.execPath, [path.join(repo, 'scripts', 'electron-native.mjs')], {
    cwd: repo,
    stdio: 'inherit',
    env: childEnv(),
  });
  if (native.status !== 0) {
    fallBackToBrowser(
      'the encrypted-database module could not be built for Electron (see the message above), so the ' +
        'desktop app could not open vaults.',
      'run `npm run electron:native` where electronjs.org is reachable, then `npm start` again.',
    );
  } else {
    // 4. The desktop app: the repo folder is the app (package.json "main" -> out/main/index.js).
    runAttached(binary, [repo, ...process.argv.slice(2)]);
  }
}
