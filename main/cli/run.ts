import { parseArgs } from 'node:util';
import { demo } from './demo-commands';
import { formationsImport } from './formation-commands';
import { describeError, EXIT, exitCodeFor, UsageError } from './exit';
import { rank } from './results-commands';
import { scoresImport } from './scores-commands';
import { importApplicants, selectionCreate, selectionList, selectionShow } from './selection-commands';
import { verify } from './verify-commands';
import { vaultBackup, vaultCheck, vaultCreate, vaultRekey, vaultRestore, type CommandIo } from './vault-commands';

/**
 * `npm run --silent panelis -- <command>` (after `npm run build`). Passphrases come from
 * PANELIS_PASSPHRASE / PANELIS_NEW_PASSPHRASE, never from argv (argv is visible to every
 * process on the machine). Exit codes: 0 ok, 1 check failed, 2 usage, 3 wrong passphrase
 * or not a vault.
 */
const commands: Record<string, (args: string[], io: CommandIo) => Promise<number>> = {
  'vault create': vaultCreate,
  'vault check': vaultCheck,
  'vault backup': vaultBackup,
  'vault restore': vaultRestore,
  'vault rekey': vaultRekey,
  'selection create': selectionCreate,
  'selection list': selectionList,
  'selection show': selectionShow,
  import: importApplicants,
  rank,
  verify,
  'scores import': scoresImport,
  'formasi import': formationsImport,
  demo,
};

const usage = `Panelis CLI
  vault create FILE [--committee NAME] [--language id|en]
  vault check FILE [--json]
  vault backup FILE OUT
  vault restore BACKUP NEWFILE
  vault rekey FILE            (new passphrase from PANELIS_NEW_PASSPHRASE)
  selection create --vault VAULT --template jpt|cpns|pppk|promotion --title TITLE
  selection list --vault VAULT [--json]
  selection show ID --vault VAULT [--json]
  import FILE.xlsx|FILE.csv --vault VAULT --selection ID [--mapping MAP.json] [--encoding utf-8|windows-1252] [--dry-run] [--json]
  rank --vault VAULT --selection ID [--stage ID] --format csv|json [--as NAME] [--language id|en]
  verify FILE.pdf [--vault VAULT] [--trust SHA256]... [--trust-file FILE] [--ca CERT.pem]... [--json]
  scores import FILE.xlsx|FILE.csv --vault VAULT --selection ID --stage ID|NAME [--mapping MAP.json] [--encoding utf-8|windows-1252] [--dry-run] [--json]
  formasi import FILE.xlsx|FILE.csv --vault VAULT --selection ID [--encoding utf-8|windows-1252] [--dry-run] [--json]
  demo --vault FILE --out DIR [--force]
The passphrase is read from PANELIS_PASSPHRASE.
Exit: 0 ok, 1 check failed, 2 usage, 3 wrong passphrase or not a vault.`;

export async function runCli(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        committee: { type: 'string' },
        vault: { type: 'string' },
        template: { type: 'string' },
        title: { type: 'string' },
        selection: { type: 'string' },
        mapping: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        language: { type: 'string' },
        stage: { type: 'string' },
        format: { type: 'string' },
        as: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        encoding: { type: 'string' },
        // Repeatable: each occurrence adds a fingerprint or a CA certificate (verify).
        trust: { type: 'string', multiple: true },
        'trust-file': { type: 'string' },
        ca: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    err(describeError(e));
    err(usage);
    return EXIT.usage;
  }
  const { positionals, values } = parsed;
  if (values.help || positionals.length === 0) {
    (values.help ? out : err)(usage);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  // Two-word commands ("vault check") first, then one-word ones ("import").
  const two = positionals.slice(0, 2).join(' ');
  const name = commands[two] ? two : (positionals[0] ?? '');
  const command = commands[name];
  if (!command) {
    err(`Unknown command: ${positionals.join(' ')}`);
    err(usage);
    return EXIT.usage;
  }
  try {
    return await command(positionals.slice(name.split(' ').length), { out, json: values.json ?? false, flags: values });
  } catch (e) {
    err(describeError(e));
    if (e instanceof UsageError) err(usage);
    return exitCodeFor(e);
  }
}
