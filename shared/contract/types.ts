import type { Language } from '../errors';
import type { Role } from '../roles';

export interface RecentVault {
  path: string;
  fileName: string;
  committeeName: string | null;
  language: Language;
  lastOpenedAt: string;
}

export interface OpenVaultInfo {
  path: string;
  fileName: string;
  committeeName: string;
  language: Language;
  idleMinutes: number;
  /** A person idle this long is signed out; the vault stays unlocked. */
  signOutMinutes: number;
  /** False right after creation, until the chair account exists. */
  hasPeople: boolean;
}

export interface SessionInfo {
  personId: string;
  name: string;
  role: Role;
  /** Signed in with a one-time password: nothing else is allowed until it is changed. */
  mustChangePassword: boolean;
}

export interface AppStatus {
  /** The language to show before a vault is unlocked (last used on this laptop). */
  language: Language;
  transport: 'electron' | 'web';
  /** Whether the host can show native file dialogs (Electron) or paths are typed (web). */
  nativeDialogs: boolean;
  /** Whether signed documents open in the system's PDF viewer / save through a native dialog (Electron); else they download. */
  desktopDocuments: boolean;
  /** A suggested folder for new vaults. */
  defaultVaultDir: string;
  recent: RecentVault[];
  vault: OpenVaultInfo | null;
  session: SessionInfo | null;
  /** Why the vault was last locked, so the unlock screen can say it. */
  lockedBecause: 'idle' | 'manual' | null;
  /** Why nobody is signed in on an unlocked vault, so the sign-in screen can say it. */
  signedOutBecause: 'idle' | null;
}

export interface PersonSummary {
  id: string;
  name: string;
  role: Role;
}

export interface BackupResult {
  file: string;
  bytes: number;
}

export interface AuditCheck {
  ok: boolean;
  events: number;
  brokenAt: number | null;
  reason: string | null;
}

/** One thing wrong with a signed score sheet, naming the member and, where known, the applicant. */
export interface SheetFinding {
  roundId: string;
  personId: string;
  personName: string;
  /** The applicant's blind code when the finding is about one applicant's scores. */
  applicantCode: string | null;
  reason: 'signature' | 'hash' | 'key' | 'scores' | 'seal';
  message: { id: string; en: string };
}

export interface SignatureCheck {
  ok: boolean;
  /** Submitted sheets checked. */
  sheets: number;
  findings: SheetFinding[];
}

/** A final snapshot whose stored results no longer hash to the recorded SHA-256. */
export interface SnapshotFinding {
  selectionId: string;
  selectionTitle: string;
  snapshotId: string;
  message: { id: string; en: string };
}

export interface SnapshotCheck {
  ok: boolean;
  /** Final snapshots checked (standing and reopened). */
  snapshots: number;
  findings: SnapshotFinding[];
}

export interface VaultCheck {
  integrity: boolean;
  integrityMessage: string;
  audit: AuditCheck;
  signatures: SignatureCheck;
  snapshots: SnapshotCheck;
}
