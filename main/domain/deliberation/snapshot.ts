import type { Kysely } from 'kysely';
import type { ResultsView } from '../../../shared/contract/results-types';
import type { SnapshotInfo } from '../../../shared/contract/deliberation-types';
import { snapshotPayloadColumn } from '../../vault/codecs/snapshot-payload';
import type { Database } from '../../vault/schema';
import { sha256Hex } from '../scoring/sheet';
import { standingSnapshotRow } from '../final/freeze';

/** Reading final snapshots; freezing one is snapshot-freeze.ts. */

export interface FinalSnapshot {
  id: string;
  selectionId: string;
  sha256: string;
  finalisedAt: string;
  finalisedBy: { personId: string; name: string };
  /** Overall results as the chair sees them, and each stage's, frozen (canonical JSON hashed for sha256). */
  results: ResultsView;
  stageResults: Record<string, ResultsView>;
  meetingId: string | null;
}

/** The final snapshot of a selection; null while not final (or reopened). */
export async function currentSnapshot(db: Kysely<Database>, selectionId: string): Promise<FinalSnapshot | null> {
  const row = await standingSnapshotRow(db, selectionId);
  if (!row) return null;
  const p = snapshotPayloadColumn.decode(row.payload);
  return {
    id: row.id,
    selectionId: row.selection_id,
    sha256: row.sha256,
    finalisedAt: p.finalisedAt,
    finalisedBy: p.finalisedBy,
    results: p.results,
    stageResults: p.stageResults,
    meetingId: p.meetingId,
  };
}

/** Whether a stored snapshot still matches its hash (vault check, documents). */
export async function snapshotIntact(db: Kysely<Database>, snapshotId: string): Promise<boolean> {
  const row = await db.selectFrom('final_snapshots').select(['payload', 'sha256']).where('id', '=', snapshotId).executeTakeFirst();
  return row !== undefined && sha256Hex(row.payload) === row.sha256;
}

/** Every snapshot of a selection, newest first. */
export async function listSnapshots(db: Kysely<Database>, selectionId: string): Promise<SnapshotInfo[]> {
  const rows = await db
    .selectFrom('final_snapshots as f')
    .leftJoin('people as p', 'p.id', 'f.reopened_by')
    .select([
      'f.id',
      'f.sha256',
      'f.finalised_at',
      'f.finalised_by_name',
      'f.meeting_id',
      'f.reopened_at',
      'p.name as reopened_name',
      'f.reopen_reason',
    ])
    .where('f.selection_id', '=', selectionId)
    .orderBy('f.finalised_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sha256: r.sha256,
    finalisedAt: r.finalised_at,
    finalisedBy: r.finalised_by_name,
    meetingId: r.meeting_id,
    reopenedAt: r.reopened_at,
    reopenedBy: r.reopened_name,
    reopenReason: r.reopen_reason,
  }));
}
