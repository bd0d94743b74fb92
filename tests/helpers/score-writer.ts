/**
 * Child process of tests/integration/dispatcher-crash.test.ts: a member scoring through the
 * real dispatcher (createApp, as the renderer reaches it), for ever. It waits for `go <start>`
 * on stdin (so the parent can start it while still checking the previous kill), unlocks the
 * vault, signs in, and saves score after score, each with its own note `save <i>`; it prints
 * `saved <i>` only after `scores.save` answered ok (the moment the form says "Tersimpan").
 * The parent kills it with SIGKILL.
 *
 *   node score-writer.cjs HOME VAULT PASSPHRASE PERSON PASSWORD ROUND   (then `go <start>` on stdin)
 */
import { createInterface } from 'node:readline';
import { createApp } from '../../main/api/app';
import { deskStep } from './desk-steps';

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const [home, vault, passphrase, personId, password, roundId] = process.argv.slice(2);
  if (!home || !vault || !passphrase || !personId || !password || !roundId) {
    process.stderr.write('usage: score-writer HOME VAULT PASSPHRASE PERSON PASSWORD ROUND\n');
    process.exit(2);
  }
  const start = await new Promise<number>((resolve) => {
    const lines = createInterface({ input: process.stdin });
    lines.on('line', (l) => {
      const m = /^go (\d+)$/.exec(l);
      if (m) {
        lines.close();
        resolve(Number(m[1]));
      }
    });
  });
  say('opening');
  const app = createApp({ transport: 'web', home, log: (m, e) => process.stderr.write(`${m}: ${String(e)}\n`) });
  const call = async (method: string, args: unknown) => {
    const answer = await app.dispatch(method, args);
    if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message.en}`);
    return answer.value;
  };
  await call('vault.unlock', { path: vault, passphrase });
  await call('session.signIn', { personId, password });
  const queue = (await call('desk.queue', { roundId })) as { items: { applicantId: string }[] };
  const applicants = queue.items.map((i) => i.applicantId);
  say('ready');
  for (let i = start; ; i++) {
    await call('scores.save', { roundId, ...deskStep(i, applicants), note: `save ${i}` });
    say(`saved ${i}`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`score-writer failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
