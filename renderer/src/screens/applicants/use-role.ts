import type { Role } from '../../../../shared/roles';
import { useKnownStatus } from '../../state/app-status';

export interface Viewer {
  role: Role | null;
  personId: string | null;
  /** Chair and secretary: may change applicants, committee and conflicts of anyone. */
  canManage: boolean;
  /** Members score blind: they search by code only and never see identities. */
  blind: boolean;
}

/** Who is looking, for what to offer; main checks every call again. */
export function useViewer(): Viewer {
  const { session } = useKnownStatus();
  const role = session?.role ?? null;
  return {
    role,
    personId: session?.personId ?? null,
    canManage: role === 'chair' || role === 'secretary',
    blind: role === 'member',
  };
}
