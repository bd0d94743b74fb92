import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run';
import { closeVault, openVault } from '../../main/vault/vault';
import { PASSPHRASE, sha256File, useTempDir } from '../helpers/temp';
import { fillVault } from '../helpers/vault-fixtures';

const tempDir = useTempDir();
afterEach(() => {
  delete process.env.PANELIS_PASSPHRASE;
  delete process.env.PANELIS_NEW_PASSPHRASE;
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function created(): Promise<string> {
  const file = join(tempDir(), 'pansel.panelis');
  process.env.PANELIS_PASSPHRASE = PASSPHRASE;
  expect((await cli('vault', 'create', file, '--committee', 'Pansel JPT')).code).toBe(0);
  const v = await openVault(file, PASSPHRASE);
  await fillVault(v, 20);
  await closeVault(v);
  return file;
}

describe('panelis vault …', () => {
  it('create, check, backup, restore, rekey: exit 0 when all hold', async () => {
    const file = await created();
    const check = await cli('vault', 'check', file, '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out)).toMatchObject({ ok: true, integrity: true, audit: { ok: true, events: 21 } });

    const backup = join(tempDir(), 'cadangan.panelis');
    expect((await cli('vault', 'backup', file, backup)).code).toBe(0);
    const restored = join(tempDir(), 'pulih.panelis');
    expect((await cli('vault', 'restore', backup, restored)).code).toBe(0);
    expect((await cli('vault', 'check', restored)).code).toBe(0);

    process.env.PANELIS_NEW_PASSPHRASE = 'frasa-sandi-baru-2026';
    expect((await cli('vault', 'rekey', file)).code).toBe(0);
    expect((await cli('vault', 'check', file)).code).toBe(3);
    process.env.PANELIS_PASSPHRASE = 'frasa-sandi-baru-2026';
    expect((await cli('vault', 'check', file)).code).toBe(0);
  });

  it('check does not change the file it examines', async () => {
    const file = await created();
    const before = sha256File(file);
    expect((await cli('vault', 'check', file)).code).toBe(0);
    expect(sha256File(file)).toBe(before);
    // A read may leave SQLite's (empty) -wal beside it; never any content.
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
  });

  it('check exits 1 for an edited audit event and for a damaged page, naming the problem', async () => {
    const file = await created();
    const v = await openVault(file, PASSPHRASE);
    await sql`update audit_events set actor_name = 'Orang Lain' where seq = 7`.execute(v.db);
    await closeVault(v);
    const edited = await cli('vault', 'check', file);
    expect(edited.code).toBe(1);
    expect(edited.out).toMatch(/BROKEN at event #7/);

    const file2 = await created();
    const bytes = readFileSync(file2);
    bytes[4096 * 3 + 17] = (bytes[4096 * 3 + 17] ?? 0) ^ 0xff;
    writeFileSync(file2, bytes);
    const damaged = await cli('vault', 'check', file2);
    expect(damaged.code).toBe(1);
    expect(damaged.err).toMatch(/rusak|damaged/);
  });

  it('exit 3 for a wrong passphrase or a file that is not a vault', async () => {
    const file = await created();
    process.env.PANELIS_PASSPHRASE = 'bukan-frasa-yang-benar';
    const wrong = await cli('vault', 'check', file);
    expect(wrong.code).toBe(3);
    expect(wrong.err).toMatch(/Frasa sandi salah/);
    expect(wrong.err).toMatch(/Wrong passphrase/);
    const csv = join(tempDir(), 'peserta.csv');
    writeFileSync(csv, 'No Peserta;Nama\n001;Siti\n'.repeat(400));
    process.env.PANELIS_PASSPHRASE = PASSPHRASE;
    expect((await cli('vault', 'check', csv)).code).toBe(3);
    expect((await cli('vault', 'check', join(tempDir(), 'tidak-ada.panelis'))).code).toBe(3);
  });

  it('exit 2 for usage errors, and the passphrase never comes from argv', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('vault', 'explode', 'x')).code).toBe(2);
    expect((await cli('vault', 'check')).code).toBe(2);
    expect((await cli('vault', 'check', 'a', 'b')).code).toBe(2);
    expect((await cli('vault', 'check', 'x', '--passphrase', 'rahasia')).code).toBe(2);
    const noEnv = await cli('vault', 'create', join(tempDir(), 'x.panelis'));
    expect(noEnv.code).toBe(2);
    expect(noEnv.err).toMatch(/PANELIS_PASSPHRASE/);
  });

  it('create refuses a weak passphrase and an existing file', async () => {
    const dir = tempDir();
    process.env.PANELIS_PASSPHRASE = 'pendek';
    expect((await cli('vault', 'create', join(dir, 'a.panelis'))).code).toBe(1);
    expect(existsSync(join(dir, 'a.panelis'))).toBe(false);
    process.env.PANELIS_PASSPHRASE = PASSPHRASE;
    writeFileSync(join(dir, 'b.panelis'), 'data lama');
    expect((await cli('vault', 'create', join(dir, 'b.panelis'))).code).toBe(1);
    expect(readFileSync(join(dir, 'b.panelis'), 'utf8')).toBe('data lama');
  });
});

const built = resolve(__dirname, '../../out/main/cli.js');
describe('the built CLI, as scripts call it', () => {
  it.skipIf(!existsSync(built))('`npm run --silent panelis -- vault …` keeps its exit codes (needs `npm run build`)', async () => {
    const file = join(tempDir(), 'built.panelis');
    const run = (args: string[], pass: string) =>
      spawnSync('npm', ['run', '--silent', 'panelis', '--', ...args], {
        cwd: resolve(__dirname, '../..'),
        env: { ...process.env, PANELIS_PASSPHRASE: pass },
        encoding: 'utf8',
      });
    expect(run(['vault', 'create', file], PASSPHRASE).status).toBe(0);
    const ok = run(['vault', 'check', file, '--json'], PASSPHRASE);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout.trim())).toMatchObject({ ok: true });
    expect(run(['vault', 'check', file], 'salah-salah-salah').status).toBe(3);
    expect(run(['vault', 'nonsense'], PASSPHRASE).status).toBe(2);
  });
});
