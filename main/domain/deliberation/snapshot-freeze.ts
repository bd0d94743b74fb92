import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ResultsView } from '../../../shared/contract/results-types';
import { snapshotPayloadColumn, type SnapshotPayload } from '../../vault/codecs/snapshot-payload';
import type { Database } from '../../vault/schema';
import { resultsView } from '../results/results-view';
import { sha256Hex } from '../scoring/sheet';
import type { FinalSnapshot } from './snapshot';

/**
 * Freezing the results into a final snapshot. Apart from reading (snapshot.ts) because only
 * this side computes results: whoever just reads a snapshot does not import the results.
 */

/** The results as the chair sees them now, overall and per stage (what a snapshot freezes). */
async function freezeResults(
  db: Kysely<Database>,
  selectionId: string,
  chair: { personId: string },
): Promise<{ results: ResultsView; stageResults: Record<string, ResultsView> }> {
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
  const json = snapshotPayloadColumn.encode(payload);
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
