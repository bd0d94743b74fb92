import type { Kysely } from 'kysely';
import { reason } from '../../../shared/error-messages/reasons';
import { PanelisError, type ErrorCode } from '../../../shared/errors';
import { committeeOf } from '../../domain/committee/committee';
import { currentSnapshot, snapshotIntact, type FinalSnapshot } from '../../domain/deliberation/snapshot';
import { firstActiveChair } from '../../domain/people/people';
import type { Database } from '../../vault/schema';
import type { Signatory } from './common';

/** Reads several kinds share: who signs, the standing final results. */

/** The committee as it signs (observers do not); the vault's chair first when the committee names none. */
export async function signatoriesOf(db: Kysely<Database>, selectionId: string): Promise<Signatory[]> {
  const list: Signatory[] = [];
  for (const m of await committeeOf(db, selectionId)) {
    if (m.role === 'chair' || m.role === 'secretary' || m.role === 'member') list.push({ name: m.name, nip: m.nip, role: m.role });
  }
  if (!list.some((s) => s.role === 'chair')) {
    const chair = await firstActiveChair(db);
    if (chair) list.unshift({ name: chair.name, nip: chair.nip, role: 'chair' });
  }
  return list;
}

export async function chairOf(db: Kysely<Database>, selectionId: string): Promise<Signatory | null> {
  return (await signatoriesOf(db, selectionId)).find((s) => s.role === 'chair') ?? null;
}

/** The standing final snapshot; refused before finalisation and when it no longer matches its SHA-256. */
export async function finalSnapshot(db: Kysely<Database>, selectionId: string): Promise<FinalSnapshot> {
  const snap = await currentSnapshot(db, selectionId);
  if (!snap) throw new PanelisError('SELECTION_NOT_FINAL');
  // An official paper never prints a snapshot that no longer matches its recorded SHA-256.
  if (!(await snapshotIntact(db, snap.id)))
    throw new PanelisError('DOCUMENT_INPUT_INVALID', { reason: reason('FINAL_SNAPSHOT_HASH_MISMATCH', { id: snap.id }) });
  return snap;
}

/** Null where a domain lookup refuses with `code` (the thing is not there); any other error passes. */
export async function orNull<T>(lookup: Promise<T>, code: ErrorCode): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof PanelisError && error.code === code) return null;
    throw error;
  }
}
