import type { SessionInfo } from '../../shared/contract';
import type { AppConfigStore } from '../config/app-config';
import type { Actor } from '../domain/audit/actor';
import type { Viewer } from '../domain/access/selection-access';
import type { Vault } from '../vault/vault';
import type { AppOptions } from './options';
import type { Workspace } from './workspace';

/** What every handler gets besides its parsed arguments (methods whose access is `open`). */
export interface HandlerContext {
  readonly ws: Workspace;
  readonly config: AppConfigStore;
  readonly options: AppOptions;
  readonly now: () => Date;
}

/** Methods whose access is `unlocked`: the dispatcher found the vault open. */
export interface VaultContext extends HandlerContext {
  readonly vault: Vault;
}

/** Methods for roles: the dispatcher found the vault open and a person of an allowed role signed in. */
export interface SessionContext extends VaultContext {
  readonly session: SessionInfo;
  /** The session as the audit chain records it. */
  readonly actor: Actor & { personId: string };
  /** The session as the access and blindness rules (main/domain/access) ask about it. */
  readonly viewer: Viewer;
}

export function actorOf(session: SessionInfo): Actor & { personId: string } {
  return { personId: session.personId, name: session.name, role: session.role };
}
