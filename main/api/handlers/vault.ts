import { verifySnapshots } from '../../domain/deliberation/verify-snapshots';
import { MIN_PASSPHRASE } from '../../../shared/contract/schemas';
import { PanelisError } from '../../../shared/errors';
import { systemActor } from '../../domain/audit/actor';
import { verifyAuditChain } from '../../domain/audit/chain';
import { mutate } from '../../domain/mutate';
import { verifySheets } from '../../domain/scoring/verify-sheets';
import { readSettings, writeSettings } from '../../domain/settings/settings';
import { passphraseOpens } from '../../vault/passphrase-check';
import { backupVault, createVault, integrityCheck, openVault, rekeyVault } from '../../vault/vault';
import type { Handlers } from '../registry';
import { appStatus } from '../status';

function checkNewPassphrase(passphrase: string, repeat: string): void {
  if (passphrase !== repeat) throw new PanelisError('PASSPHRASE_MISMATCH');
  if ([...passphrase].length < MIN_PASSPHRASE) throw new PanelisError('WEAK_PASSPHRASE', { min: MIN_PASSPHRASE });
}

function withExtension(path: string): string {
  return /\.panelis$/i.test(path) ? path : `${path}.panelis`;
}

export const vaultHandlers = {
  'vault.create': async (args, ctx) => {
    if (ctx.ws.vault) throw new PanelisError('VAULT_ALREADY_OPEN');
    checkNewPassphrase(args.passphrase, args.passphraseRepeat);
    const path = withExtension(args.path);
    const vault = await createVault(path, args.passphrase, ctx.ws.vaultOptions);
    await writeSettings(vault, systemActor, { committeeName: args.committeeName, language: args.language }, ctx.now);
    await ctx.ws.attach(vault);
    ctx.config.remember({ path, committeeName: args.committeeName, language: args.language }, ctx.now());
    return appStatus(ctx);
  },

  'vault.unlock': async (args, ctx) => {
    if (ctx.ws.vault) throw new PanelisError('VAULT_ALREADY_OPEN');
    const vault = await openVault(args.path, args.passphrase, ctx.ws.vaultOptions);
    await ctx.ws.attach(vault);
    const settings = await readSettings(vault.db);
    ctx.config.remember({ path: args.path, committeeName: settings.committeeName, language: settings.language }, ctx.now());
    return appStatus(ctx);
  },

  'vault.lock': async (_args, ctx) => {
    await ctx.ws.lock('manual');
    return appStatus(ctx);
  },

  'vault.rekey': async (args, ctx) => {
    const vault = ctx.vault;
    checkNewPassphrase(args.newPassphrase, args.newPassphraseRepeat);
    if (!passphraseOpens(vault.path, args.currentPassphrase, ctx.options.nativeBinding)) {
      throw new PanelisError('WRONG_PASSPHRASE');
    }
    await rekeyVault(vault, args.newPassphrase);
    // Recorded after the fact: a rekey cannot share a transaction with anything.
    await mutate(vault, ctx.actor, async () => ({ value: null, audit: { action: 'vault.rekey', subject: 'vault' } }), ctx.now);
    return null;
  },

  'vault.backup': async (_args, ctx) => {
    const vault = ctx.vault;
    const result = backupVault(vault, 'manual', ctx.ws.vaultOptions);
    await mutate(
      vault,
      ctx.actor,
      async () => ({ value: null, audit: { action: 'vault.backup', subject: 'vault', extra: { file: result.file, bytes: result.bytes } } }),
      ctx.now,
    );
    return result;
  },

  'vault.check': async (_args, ctx) => {
    const vault = ctx.vault;
    const integrity = integrityCheck(vault);
    return {
      integrity: integrity.ok,
      integrityMessage: integrity.message,
      audit: await verifyAuditChain(vault),
      signatures: await verifySheets(vault.db),
      snapshots: await verifySnapshots(vault.db),
    };
  },
} satisfies Partial<Handlers>;
