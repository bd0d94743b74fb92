import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/layering').map((m) => m.message);
}

describe('lint enforces the layers (eslint-rules/layers.mjs)', () => {
  it.each([
    ['renderer/src/x.ts', "import { createApp } from '../../main/api/app';"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/src/x.ts', "import fs from 'fs';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['shared/x.ts', "import { createHash } from 'node:crypto';"],
    ['shared/x.ts', "import React from 'react';"],
    ['shared/x.ts', "import { x } from '../renderer/src/x';"],
    ['shared/x.ts', "import { x } from '../main/api/app';"],
    ['main/api/x.ts', "import { app } from 'electron';"],
    ['main/api/x.ts', "const e = require('electron');"],
    ['main/host/x.ts', "import { x } from '../electron/ipc';"],
    ['main/vault/x.ts', "import { createApp } from '../api/app';"],
    ['main/domain/x.ts', "import { createApp } from '../api/app';"],
    ['main/api/x.ts', "import { x } from '../../renderer/src/x';"],
    ['main/cli.ts', "export { x } from './electron/ipc';"],
  ])('%s: %s is refused', async (file, code) => {
    expect(await layeringErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['main/electron/x.ts', "import { app } from 'electron';\nimport { createApp } from '../api/app';"],
    [
      'main/api/x.ts',
      "import { z } from 'zod';\nimport { openVault } from '../vault/vault';\nimport { contract } from '../../shared/contract';",
    ],
    ['renderer/src/x.ts', "import { contract } from '../../shared/contract';\nimport React from 'react';"],
    ['shared/x.ts', "import { z } from 'zod';\nimport type { Role } from './roles';"],
    ['tests/unit/electron/x.test.ts', "import { x } from '../../../main/electron/sender';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});
