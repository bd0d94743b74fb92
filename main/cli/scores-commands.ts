import { cutEchoes, encodingFlag, encodingNote, readInputFile } from './input-file';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { PanelisError } from '../../shared/errors';
import { commitScores, previewScores } from '../domain/results/external-scores';
import { requireSelection } from '../domain/access/selection-access';
import { loadSetup } from '../domain/selections/selections';
import { assertNotFinal } from '../domain/final/freeze';
import { readTable } from '../io/read-table';
import { closeVault, openVault } from '../vault/vault';
import { EXIT, passphraseFromEnv, UsageError } from './exit';
import { cliActor, type CommandIo } from './vault-commands';
import { say } from './cli-text';

const USAGE =
  'usage: scores import FILE.xlsx|FILE.csv --vault VAULT --selection ID --stage ID|NAME [--mapping MAP.json] [--encoding utf-8|windows-1252] [--dry-run] [--json]';

function flag(io: CommandIo, name: string): string {
  const v = io.flags[name];
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`--${name} is required\n${USAGE}`);
  return v;
}

const mappingFile = z.record(z.string(), z.string().min(1).nullable());

/**
 * `scores import FILE --vault V --selection ID --stage ID`: the values of an externally
 * scored stage (CAT BKN SKD/SKB, assessment centre), matched by registration number. Prints
 * the validation report (every problem with its row number); writes every row or, if any
 * row has a problem, nothing (exit 1). A re-import replaces the stage's values; the old ones
 * stay on record in the audit event. `--stage` takes the stage id or its name ("SKD").
 */
export async function scoresImport(args: string[], io: CommandIo): Promise<number> {
  if (args.length !== 1) throw new UsageError(USAGE);
  const file = resolve(args[0]!);
  const selectionId = flag(io, 'selection');
  const stageArg = flag(io, 'stage').trim();
  const dryRun = io.flags['dry-run'] === true;
  let mapping: Record<string, string | null> | undefined;
  if (typeof io.flags.mapping === 'string') {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(resolve(io.flags.mapping), 'utf8'));
    } catch {
      throw new UsageError(`cannot read --mapping ${io.flags.mapping} as JSON`);
    }
    const parsed = mappingFile.safeParse(raw);
    if (!parsed.success) throw new UsageError('--mapping must be a JSON object of header -> "registrationNumber", a criterion id, or null');
    mapping = parsed.data;
  }
  const encoding = encodingFlag(io.flags);
  const { bytes, sha256 } = readInputFile(file);
  const vault = await openVault(resolve(flag(io, 'vault')), passphraseFromEnv('PANELIS_PASSPHRASE'));
  try {
    await requireSelection(vault.db, selectionId);
    // A final selection takes no new scores, not even a dry run's report (exit 1, nothing written).
    await assertNotFinal(vault.db, selectionId);
    const setup = await loadSetup(vault.db, selectionId);
    const byId = setup.stages.find((s) => s.id === stageArg);
    const byName = setup.stages.filter((s) => s.name.trim().toLowerCase() === stageArg.toLowerCase());
    if (!byId && byName.length > 1) throw new UsageError(`--stage "${stageArg}" names more than one stage; give its id`);
    const stage = byId ?? byName[0];
    if (!stage) throw new PanelisError('STAGE_NOT_FOUND');

    const table = await readTable(basename(file), bytes, undefined, { encoding });
    const fileInfo = { name: basename(file), sha256 };
    const preview = await previewScores(vault.db, selectionId, stage.id, table, fileInfo, mapping);
    const report = {
      file: fileInfo.name,
      sha256,
      encoding: table.encoding ?? null,
      stageId: stage.id,
      stage: stage.name,
      totalRows: preview.totalRows,
      acceptedRows: preview.acceptedRows,
      problems: preview.problems,
      notInFile: preview.notInFile,
      mapping: preview.mapping,
      replaces: preview.replaces,
      dryRun,
      imported: 0,
    };
    if (preview.problems.length === 0 && !dryRun) {
      const result = await commitScores(vault, cliActor, selectionId, stage.id, table, fileInfo, preview.mapping, () => new Date());
      report.imported = result.imported;
    }
    if (io.json) io.out(JSON.stringify(cutEchoes(report)));
    else {
      const note = encodingNote(table);
      if (note) io.out(note);
      io.out(
        `${report.file} -> ${stage.name}: ${report.totalRows} baris/rows, ${report.acceptedRows} diterima/accepted, ${report.problems.length} masalah/problems`,
      );
      for (const p of report.problems) io.out(`  baris/row ${p.rowNumber}: ${p.message.id} / ${p.message.en}`);
      if (report.notInFile > 0) io.out(`  ${report.notInFile} ${say('activeNotInFile')}`);
      if (dryRun) io.out(say('dryRun'));
      else if (report.imported)
        io.out(`${say('imported')}: ${report.imported}${report.replaces ? ` (${say('replaces')} ${report.replaces.fileName})` : ''}`);
      else io.out(say('nothingWritten'));
    }
    return preview.problems.length > 0 && !dryRun ? EXIT.checkFailed : EXIT.ok;
  } finally {
    await closeVault(vault);
  }
}
