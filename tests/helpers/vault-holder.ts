/**
 * Child process of tests/integration/vault-hostile.test.ts: a second Panelis on this
 * computer. It opens a vault read-write through the real app (`vault.unlock`), prints
 * `held <pid>` and keeps it open until killed.
 *
 *   node --import tsx tests/helpers/vault-holder.ts HOME VAULT PASSPHRASE
 */
import { createApp } from '../../main/api/app';

async function main(): Promise<void> {
  const [home, vault, passphrase] = process.argv.slice(2);
  if (!home || !vault || !passphrase) {
    process.stderr.write('usage: vault-holder HOME VAULT PASSPHRASE\n');
    process.exit(2);
  }
  const app = createApp({ transport: 'web', home, log: () => undefined });
  const answer = await app.dispatch('vault.unlock', { path: vault, passphrase });
  if (!answer.ok) {
    process.stdout.write(`refused ${answer.error.code}\n`);
    process.exit(1);
  }
  process.stdout.write(`held ${process.pid}\n`);
  setInterval(() => undefined, 60_000);
}

void main();
