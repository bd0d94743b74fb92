/**
 * Child process of tests/integration/crash.test.ts. It opens an existing vault and writes
 * numbered records for ever, each one a real audited change through `mutate` (a row in
 * `meta` and its audit event, one transaction). Only after a transaction has committed
 * does it report it, one line on stdout: `committed <n>`. The parent kills it with SIGKILL
 * at a random moment and then checks that every reported record survived.
 *
 *   node --import tsx tests/helpers/crash-writer.ts VAULT PASSPHRASE START
 *
 * Lines written: `opening` before the vault is opened, `ready` once it is open, then
 * `committed <n>` per record. Writes to a pipe are synchronous on Linux, so a line is in
 * the pipe before the next record starts; each line is far below PIPE_BUF, so it is never
 * torn.
 */
import { mutate } from '../../main/domain/mutate';
import type { Actor } from '../../main/domain/audit/actor';
import { openVault } from '../../main/vault/vault';

const RECORD_PREFIX = 'crash-record-';
const RECORD_ACTION = 'test.record';

const actor: Actor = { personId: null, name: 'crash-writer', role: 'system' };

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const [vaultPath, passphrase, startArg] = process.argv.slice(2);
  if (!vaultPath || passphrase === undefined || startArg === undefined || !/^\d+$/.test(startArg)) {
    process.stderr.write('usage: crash-writer VAULT PASSPHRASE START\n');
    process.exit(2);
  }
  say('opening');
  const vault = await openVault(vaultPath, passphrase);
  say('ready');
  for (let n = Number(startArg); ; n++) {
    await mutate(vault, actor, async (trx) => {
      await trx
        .insertInto('meta')
        .values({ key: `${RECORD_PREFIX}${n}`, value: String(n) })
        .execute();
      return { value: n, audit: { action: RECORD_ACTION, subject: `record:${n}`, after: { n } } };
    });
    say(`committed ${n}`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`crash-writer failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
