import type { ScoreSaved } from '../../../shared/contract/scoring-types';
import { PanelisError } from '../../../shared/errors';
import type { Scale } from '../../../shared/selection/rubric';
import { stageSubtotal } from '../../../shared/scoring/arithmetic';
import { onScale } from '../../../shared/scoring/scale-values';
import { deskStatus } from '../../../shared/scoring/sheet-status';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';
import { isAssigned, isRecused } from '../rounds/assignment';
import { loadRound, requireState, roundRubric } from '../rounds/round-record';
import { requireScorer } from './desk';
import { myScores } from './my-scores';

export interface ScoreInput {
  roundId: string;
  applicantId: string;
  criterionId: string;
  /** undefined: keep the stored value; null: clear it. */
  value?: number | null;
  note?: string;
}

function scaleText(scale: Scale): string {
  return scale.type === 'levels' ? scale.levels.map((l) => l.value).join('/') : `${scale.min}–${scale.max}, ${scale.step}`;
}

/**
 * Saves one score (or note) of the signed-in member, durably, with its audit event: one
 * keypress, one transaction. Everything is checked inside it: the round is open, the sheet
 * not yet submitted, the applicant theirs and not recused, the value on the scale.
 */
export async function saveScore(vault: Vault, actor: Actor & { personId: string }, input: ScoreInput, now: () => Date): Promise<ScoreSaved> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const round = await loadRound(trx, input.roundId);
      requireState(round, 'open');
      const scorer = await requireScorer(trx, round, actor.personId);
      if (scorer.status === 'submitted') throw new PanelisError('SHEET_SUBMITTED');
      if (scorer.status === 'excused') throw new PanelisError('NOT_A_SCORER');
      if (!(await isAssigned(trx, round, actor.personId, input.applicantId))) throw new PanelisError('NOT_ASSIGNED');
      if (await isRecused(trx, round.selection_id, actor.personId, input.applicantId)) throw new PanelisError('RECUSED');
      const rubric = await roundRubric(trx, round);
      const criterion = rubric.criteria.find((c) => c.id === input.criterionId);
      if (!criterion) throw new PanelisError('CRITERION_NOT_FOUND');
      if (input.value !== undefined && input.value !== null && !onScale(criterion.scale, input.value)) {
        throw new PanelisError('SCORE_OFF_SCALE', { value: input.value, criterion: criterion.name, scale: scaleText(criterion.scale) });
      }
      const key = { round_id: round.id, person_id: actor.personId, applicant_id: input.applicantId, criterion_id: criterion.id };
      const before = await trx
        .selectFrom('scores')
        .select(['value', 'note'])
        .where('round_id', '=', key.round_id)
        .where('person_id', '=', key.person_id)
        .where('applicant_id', '=', key.applicant_id)
        .where('criterion_id', '=', key.criterion_id)
        .executeTakeFirst();
      const after = { value: input.value === undefined ? (before?.value ?? null) : input.value, note: input.note ?? before?.note ?? '' };
      const savedAt = now().toISOString();
      await trx
        .insertInto('scores')
        .values({ ...key, ...after, updated_at: savedAt })
        .onConflict((oc) => oc.columns(['round_id', 'person_id', 'applicant_id', 'criterion_id']).doUpdateSet({ ...after, updated_at: savedAt }))
        .execute();
      // Where the member is: the desk resumes here after a crash or a switch of person.
      await trx
        .updateTable('round_scorers')
        .set({ last_applicant_id: input.applicantId, last_criterion_id: criterion.id })
        .where('round_id', '=', round.id)
        .where('person_id', '=', actor.personId)
        .execute();
      const scores = (await myScores(trx, round.id, actor.personId, input.applicantId)).get(input.applicantId) ?? {};
      const values = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v.value]));
      return {
        value: { savedAt, status: deskStatus(rubric, scores, false), subtotal: stageSubtotal(rubric, values) },
        // The values are in the record; whoever reads the audit trail before the round
        // closes must not see them (the trail is not offered to anyone before close).
        audit: { action: 'scores.save', subject: `round:${round.id}`, before: before ?? null, after, extra: { applicantId: input.applicantId, criterionId: criterion.id } },
      };
    },
    now,
  );
}
