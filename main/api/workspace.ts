import type { SessionInfo } from '../../shared/contract';
import type { SheetTable } from '../io/table';
import { Jobs } from './jobs';
import { systemActor } from '../domain/audit/actor';
import { mutate } from '../domain/mutate';
import { readSettings } from '../domain/settings/settings';
import { backupVault, closeVault, type Vault, type VaultOptions } from '../vault/vault';

export type LockReason = 'idle' | 'manual';

/** A spreadsheet read into memory, waiting for the secretary to check the mapping and import. */
export interface PendingImport {
  owner: string;
  selectionId: string;
  fileName: string;
  sha256: string;
  table: SheetTable;
}

/**
 * The state of one running Panelis: at most one unlocked vault and at most one person
 * signed in. The key exists only inside the open SQLite handle; locking closes it.
 */
export class Workspace {
  vault: Vault | null = null;
  /** Long-running work and parsed-but-not-imported files: forgotten when the vault locks. */
  readonly jobs = new Jobs();
  readonly imports = new Map<string, PendingImport>();
  session: SessionInfo | null = null;
  lockedBecause: LockReason | null = null;
  /** The last person was signed out for being idle (the vault stayed unlocked). */
  signedOutBecause: 'idle' | null = null;
  /** A language chosen by someone who may not change the vault (an observer), for their session. */
  sessionLanguage: 'id' | 'en' | null = null;
  private lastActivity: number;
  private idleMs = 10 * 60_000;
  private signOutMs = 5 * 60_000;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly vaultOptions: VaultOptions,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.lastActivity = now().getTime();
  }

  async attach(vault: Vault): Promise<void> {
    this.vault = vault;
    this.session = null;
    this.sessionLanguage = null;
    this.lockedBecause = null;
    await this.refreshIdle();
    this.touch();
    // unref: an open vault must never keep a CLI or test process alive.
    this.timer ??= setInterval(() => void this.lockIfIdle(), 15_000);
    this.timer.unref();
  }

  async refreshIdle(): Promise<void> {
    if (!this.vault) return;
    const settings = await readSettings(this.vault.db);
    this.idleMs = settings.idleMinutes * 60_000;
    this.signOutMs = Math.min(settings.signOutMinutes, settings.idleMinutes) * 60_000;
  }

  touch(): void {
    this.lastActivity = this.now().getTime();
  }

  isIdle(): boolean {
    return this.vault !== null && this.now().getTime() - this.lastActivity >= this.idleMs;
  }

  /**
   * On a shared committee laptop: a person idle for the sign-out time is signed out (the next
   * member signs in without the passphrase); after the longer idle time the vault locks.
   */
  async lockIfIdle(): Promise<void> {
    if (this.isIdle()) {
      await this.lock('idle');
      return;
    }
    const who = this.session;
    if (this.vault && who && this.now().getTime() - this.lastActivity >= this.signOutMs) {
      this.session = null;
      this.sessionLanguage = null;
      this.sessionLanguage = null;
      this.signedOutBecause = 'idle';
      await mutate(
        this.vault,
        { personId: who.personId, name: who.name, role: who.role },
        async () => ({ value: null, audit: { action: 'session.signOut', subject: `person:${who.personId}`, extra: { reason: 'idle' } } }),
        this.now,
      );
    }
  }

  /**
   * Locks: records the lock, takes the on-close backup, closes the handle (dropping the key)
   * and forgets who was signed in. Safe to call when nothing is open.
   */
  async lock(reason: LockReason): Promise<void> {
    if (!this.vault) return;
    // Never close the file under a running import: let it finish (or fail) first.
    await this.jobs.allDone();
    const vault = this.vault;
    if (!vault) return;
    this.vault = null;
    this.jobs.clear();
    this.imports.clear();
    const who = this.session;
    this.session = null;
    this.sessionLanguage = null;
    this.signedOutBecause = null;
    this.lockedBecause = reason;
    try {
      await mutate(
        vault,
        who ? { personId: who.personId, name: who.name, role: who.role } : systemActor,
        async () => ({ value: null, audit: { action: 'vault.lock', subject: 'vault', extra: { reason } } }),
        this.now,
      );
      backupVault(vault, 'close', this.vaultOptions);
    } finally {
      await closeVault(vault);
    }
  }

  async dispose(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.lock('manual');
  }
}
