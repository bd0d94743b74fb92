import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

/**
 * Smoke test of the real desktop shell: the built app (out/main/index.js, via package.json
 * "main") in the real Electron runtime. The runtime binary is not an npm package: Electron's
 * install script downloads it from outside the npm registry, so on a machine that only reaches the npm
 * registry it is absent and this test reports itself skipped with the reason.
 */
const repo = path.resolve(__dirname, '../..');

/** Path of the Electron executable, read without require('electron') (which would try to download it). */
function electronBinary(): string | undefined {
  const dir = path.join(repo, 'node_modules', 'electron');
  const pathTxt = path.join(dir, 'path.txt');
  if (!existsSync(pathTxt)) return undefined;
  const relative = readFileSync(pathTxt, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist');
  const full = path.join(distDir, relative);
  return relative !== '' && existsSync(full) ? full : undefined;
}

const executablePath = electronBinary();

test.describe('Electron shell', () => {
  test.skip(
    executablePath === undefined,
    'Electron runtime binary not installed (node_modules/electron/path.txt or dist/ missing): it is downloaded ' +
      'from outside the npm registry and cannot be downloaded on this machine. Run `npx install-electron` ' +
      'where the network allows, then `npm run build && npm run electron:native`.',
  );

  let app: ElectronApplication;
  let userData: string;

  test.beforeAll(async () => {
    // Never launch without an explicit binary: Playwright would fall back to require('electron'), which downloads.
    if (executablePath === undefined) throw new Error('unreachable: the group is skipped without a binary');
    expect(existsSync(path.join(repo, 'out/main/index.js')), 'run `npm run build` first').toBe(true);
    // A fresh profile: first-run screen, and the person's real recent-vault list is untouched.
    userData = mkdtempSync(path.join(tmpdir(), 'panelis-electron-e2e-'));
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
    app = await electron.launch({
      executablePath,
      args: [repo, `--user-data-dir=${userData}`],
      cwd: repo,
      env,
    });
  });

  test.afterAll(async () => {
    // Quitting runs before-quit, which must lock the vault and let the process end.
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('opens one window titled Panelis on the first-run screen', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/^app:\/\/panelis\//);
    const windowTitle = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(windowTitle).toContain('Panelis');
    await expect(page.getByTestId('first-run')).toBeVisible();
    await expect(page.getByTestId('unlock-screen')).toHaveCount(0);
    expect(app.windows()).toHaveLength(1);
  });

  test('the page sees only window.panelis.invoke, no Node', async () => {
    const page = await app.firstWindow();
    const seen = await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      const bridge = g['panelis'] as Record<string, unknown> | undefined;
      return {
        keys: bridge ? Object.keys(bridge) : null,
        invoke: typeof bridge?.['invoke'],
        require: typeof g['require'],
        process: typeof g['process'],
        module: typeof g['module'],
        Buffer: typeof g['Buffer'],
      };
    });
    expect(seen).toEqual({
      keys: ['invoke'],
      invoke: 'function',
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
    });
  });

  test('a call through the bridge reaches the dispatcher', async () => {
    const page = await app.firstWindow();
    const answer = await page.evaluate(async () => {
      const g = globalThis as unknown as { panelis: { invoke(m: string, a: unknown): Promise<unknown> } };
      return (await g.panelis.invoke('app.status', {})) as { ok: boolean };
    });
    expect(answer.ok).toBe(true);
  });

  test('the page cannot navigate away or open windows', async () => {
    const page = await app.firstWindow();
    const before = page.url();
    const opened = await page.evaluate(() => {
      const g = globalThis as unknown as { open(url: string): unknown; location: { href: string } };
      const w = g.open('https://example.com/');
      g.location.href = 'https://example.com/';
      return w === null;
    });
    expect(opened).toBe(true);
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);
  });
});
