import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AppStatus } from '../../shared/contract';
import { countPeople } from '../domain/people/people';
import { readSettings } from '../domain/settings/settings';
import type { HandlerContext } from './context';

/** The shell's view of the app: the same answer for every transport. */
export async function appStatus(ctx: HandlerContext): Promise<AppStatus> {
  const { ws, config, options } = ctx;
  const cfg = config.get();
  let vault: AppStatus['vault'] = null;
  if (ws.vault) {
    const settings = await readSettings(ws.vault.db);
    vault = {
      path: ws.vault.path,
      fileName: basename(ws.vault.path),
      committeeName: settings.committeeName,
      language: ws.session && ws.sessionLanguage ? ws.sessionLanguage : settings.language,
      idleMinutes: settings.idleMinutes,
      signOutMinutes: settings.signOutMinutes,
      hasPeople: (await countPeople(ws.vault)) > 0,
    };
  }
  return {
    language: vault?.language ?? cfg.language,
    transport: options.transport,
    nativeDialogs: options.pickVaultPath !== undefined,
    desktopDocuments: options.documentFiles !== undefined,
    defaultVaultDir: options.defaultVaultDir ?? join(options.home, 'vaults'),
    recent: cfg.recent.filter((r) => existsSync(r.path)),
    vault,
    session: ws.session,
    lockedBecause: ws.vault ? null : ws.lockedBecause,
    signedOutBecause: ws.vault && !ws.session ? ws.signedOutBecause : null,
  };
}
