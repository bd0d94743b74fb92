/**
 * Child process of tests/integration/desk-crash.test.ts: a member at the scoring desk,
 * pressing keys for ever. It unlocks a prepared vault through the real dispatcher, signs in
 * as the member and saves scores in a fixed sequence, reporting each only after
 * `scores.save` answered (the moment the form would say "Tersimpan"):
 * `saved <i> <applicantId> <criterionId> <value>`. The parent kills it with SIGKILL.
 *
 *   node --import tsx tests/helpers/desk-writer.ts HOME VAULT PASSPHRASE PERSON PASSWORD ROUND START
 */
import { createApp } from '../../main/api/app';
import type { Envelope } from '../../shared/errors';
import { deskStep } from './desk-steps';

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const [home, vault, passphrase, personId, password, roundId, start] = process.argv.slice(2);
  if (!home || !vault || !passphrase || !personId || !password || !roundId || !start) {
    process.stderr.write('usage: desk-writer HOME VAULT PASSPHRASE PERSON PASSWORD ROUND START\n');
    process.exit(2);
  }
  const app = createApp({ transport: 'web', home, log: () => undefined });
  const call = async (method: string, args: unknown) => {
    const env = (await app.dispatch(method, args)) as Envelope<unknown>;
    if (!env.ok) throw new Error(`${method}: ${env.error.code}`);
    return env.value;
  };
  await call('vault.unlock', { path: vault, passphrase });
  await call('session.signIn', { personId, password });
  const queue = (await call('desk.queue', { roundId })) as { items: { applicantId: string }[] };
  const applicants = queue.items.map((i) => i.applicantId);
  say('ready');
  for (let i = Number(start); ; i++) {
    const step = deskStep(i, applicants);
    await call('scores.save', { roundId, ...step });
    say(`saved ${i} ${step.applicantId} ${step.criterionId} ${step.value}`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`desk-writer failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
