import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../../..');

function files(dir: string): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out = out.concat(files(full));
    else if (/\.(ts|tsx|mts|cts)$/.test(name)) out.push(full);
  }
  return out;
}

// import ... from 'electron' that is not `import type`, or require('electron').
const runtimeElectron =
  /^\s*import\s+(?!type\b)[^;]*?from\s*['"]electron['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\)/m;

describe("who may load 'electron' at run time", () => {
  it('only index.ts and preload.ts in main/electron (everything else is testable in plain Node)', () => {
    const offenders = files(path.join(repo, 'main/electron'))
      .filter((f) => runtimeElectron.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(repo, f).split(path.sep).join('/'));
    expect(offenders.sort()).toEqual(['main/electron/index.ts', 'main/electron/preload.ts']);
  });

  it('nothing outside main/electron imports electron at all', () => {
    const anyElectron = /from\s*['"]electron['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\)/;
    const offenders = ['main', 'shared', 'renderer']
      .flatMap((d) => files(path.join(repo, d)))
      .filter((f) => !f.startsWith(path.join(repo, 'main', 'electron') + path.sep))
      .filter((f) => anyElectron.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(repo, f));
    expect(offenders).toEqual([]);
  });
});
