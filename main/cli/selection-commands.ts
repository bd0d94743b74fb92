import { cutEchoes, encodingFlag, encodingNote, readInputFile } from './input-file';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { applicantFieldKeys, type ApplicantFieldKey } from '../../shared/selection/applicant-fields';
import { templateKeys, type TemplateKey } from '../../shared/selection/templates';
import { commitImport, previewImport } from '../domain/applicants/import';
import { assertNotFinal } from '../domain/final/freeze';
import { createSelection, listSelections, selectionDetail } from '../domain/selections/selections';
import { readTable } from '../io/read-table';
import { closeVault, openVault, type Vault } from '../vault/vault';
import { EXIT, passphraseFromEnv, UsageError } from './exit';
import { cliActor, type CommandIo } from './vault-commands';
import { say } from './cli-text';

function flag(io: CommandIo, name: string): string {
  const v = io.flags[name];
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`--${name} is required`);
  return v;
}

async function withVault<T>(io: CommandIo, work: (vault: Vault) => Promise<T>): Promise<T> {
  const vault = await openVault(resolve(flag(io, 'vault')), passphraseFromEnv('PANELIS_PASSPHRASE'));
  try {
    return await work(vault);
  } finally {
    await closeVault(vault);
  }
}

export async function selectionCreate(args: string[], io: CommandIo): Promise<number> {
  if (args.length) throw new UsageError('usage: selection create --vault VAULT --template jpt|cpns|pppk|promotion --title TITLE');
  const template = flag(io, 'template');
  if (!templateKeys.includes(template as TemplateKey)) throw new UsageError(`--template must be one of ${templateKeys.join(', ')}`);
  const title = flag(io, 'title');
  const id = await withVault(io, (vault) =>
    createSelection(vault, cliActor, { template: template as TemplateKey, title }, () => new Date()),
  );
  io.out(io.json ? JSON.stringify({ id }) : id);
  return EXIT.ok;
}

export async function selectionList(args: string[], io: CommandIo): Promise<number> {
  if (args.length) throw new UsageError('usage: selection list --vault VAULT [--json]');
  const list = await withVault(io, (vault) => listSelections(vault.db, null));
  if (io.json) io.out(JSON.stringify(list));
  else for (const s of list) io.out(`${s.id}\t${s.kind}\t${s.applicants} pelamar\t${s.title}`);
  return EXIT.ok;
}

export async function selectionShow(args: string[], io: CommandIo): Promise<number> {
  if (args.length !== 1) throw new UsageError('usage: selection show ID --vault VAULT [--json]');
  const detail = await withVault(io, (vault) => selectionDetail(vault.db, args[0]!));
  if (io.json) io.out(JSON.stringify(detail));
  else {
    io.out(`${detail.setup.title} (${detail.setup.kind})`);
    for (const s of detail.setup.stages)
      io.out(`  ${s.name}: ${s.kind === 'gate' ? 'MS/TMS' : `${s.weight} %`}${s.eliminates ? ', gugur' : ''}`);
    io.out(`  ${say('applicants')}: ${detail.applicants.active} aktif, ${detail.applicants.withdrawn} mundur`);
    for (const i of detail.issues) io.out(`  ! ${i.kind}`);
  }
  return EXIT.ok;
}

const mappingFile = z.record(z.string(), z.enum(applicantFieldKeys as [ApplicantFieldKey, ...ApplicantFieldKey[]]).nullable());

/**
 * `import FILE --vault V --selection ID [--mapping MAP.json] [--dry-run] [--json]`: prints the
 * validation report; exits 1 when a row was rejected and this was not a dry run (then
 * nothing is written, as always when any row is rejected).
 */
export async function importApplicants(args: string[], io: CommandIo): Promise<number> {
  if (args.length !== 1)
    throw new UsageError(
      'usage: import FILE.xlsx|FILE.csv --vault VAULT --selection ID [--mapping MAP.json] [--encoding utf-8|windows-1252] [--dry-run] [--json]',
    );
  const file = resolve(args[0]!);
  const selectionId = flag(io, 'selection');
  const dryRun = io.flags['dry-run'] === true;
  let mapping: Record<string, ApplicantFieldKey | null> | undefined;
  if (typeof io.flags.mapping === 'string') {
    const parsed = mappingFile.safeParse(JSON.parse(readFileSync(resolve(io.flags.mapping), 'utf8')));
    if (!parsed.success) throw new UsageError('--mapping must be a JSON object of header -> field (or null)');
    mapping = parsed.data;
  }
  const encoding = encodingFlag(io.flags);
  const { bytes, sha256 } = readInputFile(file);
  return withVault(io, async (vault) => {
    // A final selection takes no applicants (exit 1 with who finalised and how to reopen).
    await assertNotFinal(vault.db, selectionId);
    const table = await readTable(basename(file), bytes, undefined, { encoding });
    const today = new Date();
    const preview = await previewImport(vault, selectionId, table, mapping, {}, today);
    const report = {
      file: basename(file),
      sha256,
      encoding: table.encoding ?? null,
      totalRows: preview.totalRows,
      acceptedRows: preview.acceptedRows,
      rejected: preview.rejected,
      mapping: preview.mapping,
      dryRun,
      imported: 0,
    };
    if (preview.rejected.length === 0 && !dryRun) {
      const result = await commitImport(vault, cliActor, selectionId, table, preview.mapping, {}, { name: basename(file), sha256 }, today);
      report.imported = result.imported;
    }
    if (io.json) io.out(JSON.stringify(cutEchoes(report)));
    else {
      const note = encodingNote(table);
      if (note) io.out(note);
      io.out(
        `${report.file}: ${report.totalRows} baris/rows, ${report.acceptedRows} diterima/accepted, ${report.rejected.length} ditolak/rejected`,
      );
      for (const r of report.rejected) io.out(`  baris/row ${r.rowNumber}: ${r.reasons.map((x) => x.message.id).join(' ')}`);
      io.out(dryRun ? say('dryRun') : report.imported ? `${say('imported')}: ${report.imported}` : say('nothingWritten'));
    }
    return preview.rejected.length > 0 && !dryRun ? EXIT.checkFailed : EXIT.ok;
  });
}
