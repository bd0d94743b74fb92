import { useCallback, useMemo } from 'react';
import { contract, type MethodName } from '../../../shared/contract';
import { managers, type Role } from '../../../shared/roles';
import { useKnownStatus } from './app-status';

/**
 * Whether a person with `role` may call `method`: the contract's access, the same table main
 * checks every call against. Screens offer what this allows; main still refuses the rest.
 */
export function mayCall(method: MethodName, role: Role | null, vaultOpen: boolean): boolean {
  const access = contract[method].access;
  switch (access.kind) {
    case 'open':
      return true;
    case 'unlocked':
      return vaultOpen;
    case 'roles':
      return role !== null && access.roles.includes(role);
  }
}

/**
 * Whether someone with `role` scores. The contract gives scoring to the scorers alone, and
 * scoring is blind: main shows scorers codes instead of identities and only the selections
 * whose committee they sit on. So "a scorer" is also "blind" and "sees only their own".
 */
export function isScorer(role: Role | null): boolean {
  return mayCall('scores.save', role, true);
}

// Rules main checks on a call's arguments, which a method's access cannot state. They are
// mirrored here once, so screens offer only what main accepts (main checks them again).

/** Only the chair may add another chair or a secretary; either manager may add the others. */
function mayAddRole(actor: Role | null, added: Role): boolean {
  return actor === 'chair' || !managers.includes(added);
}

/** A frozen rubric (scoring has begun on it) may be changed by the chair alone. */
function editsFrozenRubric(actor: Role | null): boolean {
  return actor === 'chair';
}

/** Managers record conflicts for any committee member; anyone else only for themselves. */
function declaresForOthers(actor: Role | null): boolean {
  return actor !== null && managers.includes(actor);
}

/** Revealing identities takes one person of each of these roles (rounds.reveal's access). */
export type RevealRole = Extract<Role, 'chair' | 'secretary'>;

/** The role of the second person the one signed in needs to reveal identities. */
function revealPartner(actor: Role | null): RevealRole {
  return actor === 'chair' ? 'secretary' : 'chair';
}

export interface Viewer {
  personId: string | null;
  /** May the person signed in call this method (the contract's access)? */
  can(method: MethodName): boolean;
  /** Scores, and so sees applicants blind: codes only, never identities. */
  scorer: boolean;
  mayAddRole(role: Role): boolean;
  editsFrozenRubric: boolean;
  declaresForOthers: boolean;
  revealPartner: RevealRole;
}

/** Who is looking, for what to offer; main checks every call again. */
export function useViewer(): Viewer {
  const { session, vault } = useKnownStatus();
  const role = session?.role ?? null;
  const personId = session?.personId ?? null;
  const vaultOpen = vault !== null;
  const can = useCallback((method: MethodName) => mayCall(method, role, vaultOpen), [role, vaultOpen]);
  return useMemo(
    () => ({
      personId,
      can,
      scorer: isScorer(role),
      mayAddRole: (added: Role) => mayAddRole(role, added),
      editsFrozenRubric: editsFrozenRubric(role),
      declaresForOthers: declaresForOthers(role),
      revealPartner: revealPartner(role),
    }),
    [can, personId, role],
  );
}
