import { z } from 'zod';
import { allowed, method, open, unlocked } from './define';
import * as s from './schemas';
import { deliberationMethods } from './deliberation';
import { documentsMethods } from './documents';
import { resultsMethods } from './results';
import { scoringMethods } from './scoring';
import { setupMethods } from './setup';
import { stageInputsMethods } from './stage-inputs';
import type { AppStatus, BackupResult, PersonSummary, SessionInfo, VaultCheck } from './types';

export type * from './types';
export type * from './setup-types';
export type * from './scoring-types';
export type * from './results-types';
export type * from './deliberation-types';
export type * from './stage-inputs-types';
export type * from './documents-types';
export type { Access, MethodSpec, OpenAccess, RolesAccess, UnlockedAccess } from './define';

const empty = z.object({}).strict();

/**
 * The single description of every method Panelis offers. Handlers (main/api),
 * the preload and the renderer client all derive from this map.
 */
export const contract = {
  // --- app: what the shell needs before and around a vault
  'app.status': method(empty, open, { activity: false }).returns<AppStatus>().reads(),
  'app.activity': method(empty, open).returns<null>().reads(),
  'app.pickVaultPath': method(z.object({ mode: z.enum(['create', 'open']) }).strict(), open)
    .returns<{
      path: string | null;
    }>()
    .reads(),
  'app.setLanguage': method(z.object({ language: s.language }).strict(), open)
    .returns<AppStatus>()
    .other('The UI language of this laptop or person; results and documents are printed in the language asked for at print time.'),

  // --- vault: the encrypted file
  'vault.create': method(
    z
      .object({
        path: s.filePath,
        passphrase: s.passphrase,
        passphraseRepeat: s.passphrase,
        committeeName: z.string().trim().min(2).max(300),
        language: s.language,
      })
      .strict(),
    open,
  )
    .returns<AppStatus>()
    .other('Creates a new, empty vault: no selection exists in it yet.'),
  'vault.unlock': method(z.object({ path: s.filePath, passphrase: s.passphrase }).strict(), open)
    .returns<AppStatus>()
    .other('Opens the vault (the unlock is audited); no record of a selection changes.'),
  'vault.lock': method(empty, open).returns<AppStatus>().other('Closes the vault and takes a backup; no record of a selection changes.'),
  'vault.rekey': method(
    z
      .object({
        currentPassphrase: s.passphrase,
        newPassphrase: s.passphrase,
        newPassphraseRepeat: s.passphrase,
      })
      .strict(),
    allowed('chair'),
  )
    .returns<null>()
    .other('Changes the passphrase that encrypts the file; every record stays as it was.'),
  'vault.backup': method(empty, allowed('chair', 'secretary')).returns<BackupResult>().other('Copies the vault; nothing in it changes.'),
  'vault.check': method(empty, allowed('chair', 'secretary', 'observer'))
    .returns<VaultCheck>()
    .reads(),

  // --- people and sessions
  'people.setupChair': method(
    z
      .object({
        name: s.personName,
        nip: s.nip,
        password: s.password,
        passwordRepeat: s.password,
      })
      .strict(),
    unlocked,
  )
    .returns<SessionInfo>()
    .other("Creates the vault's first account, before any selection exists."),
  'session.people': method(empty, unlocked).returns<PersonSummary[]>().reads(),
  'session.signIn': method(z.object({ personId: s.id, password: s.password }).strict(), unlocked)
    .returns<SessionInfo>()
    .other('Signing in is audited; it changes no selection.'),
  'session.signOut': method(empty, unlocked).returns<null>().other('Signing out is audited; it changes no selection.'),

  // --- settings kept in the vault
  'settings.setIdleMinutes': method(
    z
      .object({
        minutes: z.number().int().min(1).max(240),
        /** Sign the person out after this many idle minutes, leaving the vault unlocked for the next. */
        signOutMinutes: z.number().int().min(1).max(240).optional(),
      })
      .strict(),
    allowed('chair'),
  )
    .returns<AppStatus>()
    .other('Idle lock and sign-out times of this vault; no result or document reads them.'),

  ...setupMethods,
  ...scoringMethods,
  ...resultsMethods,
  ...stageInputsMethods,
  ...deliberationMethods,
  ...documentsMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Args<M extends MethodName> = z.input<Contract[M]['args']>;
export type ParsedArgs<M extends MethodName> = z.output<Contract[M]['args']>;
export type Result<M extends MethodName> = Exclude<Contract[M]['result'], undefined>;

export const methodNames = Object.keys(contract) as MethodName[];
export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export { IPC_CHANNEL } from './channel';
