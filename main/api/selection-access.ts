import { PanelisError } from '../../shared/errors';
import { isOnCommittee } from '../domain/committee/committee';
import { requireSession, requireVault, type HandlerContext } from './context';

/**
 * Chair, secretary and observer see every selection of the vault; a member only those on
 * whose committee they sit. Checked before any selection data is read.
 */
export async function requireSelectionAccess(ctx: HandlerContext, selectionId: string): Promise<void> {
  const session = requireSession(ctx);
  const vault = requireVault(ctx);
  const exists = await vault.db.selectFrom('selections').select('id').where('id', '=', selectionId).executeTakeFirst();
  if (!exists) throw new PanelisError('SELECTION_NOT_FOUND');
  if (session.role === 'member' && !(await isOnCommittee(vault.db, selectionId, session.personId))) {
    throw new PanelisError('NOT_ON_COMMITTEE');
  }
}
