import { randomUUID } from 'node:crypto';
import type { RevisionResult } from '../../../shared/contract/deliberation-types';
import { PanelisError } from '../../../shared/errors';
import { onScale } from '../../../shared/scoring/scale-values';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';
import { authenticate } from '../people/people';
import { openPrivateKey } from '../people/signing-key';
import { resultsView } from '../results/results-view';
import { requireState, roundRubric } from '../rounds/round-record';
import { buildSheet, sealOf, signSheet, type ScoreSheet } from '../scoring/sheet';
import { assertNotFinal } from '../final/freeze';
import { attendeesOf, loadMeeting, requireOpen, requireQuorum } from './meeting-record';
import { resultChanges, revisionsOf } from './revision-record';
import { scoreSheetColumn } from '../../vault/codecs/score-sheet';

export const REVISION_REASON_MIN = 5;

export interface RevisionInput {
  meetingId: string;
  itemId?: string | undefined;
  /** The member whose score changes; they type their own password. */
  personId: string;
  password: string;
  applicantId: string;
  stageId: string;
  criterionId: string;
  value: number;
  reason: string;
}

/**
 * A score revised after discussion in a meeting with quorum: the member whose score it is
 * confirms with their password (which unseals their signing key), a reason is required, the
 * earlier value and the earlier signed sheet stay on the record, the sheet is signed again
 * and the round's seal recomputed. Answers with what changed in the results.
 */
