import type { SessionInfo } from '../../shared/contract';
import { PanelisError } from '../../shared/errors';
import type { AppConfigStore } from '../config/app-config';
import type { Actor } from '../domain/audit/actor';
import type { Vault } from '../vault/vault';
import type { AppOptions } from './app';
import type { Workspace } from './workspace';

/** What a handler gets besides its parsed arguments. */
export interface HandlerContext {
  readonly ws: Workspace;
  readonly config: AppConfigStore;
  readonly options: AppOptions;
  readonly now: () => Date;
}

export function requireVault(ctx: HandlerContext): Vault {
  if (!ctx.ws.vault) throw new PanelisError('VAULT_LOCKED');
  return ctx.ws.vault;
}

export function requireSession(ctx: HandlerContext): SessionInfo {
  if (!ctx.ws.session) throw new PanelisError('NOT_SIGNED_IN');
  return ctx.ws.session;
}

export function actorOf(session: SessionInfo): Actor {
  return { personId: session.personId, name: session.name, role: session.role };
}
