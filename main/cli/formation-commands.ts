import { basename, resolve } from 'node:path';
import { assertNotFinal } from '../domain/final/freeze';
import { defaultProposePerPlace, replaceFormations, selectionKind } from '../domain/formations/store';
import { checkFormationTable } from '../domain/formations/table';
import { readTable } from '../io/read-table';
import { closeVault, openVault } from '../vault/vault';
import { say } from './cli-text';
import { EXIT, passphraseFromEnv, UsageError } from './exit';
import { cutEchoes, encodingFlag, encodingNote, readInputFile } from './input-file';
import { cliActor, type CommandIo } from './vault-commands';

function flag(io: CommandIo, name: string): string {
  const v = io.flags[name];
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`--${name} is required`);
  return v;
}

/**
 * `formasi import FILE --vault V --selection ID [--dry-run] [--json]`: replaces the selection's
 * formations with the file's. As `import`: every row problem is printed; any problem means
 * nothing is written and exit 1, except on a dry run, which never writes and exits 0.
 */
export async function formationsImport(args: string[], io: CommandIo): Promise<number> {
  if (args.length !== 1)
    throw new UsageError(
      'usage: formasi import FILE.xlsx|FILE.csv --vault VAULT --selection ID [--encoding utf-8|windows-1252] [--dry-run] [--json]',
    );
  const file = resolve(args[0]!);
  const selectionId = flag(io, 'selection');
  const dryRun = io.flags['dry-run'] === true;
  const encoding = encodingFlag(io.flags);
  const { bytes, sha256 } = readInputFile(file);
  const vault = await openVault(resolve(flag(io, 'vault')), passphraseFromEnv('PANELIS_PASSPHRASE'));
  try {
    const kind = await selectionKind(vault.db, selectionId);
    // A final selection takes no formations (exit 1 with who finalised and how to reopen).
    await assertNotFinal(vault.db, selectionId);
    const table = await readTable(basename(file), bytes, undefined, { encoding });
    const checked = checkFormationTable(table, defaultProposePerPlace(kind));
    const report = {
      file: basename(file),
      sha256,
      rows: checked.rows,
      formations: checked.formations.length,
      problems: checked.problems,
      dryRun,
      imported: 0,
    };
    if (checked.problems.length === 0 && !dryRun) {
      const result = await replaceFormations(vault, cliActor, selectionId, checked.formations, { name: basename(file), sha256 });
      report.imported = result.formations;
    }
    if (io.json) io.out(JSON.stringify(cutEchoes(report)));
    else {
      const note = encodingNote(table);
      if (note) io.out(note);
      io.out(
        `${report.file}: ${report.rows} baris/rows, ${report.formations} formasi/formations, ${report.problems.length} masalah/problems`,
      );
      for (const p of report.problems) io.out(`  baris/row ${p.row}: ${p.reason.id}`);
      io.out(dryRun ? say('dryRun') : report.imported ? `${say('imported')}: ${report.imported}` : say('nothingWritten'));
    }
    return checked.problems.length > 0 && !dryRun ? EXIT.checkFailed : EXIT.ok;
  } finally {
    await closeVault(vault);
  }
}
