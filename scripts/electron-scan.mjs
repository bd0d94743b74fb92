#!/usr/bin/env node
// `npm run scan:electron`: Electronegativity (Doyensec's static scanner for Electron
// misconfigurations) over the Electron glue, failing on any finding that is not in the
// reviewed allow-list (scripts/electron-scan-allow.json).
//
// What is scanned: one folder staged with the repository's own paths, so every finding
// names a real file and line:
//   main/electron/**            the glue as written (TypeScript: window, protocol, IPC, preload...)
//   out/preload/preload.js      the preload exactly as Electron loads it (after `npm run build`)
//   out/renderer/index.html     the page as shipped, with its CSP <meta>
//   package.json                scripts and the Electron version range
// plus two files the script writes from the real code (run through tsx), because the scanner
// cannot follow a function call: evaluated/secure-window-options.js, `new BrowserWindow({...})`
// with what secureWindowOptions() returns for a packaged build, and evaluated/csp-header.js,
// the Content-Security-Policy header protocol.ts sends (shared/security/csp.ts).
// Not scanned on purpose: out/main (the whole backend bundled into one file; the window
// checks only match `new BrowserWindow(...)` and miss the bundle's `new electron.BrowserWindow`,
// so it finds less in the glue, plus name-only matches in domain code) and out/renderer/assets
// (the React bundle, which has no Electron API to misuse: the page sees only window.panelis.invoke).
//
// Offline: the tool fetches translations and Electron's release list from the network. Here
// its HTTP client is replaced by one that answers "unavailable" without a connection, and the
// one check that needs the release list (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK: "is a newer
// Electron with security fixes out?") is left out; keeping Electron current is the job of the
// dependency update, not of a static scan.
//
// Usage: node scripts/electron-scan.mjs [--root DIR] [--allow FILE] [--json FILE]
// Exit 0: every finding is allowed and every allow-list entry still matches one.
// Exit 1: a new finding, a stale or malformed allow-list entry, a file the scanner could not
// parse (a file it cannot read is a file it did not check), or missing build output.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Paths copied into the scanned folder, relative to the root; `built` ones come from `npm run build`. */
export const TARGETS = [
  { path: 'main/electron', built: false },
  { path: 'out/preload/preload.js', built: true },
  { path: 'out/renderer/index.html', built: true },
  { path: 'package.json', built: false },
];

/**
 * The window options as the app really builds them. index.ts creates the window with
 * `new BrowserWindow(options)` where options come from secureWindowOptions(), which the
 * scanner cannot follow; so the script calls that function (packaged build: no DevTools) and
 * writes its result as a literal into this extra file, which the window checks then read.
 */
export const EVALUATED_WINDOW = 'evaluated/secure-window-options.js';

/** The CSP header of every app:// response, evaluated the same way (shared/security/csp.ts). */
export const EVALUATED_CSP = 'evaluated/csp-header.js';

/** Needs the network (Electron's release list); see the header. */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

function parseArgs(argv) {
  const opts = { root: repo, allow: null, json: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--root') opts.root = next();
    else if (a === '--allow') opts.allow = next();
    else if (a === '--json') opts.json = next();
    else throw new Error(`unknown argument ${a} (usage: electron-scan.mjs [--root DIR] [--allow FILE] [--json FILE])`);
  }
  opts.allow ??= join(opts.root, 'scripts/electron-scan-allow.json');
  return opts;
}

/**
 * Reads and checks the allow-list. Each entry: `check` (the Electronegativity id),
 * `file` (repository path, or "N/A" for a finding about the whole app), `code` (text the
 * flagged code must contain: the source line, or for a CSP finding the policy itself, so a
 * new finding elsewhere in the same file or a changed policy is not swallowed; "" only for
 * "N/A"), and a one-line `justification`.
 */
