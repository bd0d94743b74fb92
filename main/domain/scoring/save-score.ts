import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { CriterionScore, ScoreSaved } from '../../../shared/contract/scoring-types';
import { PanelisError } from '../../../shared/errors';
import type { Scale } from '../../../shared/selection/rubric';
import { stageSubtotal } from '../../../shared/scoring/arithmetic';
import { onScale } from '../../../shared/scoring/scale-values';
import { deskStatus } from '../../../shared/scoring/sheet-status';
import type { RawDb } from '../../vault/native';
import type { RoundsTable } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';
import { ASSIGNMENT_FACTS_SQL, assignmentFrom, factsOfRow, requireAssigned, type AssignmentFactsRow } from '../rounds/assignment';
import { requireState, roundRubric } from '../rounds/round-record';

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

type SaveContext = RoundsTable & AssignmentFactsRow & { scorer_status: string | null };

/**
 * Every rule a save must pass, in one query: the round, the member's sheet, and the facts of
 * the assignment rule (rounds/assignment.ts), whose SQL this query takes from there.
 */
const CONTEXT_SQL = `
select r.*,
  s.status as scorer_status,${ASSIGNMENT_FACTS_SQL}
from rounds r left join round_scorers s on s.round_id = r.id and s.person_id = @person
where r.id = @round`;

interface SaveStatements {
  context: Statement<[{ round: string; person: string; applicant: string }], SaveContext>;
  before: Statement<[string, string, string, string], { value: number | null; note: string }>;
  upsert: Statement<[string, string, string, string, number | null, string, string]>;
  applicantScores: Statement<[string, string, string], { criterion_id: string; value: number | null; note: string }>;
}
const statements = new WeakMap<RawDb, SaveStatements>();

function saveStatements(raw: RawDb): SaveStatements {
  let s = statements.get(raw);
  if (!s) {
    s = {
      context: raw.prepare(CONTEXT_SQL),
      before: raw.prepare('select value, note from scores where round_id = ? and person_id = ? and applicant_id = ? and criterion_id = ?'),
      upsert: raw.prepare(
        // saved_seq: the audit chain's length now; this save's own event follows it, so it
        // strictly increases from one save to the next (see migration 0007).
        `insert into scores (round_id, person_id, applicant_id, criterion_id, value, note, updated_at, saved_seq)
         values (?, ?, ?, ?, ?, ?, ?, (select coalesce(max(seq), 0) from audit_events))
         on conflict (round_id, person_id, applicant_id, criterion_id)
         do update set value = excluded.value, note = excluded.note, updated_at = excluded.updated_at, saved_seq = excluded.saved_seq`,
      ),
      applicantScores: raw.prepare(
        'select criterion_id, value, note from scores where round_id = ? and person_id = ? and applicant_id = ?',
      ),
    };
    statements.set(raw, s);
  }
  return s;
}

/**
 * Saves one score (or note) of the signed-in member, durably, with its audit event: one
 * keypress, one transaction. Everything is checked inside it: the round is open, the sheet
 * not yet submitted, the applicant theirs and not recused, the value on the scale.
 *
 * This is the hottest write of the app (a member presses a digit; the form waits for
 * "Tersimpan"), so it runs on prepared statements of the vault's own connection, inside the
 * transaction mutate holds, rather than through the query builder. The last saved score is
 * also where the desk resumes after a crash (see desk.ts), so no position is written apart.
 */
export async function saveScore(
  vault: Vault,
  actor: Actor & { personId: string },
  input: ScoreInput,
  now: () => Date,
): Promise<ScoreSaved> {
  const s = saveStatements(vault.raw);
  return mutate(
    vault,
    actor,
    async (trx) => {
      const ctx = s.context.get({ round: input.roundId, person: actor.personId, applicant: input.applicantId });
      if (!ctx) throw new PanelisError('ROUND_NOT_FOUND');
      requireState(ctx, 'open');
      if (ctx.scorer_status === null) throw new PanelisError('NOT_A_SCORER');
      if (ctx.scorer_status === 'submitted') throw new PanelisError('SHEET_SUBMITTED');
      if (ctx.scorer_status === 'excused') throw new PanelisError('NOT_A_SCORER');
      requireAssigned(assignmentFrom(factsOfRow(ctx)));
      const rubric = await roundRubric(trx, ctx);
      const criterion = rubric.criteria.find((c) => c.id === input.criterionId);
      if (!criterion) throw new PanelisError('CRITERION_NOT_FOUND');
      if (input.value !== undefined && input.value !== null && !onScale(criterion.scale, input.value)) {
        throw new PanelisError('SCORE_OFF_SCALE', { value: input.value, criterion: criterion.name, scale: scaleText(criterion.scale) });
      }
      const before = s.before.get(ctx.id, actor.personId, input.applicantId, criterion.id);
      const after = { value: input.value === undefined ? (before?.value ?? null) : input.value, note: input.note ?? before?.note ?? '' };
      const savedAt = now().toISOString();
      s.upsert.run(ctx.id, actor.personId, input.applicantId, criterion.id, after.value, after.note, savedAt);
      const scores: Record<string, CriterionScore> = {};
      const values: Record<string, number | null> = {};
      for (const r of s.applicantScores.all(ctx.id, actor.personId, input.applicantId)) {
        scores[r.criterion_id] = { value: r.value, note: r.note };
        values[r.criterion_id] = r.value;
      }
      return {
        value: { savedAt, status: deskStatus(rubric, scores, false), subtotal: stageSubtotal(rubric, values) },
        // The values are in the record; whoever reads the audit trail before the round
        // closes must not see them (the trail is not offered to anyone before close).
        audit: {
          action: 'scores.save',
          subject: `round:${ctx.id}`,
          before: before ?? null,
          after,
          extra: { applicantId: input.applicantId, criterionId: criterion.id },
        },
      };
    },
    now,
  );
}
