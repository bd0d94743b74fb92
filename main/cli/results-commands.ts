import { resolve } from 'node:path';
import { rankCsv, rankRecords } from '../../shared/results/export';
import { requireSelection, requireSelectionAccess, type Viewer } from '../domain/access/selection-access';
import { activePeopleNamed, chairViewer } from '../domain/access/viewer';
import { resultsView } from '../domain/results/results-view';
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
    await requireSelection(vault.db, selectionId);
    let viewer: Viewer;
    if (asName) {
      const people = await activePeopleNamed(vault.db, asName);
      const [person] = people;
      if (people.length !== 1 || !person)
        throw new UsageError(
          people.length ? `--as "${asName}" names more than one person` : `--as "${asName}": no such person in this vault`,
        );
      viewer = person;
    } else {
      viewer = await chairViewer(vault.db);
    }
    // The app's rule: a member sees only the selections on whose committee they sit.
    await requireSelectionAccess(vault.db, viewer, selectionId);
    const view = await resultsView(vault.db, selectionId, viewer, stage);
    const records = rankRecords(view, lang);
    io.out(format === 'json' ? JSON.stringify(records) : rankCsv(records, lang).replace(/\r\n$/, ''));
    return EXIT.ok;
  } finally {
    await closeVault(vault);
  }
}
