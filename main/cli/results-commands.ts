import { resolve } from 'node:path';
import { PanelisError } from '../../shared/errors';
import { rankCsv, rankRecords } from '../../shared/results/export';
import type { Role } from '../../shared/roles';
import { resultsView, type ResultsViewer } from '../domain/results/results-view';
import { closeVault, openVaultReadOnly } from '../vault/vault';
import { EXIT, passphraseFromEnv, UsageError } from './exit';
import type { CommandIo } from './vault-commands';

const USAGE = 'usage: rank --vault VAULT --selection ID [--stage ID] --format csv|json [--as NAME] [--language id|en]';

function required(io: CommandIo, name: string): string {
  const v = io.flags[name];
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`--${name} is required\n${USAGE}`);
  return v;
}

/**
 * `rank`: the current results exactly as `results.get` gives them to the person named by
 * `--as` (blindness follows their role; default: the chair), best rank first. JSON: an array
 * of records; CSV: the same columns for Excel (shared/results/export.ts). Reasons in
 * Indonesian unless `--language en`. Read-only: the vault is opened without write access.
 */
export async function rank(args: string[], io: CommandIo): Promise<number> {
  if (args.length) throw new UsageError(USAGE);
  const vaultPath = resolve(required(io, 'vault'));
  const selectionId = required(io, 'selection');
  const format = required(io, 'format');
  if (format !== 'csv' && format !== 'json') throw new UsageError(`--format must be csv or json\n${USAGE}`);
  const stage = typeof io.flags.stage === 'string' && io.flags.stage.trim() ? io.flags.stage : null;
  const lang = io.flags.language === 'en' ? 'en' : 'id';
  const asName = typeof io.flags.as === 'string' ? io.flags.as.trim() : null;

  const vault = openVaultReadOnly(vaultPath, passphraseFromEnv('PANELIS_PASSPHRASE'));
  try {
    const exists = await vault.db.selectFrom('selections').select('id').where('id', '=', selectionId).executeTakeFirst();
    if (!exists) throw new PanelisError('SELECTION_NOT_FOUND');
    let viewer: ResultsViewer;
    if (asName) {
      const people = await vault.db.selectFrom('people').select(['id', 'role']).where('name', '=', asName).where('active', '=', 1).execute();
      if (people.length !== 1) throw new UsageError(people.length ? `--as "${asName}" names more than one person` : `--as "${asName}": no such person in this vault`);
      viewer = { personId: people[0]!.id, role: people[0]!.role as Role };
    } else {
      const chair = await vault.db.selectFrom('people').select('id').where('role', '=', 'chair').where('active', '=', 1).orderBy('created_at').executeTakeFirst();
      viewer = { personId: chair?.id ?? null, role: 'chair' };
    }
    const view = await resultsView(vault.db, selectionId, viewer, stage);
    const records = rankRecords(view, lang);
    io.out(format === 'json' ? JSON.stringify(records) : rankCsv(records, lang).replace(/\r\n$/, ''));
    return EXIT.ok;
  } finally {
    await closeVault(vault);
  }
}