export function loadAllowList(file) {
  const problems = [];
  let raw;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { entries: [], problems: [`allow-list ${file} unreadable: ${error.message}`] };
  }
  const list = Array.isArray(raw?.allowed) ? raw.allowed : null;
  if (!list) return { entries: [], problems: [`allow-list ${file}: expected {"allowed": [...]}`] };
  const entries = [];
  list.forEach((e, i) => {
    const where = `allow-list entry ${i + 1}`;
    const keys = Object.keys(e ?? {})
      .sort()
      .join(',');
    if (keys !== 'check,code,file,justification') {
      problems.push(`${where}: needs exactly check, file, code, justification (has ${keys || 'nothing'})`);
      return;
    }
    if (![e.check, e.file, e.code, e.justification].every((v) => typeof v === 'string')) {
      problems.push(`${where}: every field must be a string`);
      return;
    }
    if (!/^[A-Z0-9_]+$/.test(e.check)) problems.push(`${where}: check "${e.check}" is not an Electronegativity id`);
    else if (e.justification.trim().length < 20) problems.push(`${where} (${e.check}): the justification must say why it is safe`);
    else if (e.code === '' && e.file !== 'N/A') problems.push(`${where} (${e.check}): "code" must name the flagged code`);
    else entries.push(e);
  });
  return { entries, problems };
}

/** Matches findings against the allow-list; pure, for the unit test. */
export function triage(findings, entries) {
  const used = new Set();
  const allowed = [];
  const fresh = [];
  for (const f of findings) {
    const i = entries.findIndex((e) => e.check === f.check && e.file === f.file && (f.text ?? '').includes(e.code));
    if (i === -1) fresh.push(f);
    else {
      used.add(i);
      allowed.push({ ...f, justification: entries[i].justification });
    }
  }
  const stale = entries.filter((_, i) => !used.has(i));
  return { allowed, fresh, stale };
}

/** Copies the targets into a temporary folder, keeping their repository paths. */
function stage(root) {
  const missing = TARGETS.filter((t) => !existsSync(join(root, t.path)));
  if (missing.length) {
    const built = missing.some((t) => t.built);
    throw new Error(`missing ${missing.map((t) => t.path).join(', ')}${built ? ': run `npm run build` first' : ''}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'panelis-electron-scan-'));
  try {
    for (const t of TARGETS) {
      const to = join(dir, t.path);
      mkdirSync(dirname(to), { recursive: true });
      cpSync(join(root, t.path), to, { recursive: statSync(join(root, t.path)).isDirectory() });
    }
    const evaluated = join(dir, EVALUATED_WINDOW);
    mkdirSync(dirname(evaluated), { recursive: true });
    writeFileSync(evaluated, evaluatedWindowSource(root));
    writeFileSync(join(dir, EVALUATED_CSP), evaluatedCspSource(root));
    return dir;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Imports a TypeScript module of the root (through tsx) and prints what `expr` gives, as JSON. */
function evaluate(root, file, expr) {
  const code =
    'const n = await import(process.argv[1]); const m = n.default ?? n;' + `process.stdout.write(JSON.stringify(${expr}, null, 2));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', code, pathToFileURL(join(root, file)).href], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`could not evaluate ${expr} from ${file}: ${r.stderr.trim()}`);
  return r.stdout;
}

/** secureWindowOptions() run for real, written out as `new BrowserWindow({...})`. */
function evaluatedWindowSource(root) {
  const options = evaluate(
    root,
    'main/electron/window-options.ts',
    "m.secureWindowOptions({ preloadPath: '/opt/Panelis/resources/app.asar/out/preload/preload.js', devTools: false })",
  );
  return [
    '// Written by scripts/electron-scan.mjs: what main/electron/window-options.ts returns for a packaged build.',
    "const { BrowserWindow } = require('electron');",
    `const win = new BrowserWindow(${options});`,
    '',
  ].join('\n');
}

/**
 * The CSP header protocol.ts puts on every app:// response (shared/security/csp.ts), written
 * out in the header shape the CSP check reads, so the scanner evaluates the header policy and
 * not only the <meta> copy in index.html.
 */
function evaluatedCspSource(root) {
  const policy = evaluate(root, 'shared/security/csp.ts', 'm.contentSecurityPolicy()');
  return [
    '// Written by scripts/electron-scan.mjs: the Content-Security-Policy header of every app:// response.',
    `callback({ responseHeaders: { 'Content-Security-Policy': [${policy}] } });`,
    '',
  ].join('\n');
}

/**
 * Electronegativity's HTTP client, replaced: translations and release lists are "unavailable"
 * and no connection is ever opened. Installed before the tool is loaded.
 */
function installOfflineHttp() {
  const unavailable = async () => ({ statusCode: 503, body: '', headers: {} });
  const offline = Object.assign(unavailable, {
    head: async () => {
      throw new Error('offline: no network in this scan');
    },
  });
  const load = Module._load;
  Module._load = function loadOffline(request, ...rest) {
    if (request === 'got') return offline;
    return load.call(this, request, ...rest);
  };
}

function electronVersion(root) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  } catch {
    const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies?.electron ?? '';
    return range.replace(/^[^\d]*/, '');
  }
}

