import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canonicalJson } from '../../../shared/canonical-json';
import type { ResultsView } from '../../../shared/contract/results-types';
import type { SnapshotInfo } from '../../../shared/contract/deliberation-types';
import type { Database } from '../../vault/schema';
import { resultsView } from '../results/results-view';
import { sha256Hex } from '../scoring/sheet';
import { standingSnapshotRow } from '../final/freeze';

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

/** What is hashed: everything of the snapshot except its own id and hash. */
interface SnapshotPayload {
  kind: 'panelis.finalSnapshot';
  version: 1;
  selectionId: string;
  finalisedAt: string;
  finalisedBy: { personId: string; name: string };
  meetingId: string | null;
  results: ResultsView;
  stageResults: Record<string, ResultsView>;
}

/** The results as the chair sees them now, overall and per stage (what a snapshot freezes). */
export async function freezeResults(db: Kysely<Database>, selectionId: string, chair: { personId: string }): Promise<{ results: ResultsView; stageResults: Record<string, ResultsView> }> {
  const viewer = { personId: chair.personId, role: 'chair' as const };
  const results = await resultsView(db, selectionId, viewer, null);
  const stageResults: Record<string, ResultsView> = {};
  for (const s of results.stages) stageResults[s.stageId] = await resultsView(db, selectionId, viewer, s.stageId);
  return { results, stageResults };
}

/** Builds the canonical payload and its SHA-256 and stores it (inside the caller's transaction). */
export async function writeSnapshot(
  db: Kysely<Database>,
  input: { selectionId: string; finalisedAt: string; finalisedBy: { personId: string; name: string }; meetingId: string | null },
): Promise<FinalSnapshot> {
  const frozen = await freezeResults(db, input.selectionId, input.finalisedBy);
  const payload: SnapshotPayload = { kind: 'panelis.finalSnapshot', version: 1, ...input, ...frozen };
  const json = canonicalJson(payload);
  const sha256 = sha256Hex(json);
  const id = randomUUID();
  await db
    .insertInto('final_snapshots')
    .values({
      id,
      selection_id: input.selectionId,
      meeting_id: input.meetingId,
      payload: json,
      sha256,
      finalised_by: input.finalisedBy.personId,
      finalised_by_name: input.finalisedBy.name,
      finalised_at: input.finalisedAt,
      reopened_by: null,
      reopened_at: null,
      reopen_reason: null,
    })
    .execute();
  return { id, sha256, ...input, results: frozen.results, stageResults: frozen.stageResults };
}

/** The final snapshot of a selection; null while not final (or reopened). */
export async function currentSnapshot(db: Kysely<Database>, selectionId: string): Promise<FinalSnapshot | null> {
  const row = await standingSnapshotRow(db, selectionId);
  if (!row) return null;
  const p = JSON.parse(row.payload) as SnapshotPayload;
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
    .select(['f.id', 'f.sha256', 'f.finalised_at', 'f.finalised_by_name', 'f.meeting_id', 'f.reopened_at', 'p.name as reopened_name', 'f.reopen_reason'])
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
