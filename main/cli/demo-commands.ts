import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { demoClient } from '../demo/client';
import { runScenario } from '../demo/scenario';
import { existingOutputs, README_NAME, readmeText, removeOutputs, writeDocuments } from '../demo/write-documents';
import { EXIT, passphraseFromEnv, UsageError } from './exit';
import type { CommandIo } from './vault-commands';
import { say } from './cli-text';

const USAGE = 'usage: demo --vault FILE --out DIR [--force]   (passphrase from PANELIS_PASSPHRASE)';

/** Refused because the vault or the documents already exist (exit 1, both languages). */
export class DemoOutputExists extends Error {
  constructor(readonly existing: string[]) {
    const list = existing.map((p) => `  ${p}`).join('\n');
    super(
      `Demo tidak dijalankan: berkas berikut sudah ada dan tidak ditimpa tanpa --force:\n${list}\n` +
        `Demo not run: these files already exist and are not replaced without --force:\n${list}`,
    );
  }
}

function flag(io: CommandIo, name: string): string {
  const v = io.flags[name];
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`--${name} is required\n${USAGE}`);
  return v;
}

/**
 * `demo --vault FILE --out DIR [--force]`: builds the demo workspace through the app's own
 * dispatcher (main/demo/scenario.ts) and writes every signed document to DIR with
 * README-demo.txt. Refuses (exit 1) when the vault or DIR's PDFs exist, unless --force.
 */
export async function demo(args: string[], io: CommandIo): Promise<number> {
  if (args.length) throw new UsageError(USAGE);
  const vaultPath = resolve(flag(io, 'vault'));
  const outDir = resolve(flag(io, 'out'));
  const passphrase = passphraseFromEnv('PANELIS_PASSPHRASE');
  const existing = existingOutputs(vaultPath, outDir);
  if (existing.length && io.flags.force !== true) throw new DemoOutputExists(existing);
  removeOutputs(existing);
  mkdirSync(dirname(vaultPath), { recursive: true });

  const c = demoClient();
  let outcome;
  let files: string[];
  try {
    outcome = await runScenario(c, vaultPath, passphrase, (line) => io.out(`· ${line}`));
    files = await writeDocuments(c, outDir, outcome.documents);
  } finally {
    await c.close();
  }
  writeFileSync(join(outDir, README_NAME), readmeText(vaultPath, outcome, files, say('passphraseUsed')));

  io.out('');
  io.out(`${say('vault')}: ${vaultPath}`);
  io.out(`${say('selection')}: ${outcome.selectionTitle} (${outcome.applicants} ${say('applicants')})`);
  io.out(`${say('signInAs')}:`);
  for (const p of outcome.people) io.out(`  ${p.label}: ${p.name} — ${say('password')}: ${p.password}`);
  io.out(`${say('documents')}: ${files.length} ${say('signedPdfs')} ${outDir}`);
  io.out(`  ${say('see')} ${join(outDir, README_NAME)}`);
  return EXIT.ok;
}