/** Runs the scanner on the staged folder; findings carry repository paths and the flagged line. */
async function scan(root) {
  const dir = stage(root);
  try {
    installOfflineHttp();
    const run = createRequire(join(repo, 'package.json'))('@doyensec/electronegativity');
    const version = electronVersion(root);
    const result = await run(
      {
        input: dir,
        output: undefined,
        isSarif: false,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS,
        severitySet: undefined,
        confidenceSet: undefined,
        isRelative: true,
        isVerbose: true,
        electronUpgrade: undefined,
        electronVersionOverride: version,
        parserPlugins: [],
      },
      false,
    );
    const toRepoPath = (file) =>
      file === 'N/A'
        ? file
        : relative(dir, file.startsWith(dir) ? file : join(dir, file))
            .split(sep)
            .join('/');
    const lineOf = (file, line) => {
      if (file === 'N/A' || !line) return '';
      try {
        return (readFileSync(join(dir, file), 'utf8').split(/\r?\n/)[line - 1] ?? '').trim();
      } catch {
        return '';
      }
    };
    const findings = result.issues.map((i) => {
      const file = toRepoPath(i.file);
      return {
        check: i.id,
        file,
        line: i.location?.line ?? 0,
        column: i.location?.column ?? 0,
        severity: i.severity?.name ?? '?',
        confidence: i.confidence?.name ?? '?',
        manualReview: Boolean(i.manualReview),
        description: i.description,
        // What an allow-list entry's `code` is matched against: the CSP itself for CSP findings.
        text: typeof i.sample === 'string' && i.sample !== '' ? i.sample : lineOf(file, i.location?.line),
      };
    });
    findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.check.localeCompare(b.check));
    const errors = result.errors.map((e) => ({ file: toRepoPath(e.file), message: e.message, tolerable: e.tolerable }));
    return { findings, errors, version, checks: result.atomicChecks + result.globalChecks };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const out = (s = '') => process.stdout.write(`${s}\n`);
  const { entries, problems } = loadAllowList(opts.allow);
  let report;
  try {
    report = await scan(opts.root);
  } catch (error) {
    out(`electron-scan: FAILED, the scan did not run: ${error.message}`);
    process.exit(1);
  }
  const { findings, errors, version, checks } = report;
  const { allowed, fresh, stale } = triage(findings, entries);
  const unreadable = errors.filter((e) => !e.tolerable);

  out(
    `Electronegativity on ${TARGETS.map((t) => t.path).join(', ')}, ${EVALUATED_WINDOW}, ${EVALUATED_CSP} ` +
      `(Electron ${version}, ${checks} checks, ${EXCLUDED_CHECKS.join(', ')} left out: needs the network)`,
  );
  for (const e of errors) out(`  ${e.tolerable ? 'warning' : 'NOT SCANNED'} ${e.file}: ${e.message}`);
  const show = (f) =>
    `${f.check} ${f.file}:${f.line} [${f.severity}/${f.confidence}] ${f.text ? `\`${f.text.slice(0, 100)}\`` : f.description}`;
  for (const f of allowed) out(`  allowed  ${show(f)}\n           reviewed: ${f.justification}`);
  for (const f of fresh) out(`  NEW      ${show(f)}\n           ${f.description}`);
  for (const e of stale) out(`  STALE    allow-list entry ${e.check} ${e.file} "${e.code}" matches no finding: remove it`);
  for (const p of problems) out(`  INVALID  ${p}`);

  if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ version, checks, findings, errors, fresh, stale, problems }, null, 2)}\n`);

  const failed = fresh.length + stale.length + problems.length + unreadable.length;
  out(
    `electron-scan: ${failed === 0 ? 'PASSED' : 'FAILED'}: ${findings.length} findings, ${allowed.length} allowed after review, ` +
      `${fresh.length} new, ${stale.length} stale allow-list entries, ${problems.length} invalid entries, ${unreadable.length} files not parsed`,
  );
  if (fresh.length)
    out(
      'Fix each new finding in main/electron, or, if it is a false positive, add it to scripts/electron-scan-allow.json with why it is safe.',
    );
  process.exit(failed === 0 ? 0 : 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    process.stdout.write(`electron-scan: FAILED: ${error.stack ?? error}\n`);
    process.exit(1);
  });
}