export async function reviseScore(
  vault: Vault,
  actor: Actor & { personId: string },
  input: RevisionInput,
  now: () => Date,
): Promise<RevisionResult> {
  const reason = input.reason.trim();
  if (reason.length < REVISION_REASON_MIN) throw new PanelisError('REVISION_REASON_REQUIRED', { min: REVISION_REASON_MIN });
  const meeting = await loadMeeting(vault.db, input.meetingId);
  requireOpen(meeting);
  const member = await vault.db
    .selectFrom('people')
    .select(['name', 'private_key_enc', 'public_key'])
    .where('id', '=', input.personId)
    .executeTakeFirst();
  if (!member) throw new PanelisError('PERSON_NOT_FOUND');
  await authenticate(vault, input.personId, input.password);
  const privateKey = openPrivateKey(member.private_key_enc, input.password);

  return mutate(
    vault,
    actor,
    async (trx) => {
      const selectionId = meeting.selection_id;
      await assertNotFinal(trx, selectionId);
      await requireQuorum(trx, meeting);
      const attendee = (await attendeesOf(trx, meeting.id)).find((a) => a.personId === input.personId);
      if (!attendee || !attendee.present) throw new PanelisError('NOT_PRESENT', { name: member.name });
      if (input.itemId) {
        const item = await trx
          .selectFrom('agenda_items')
          .select('id')
          .where('id', '=', input.itemId)
          .where('meeting_id', '=', meeting.id)
          .executeTakeFirst();
        if (!item) throw new PanelisError('ITEM_NOT_FOUND');
      }
      const round = await trx
        .selectFrom('rounds')
        .selectAll()
        .where('selection_id', '=', selectionId)
        .where('stage_id', '=', input.stageId)
        .executeTakeFirst();
      if (!round) throw new PanelisError('ROUND_NOT_FOUND');
      requireState(round, 'closed', 'revealed');
      const scorer = await trx
        .selectFrom('round_scorers')
        .selectAll()
        .where('round_id', '=', round.id)
        .where('person_id', '=', input.personId)
        .executeTakeFirst();
      if (!scorer || scorer.status !== 'submitted' || !scorer.sheet || !scorer.sheet_sha256 || !scorer.signature || !scorer.submitted_at) {
        throw new PanelisError('REVISION_NO_SHEET');
      }
      const recused = await trx
        .selectFrom('conflicts')
        .select('id')
        .where('selection_id', '=', selectionId)
        .where('person_id', '=', input.personId)
        .where('applicant_id', '=', input.applicantId)
        .executeTakeFirst();
      if (recused) throw new PanelisError('VOTER_RECUSED', { name: member.name });
      const rubric = await roundRubric(trx, round);
      const criterion = rubric.criteria.find((c) => c.id === input.criterionId);
      if (!criterion) throw new PanelisError('CRITERION_NOT_FOUND');
      const score = await trx
        .selectFrom('scores')
        .select(['value'])
        .where('round_id', '=', round.id)
        .where('person_id', '=', input.personId)
        .where('applicant_id', '=', input.applicantId)
        .where('criterion_id', '=', input.criterionId)
        .executeTakeFirst();
      if (!score) throw new PanelisError('APPLICANT_NOT_FOUND');
      if (!onScale(criterion.scale, input.value)) {
        const scale =
          criterion.scale.type === 'levels'
            ? criterion.scale.levels.map((l) => l.value).join('/')
            : `${criterion.scale.min}–${criterion.scale.max}`;
        throw new PanelisError('SCORE_OFF_SCALE', { value: input.value, criterion: criterion.name, scale });
      }
      if (score.value === input.value) throw new PanelisError('REVISION_UNCHANGED');

      const chairView = { personId: actor.personId, role: 'chair' as const };
      const before = await resultsView(trx, selectionId, chairView, null);
      const at = now().toISOString();
      await trx
        .updateTable('scores')
        .set({ value: input.value, updated_at: at })
        .where('round_id', '=', round.id)
        .where('person_id', '=', input.personId)
        .where('applicant_id', '=', input.applicantId)
        .where('criterion_id', '=', input.criterionId)
        .execute();

      const previous = scoreSheetColumn.decode(scorer.sheet);
      const sheet: ScoreSheet = {
        ...(await buildSheet(trx, round, input.personId, scorer.submitted_at)),
        revision: { number: (previous.revision?.number ?? 0) + 1, revisedAt: at, previousSha256: scorer.sheet_sha256 },
      };
      const signed = signSheet(sheet, privateKey);
      await trx
        .updateTable('round_scorers')
        .set({ sheet: signed.json, sheet_sha256: signed.sha256, signature: signed.signature, public_key: member.public_key })
        .where('round_id', '=', round.id)
        .where('person_id', '=', input.personId)
        .execute();
      const sheets = await trx
        .selectFrom('round_scorers')
        .select(['person_id', 'status', 'sheet_sha256'])
        .where('round_id', '=', round.id)
        .execute();
      const seal = sealOf(
        round.id,
        sheets.map((s) => ({ personId: s.person_id, status: s.status, sheetSha256: s.sheet_sha256 })),
      );
      await trx.updateTable('rounds').set({ seal_sha256: seal }).where('id', '=', round.id).execute();

      const after = await resultsView(trx, selectionId, chairView, null);
      const changes = resultChanges(before, after, input.applicantId, input.stageId);
      const id = randomUUID();
      await trx
        .insertInto('score_revisions')
        .values({
          id,
          selection_id: selectionId,
          meeting_id: meeting.id,
          item_id: input.itemId ?? null,
          round_id: round.id,
          person_id: input.personId,
          applicant_id: input.applicantId,
          criterion_id: input.criterionId,
          old_value: score.value,
          new_value: input.value,
          reason,
          old_sheet: scorer.sheet,
          old_sheet_sha256: scorer.sheet_sha256,
          old_signature: scorer.signature,
          new_sheet_sha256: signed.sha256,
          old_seal: round.seal_sha256,
          new_seal: seal,
          changes: JSON.stringify(changes),
          recorded_by: actor.personId,
          created_at: at,
        })
        .execute();
      const revision = (await revisionsOf(trx, { meetingId: meeting.id })).find((r) => r.id === id)!;
      return {
        value: { revision, changes },
        audit: {
          action: 'deliberation.revise',
          subject: `round:${round.id}`,
          before: { value: score.value, sheetSha256: scorer.sheet_sha256, seal: round.seal_sha256 },
          after: { value: input.value, sheetSha256: signed.sha256, seal },
          extra: {
            revisionId: id,
            meetingId: meeting.id,
            personId: input.personId,
            applicantId: input.applicantId,
            criterionId: input.criterionId,
            reason,
            confirmedBy: input.personId,
          },
        },
      };
    },
    now,
  );
}
