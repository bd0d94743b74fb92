/** Roles of the people in a committee vault (docs/architecture.md, "Roles and blindness"). */
export const roles = ['chair', 'secretary', 'member', 'observer'] as const;
export type Role = (typeof roles)[number];

/** Roles that may manage the selection (set-up, members, printing). */
export const managers: readonly Role[] = ['chair', 'secretary'];
/** Everyone who can sign in. */
export const everyone: readonly Role[] = roles;

/** Narrows a role read as text (a vault column, a flag) instead of casting it. */
export function isRole(value: string): value is Role {
  return roles.some((r) => r === value);
}
