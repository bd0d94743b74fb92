import type { Role } from '../../../shared/roles';

/** Who did something. `system` is Panelis itself (vault creation, auto-lock). */
export interface Actor {
  personId: string | null;
  name: string;
  role: Role | 'system';
}

export const systemActor: Actor = { personId: null, name: 'Panelis', role: 'system' };
