import { PanelisError } from '../../../shared/errors';
import type { FinaliseCheck } from '../../../shared/contract/deliberation-types';
import { confirmedFinalise, finaliseCheck } from './finalise-check';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';
import { assertNotFinal, standingSnapshotRow } from '../final/freeze';
import { loadMeeting, requireOpen, requireQuorum } from './meeting-record';
import type { FinalSnapshot } from './snapshot';
import { writeSnapshot } from './snapshot-freeze';
import { reason } from '../../../shared/error-messages/reasons';

/**
 * Finalises a selection's results (the chair, in an open meeting with quorum): overall and
 * per-stage results as the chair sees them are frozen into a snapshot with its SHA-256.
 * Refused when no stage counts yet (there is nothing to freeze).
 */
export async function finaliseSelection(
  vault: Vault,
  actor: Actor & { personId: string },
  input: { meetingId: string; confirmed?: FinaliseCheck['counts'] | undefined },
  now: () => Date,
): Promise<FinalSnapshot> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const meeting = await loadMeeting(trx, input.meetingId);
      requireOpen(meeting);
      await assertNotFinal(trx, meeting.selection_id);
      await requireQuorum(trx, meeting);
      const snapshot = await writeSnapshot(trx, {
        selectionId: meeting.selection_id,
        finalisedAt: now().toISOString(),
        finalisedBy: { personId: actor.personId, name: actor.name },
        meetingId: meeting.id,
      });
      if (!snapshot.results.stages.some((s) => s.status === 'counted')) {
        throw new PanelisError('RESULTS_NOT_READY', { reason: reason('NO_STAGE_COUNTED') });
      }
      // Flagged applicants never discussed, undecided gates, incomplete rows: the chair must
      // have seen exactly these counts and confirmed them (the snapshot written above rolls back).
      const check = await finaliseCheck(trx, meeting.id);
      if (!confirmedFinalise(check, input.confirmed)) throw new PanelisError('FINALISE_UNCONFIRMED', check.counts);
      return {
        value: snapshot,
        audit: {
          action: 'deliberation.finalise',
          subject: `selection:${meeting.selection_id}`,
          after: { snapshotId: snapshot.id, sha256: snapshot.sha256, provisional: snapshot.results.provisional },
          extra: { meetingId: meeting.id },
        },
      };
    },
    now,
  );
}

/**
 * Reopens a final selection (the chair, with a reason): the snapshot stays on the record,
 * marked reopened; results, votes and revisions may change again until the next finalisation.
 */
export async function reopenSelection(
  vault: Vault,
  actor: Actor & { personId: string },
  input: { selectionId: string; reason: string },
  now: () => Date,
): Promise<void> {
  await mutate(
    vault,
    actor,
    async (trx) => {
      const row = await standingSnapshotRow(trx, input.selectionId);
      if (!row) throw new PanelisError('NOT_FINAL');
      await trx
        .updateTable('final_snapshots')
        .set({ reopened_at: now().toISOString(), reopened_by: actor.personId, reopen_reason: input.reason })
        .where('id', '=', row.id)
        .execute();
      return {
        value: null,
        audit: {
          action: 'deliberation.reopen',
          subject: `selection:${input.selectionId}`,
          before: { snapshotId: row.id, sha256: row.sha256 },
          extra: { reason: input.reason },
        },
      };
    },
    now,
  );
}
