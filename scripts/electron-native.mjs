#!/usr/bin/env node
/**
 * `npm run electron:native`: builds better-sqlite3-multiple-ciphers for Electron into
 * .electron-native/better_sqlite3.node, from a temporary copy of the package, so
 * node_modules keeps its Node build. Tests, the CLI and the host use node_modules; the
 * Electron app in development loads the copy here (main/electron/native-binding.ts).
 * Packaged builds do not need this: electron-builder rebuilds node_modules itself.
 *
 * Skips when .electron-native/VERSION already names this Electron, module version and
 * platform. `--force` rebuilds anyway.
 * Offline: set PANELIS_ELECTRON_NODEDIR to a folder with Electron's headers (e.g. an
 * unpacked node-v<version>-headers.tar.gz from electronjs.org/headers) to skip the download.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(repo, '.electron-native');
const binaryName = 'better_sqlite3.node';
const moduleName = 'better-sqlite3-multiple-ciphers';

class Failure extends Error {}

function readVersion(pkgDir, what) {
  try {
    return JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  } catch {
    throw new Failure(`${what} is not installed (${path.relative(repo, pkgDir)} missing). Run \`npm install\` first.`);
  }
}

function findNodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    path.join(repo, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    // npm's own copy, next to the running Node (Unix layout, then Windows layout).
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const found = candidates.find((c) => c && c.endsWith('.js') && fs.existsSync(c));
  if (!found) {
    throw new Failure('node-gyp was not found (neither in node_modules nor bundled with npm). Install it with `npm install -g node-gyp`.');
  }
  return found;
}

/** Why a failed build failed, in one sentence, from node-gyp's log. */
function diagnose(log) {
  if (
    /network connectivity|behind a proxy|getaddrinfo|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|socket hang up|self[- ]signed|certificate|status(Code)? ?[:=]? ?(403|404|5\d\d)/i.test(
      log,
    )
  ) {
    return 'the Electron headers could not be downloaded from electronjs.org (no network access to it from this machine)';
  }
  if (
    /Could not find any Python|gyp ERR! find Python|No Xcode|xcode-select|MSBuild|Visual Studio|make: (not found|command not found)|g\+\+: (not found|command not found)|cc: (not found|command not found)|No such file or directory.*(make|g\+\+|cc)\b/i.test(
      log,
    )
  ) {
    return 'a C/C++ build tool is missing (Python 3, make and a C++ compiler; on Windows, Visual Studio Build Tools)';
  }
  return 'node-gyp reported an error while compiling';
}

function sanitizedEnv() {
  const env = { ...process.env };
  // An npm-wide nodedir/target (this machine's .npmrc sets nodedir for Node builds) would
  // silently build against Node's headers instead of Electron's.
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|devdir|build_from_source)$/i.test(key)) delete env[key];
  }
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

function main() {
  const force = process.argv.includes('--force');
  const electronVersion = readVersion(path.join(repo, 'node_modules', 'electron'), 'electron');
  const moduleDir = path.join(repo, 'node_modules', moduleName);
  const moduleVersion = readVersion(moduleDir, moduleName);
  const stamp = `electron@${electronVersion} ${moduleName}@${moduleVersion} ${process.platform}-${process.arch}`;
  const binary = path.join(outDir, binaryName);
  const versionFile = path.join(outDir, 'VERSION');

  if (!force && fs.existsSync(binary) && fs.existsSync(versionFile) && fs.readFileSync(versionFile, 'utf8').trim() === stamp) {
    console.log(`Panelis: SQLite module for Electron ${electronVersion} is up to date (.electron-native/).`);
    return 0;
  }

  const nodeGyp = findNodeGyp();
  fs.mkdirSync(outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'panelis-electron-native-'));
  const pkgDir = path.join(work, moduleName);
  const logFile = path.join(outDir, 'build.log');
  try {
    // A copy without the Node build/ folder: nothing in node_modules is touched.
    fs.cpSync(moduleDir, pkgDir, {
      recursive: true,
      filter: (src) => {
        const rel = path.relative(moduleDir, src);
        return (
          rel !== 'build' && !rel.startsWith(`build${path.sep}`) && rel !== 'node_modules' && !rel.startsWith(`node_modules${path.sep}`)
        );
      },
    });

    const headers = process.env.PANELIS_ELECTRON_NODEDIR;
    const args = [
      nodeGyp,
      'rebuild',
      '--release',
      '--jobs=max',
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      ...(headers
        ? [`--nodedir=${path.resolve(headers)}`]
        : ['--dist-url=https://electronjs.org/headers', `--devdir=${path.join(os.homedir(), '.electron-gyp')}`]),
    ];
    console.log(`Panelis: building the SQLite module for Electron ${electronVersion} (a few minutes; log: .electron-native/build.log)…`);
    const log = fs.openSync(logFile, 'w');
    let result;
    try {
      result = spawnSync(process.execPath, args, {
        cwd: pkgDir,
        env: sanitizedEnv(),
        stdio: ['ignore', log, log],
        timeout: 30 * 60 * 1000,
      });
    } finally {
      fs.closeSync(log);
    }
    const built = path.join(pkgDir, 'build', 'Release', binaryName);
    if (result.error || result.status !== 0 || !fs.existsSync(built)) {
      const text = fs.readFileSync(logFile, 'utf8');
      const why = result.error?.code === 'ETIMEDOUT' ? 'the build took longer than 30 minutes and was stopped' : diagnose(text);
      throw new Failure(
        `could not build the SQLite module for Electron ${electronVersion}: ${why}.\n` +
          '  Until it exists the desktop app cannot open vaults; `npm start` falls back to the browser version, and tests are unaffected.\n' +
          '  To fix: run `npm run electron:native` where electronjs.org is reachable (the headers are then cached in ~/.electron-gyp),\n' +
          '  or set PANELIS_ELECTRON_NODEDIR to a folder holding the Electron headers.\n' +
          `  Full log: ${path.relative(repo, logFile)}`,
      );
    }
    const tmpBinary = `${binary}.tmp-${process.pid}`;
    fs.copyFileSync(built, tmpBinary);
    fs.renameSync(tmpBinary, binary);
    fs.writeFileSync(versionFile, `${stamp}\n`);
    console.log(`Panelis: built ${path.relative(repo, binary)} for Electron ${electronVersion}.`);
    return 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main();
} catch (error) {
  const message = error instanceof Failure ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  console.error(`Panelis: ${message}`);
  process.exitCode = 1;
}
