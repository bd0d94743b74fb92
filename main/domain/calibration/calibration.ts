import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CalibrationResults, CalibrationView } from '../../../shared/contract/scoring-types';
import { PanelisError } from '../../../shared/errors';
import { scaleRange } from '../../../shared/selection/rubric';
import { mean } from '../../../shared/scoring/arithmetic';
import { readingOf } from '../../../shared/scoring/reading';
import { onScale } from '../../../shared/scoring/scale-values';
import type { Role } from '../../../shared/roles';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';
import { scorersAtOpen } from '../rounds/assignment';
import { loadRound, requireState, roundRubric, roundSummary, type RoundRow } from '../rounds/round-record';
import { reason, type ReasonKey } from '../../../shared/error-messages/reasons';

/**
 * Calibration: before a round opens, every scorer scores the same one to three sample cases
 * (not applicants) on the stage's rubric; then each sees how they read the descriptors
 * against the panel. Kept in tables of their own: calibration scores never count.
 */

const state = (key: ReasonKey) => new PanelisError('CALIBRATION_STATE', { reason: reason(key) });

export interface CaseInput {
  label: string;
  description: string;
}

export async function startCalibration(vault: Vault, actor: Actor, roundId: string, cases: CaseInput[], now: () => Date): Promise<void> {
  await mutate(
    vault,
    actor,
    async (trx) => {
      const round = await loadRound(trx, roundId);
      requireState(round, 'draft');
      if (round.calibration !== 'none') throw state('CALIBRATION_ALREADY_STARTED');
      await roundRubric(trx, round);
      if ((await scorersAtOpen(trx, round.selection_id, round.stage_id)).length === 0) {
        throw state('NO_SCORER_YET');
      }
      const at = now().toISOString();
      const rows = cases.map((c, position) => ({
        id: randomUUID(),
        round_id: roundId,
        position,
        label: c.label,
        description: c.description,
        created_at: at,
      }));
      await trx.insertInto('calibration_cases').values(rows).execute();
      await trx.updateTable('rounds').set({ calibration: 'open' }).where('id', '=', roundId).execute();
      return {
        value: null,
        audit: {
          action: 'calibration.start',
          subject: `round:${roundId}`,
          after: { cases: rows.map((r) => ({ id: r.id, label: r.label })) },
        },
      };
    },
    now,
  );
}

async function cases(db: Kysely<Database>, roundId: string) {
  return db
    .selectFrom('calibration_cases')
    .select(['id', 'label', 'description'])
    .where('round_id', '=', roundId)
    .orderBy('position')
    .execute();
}

export async function calibrationView(db: Kysely<Database>, roundId: string, viewer: { personId: string }): Promise<CalibrationView> {
  const round = await loadRound(db, roundId);
  const rubric = await roundRubric(db, round);
  const list = await cases(db, roundId);
  const scorers = await scorersAtOpen(db, round.selection_id, round.stage_id);
  const scores = list.length
    ? await db
        .selectFrom('calibration_scores')
        .select(['case_id', 'person_id', 'criterion_id', 'value'])
        .where(
          'case_id',
          'in',
          list.map((c) => c.id),
        )
        .execute()
    : [];
  const mine: Record<string, Record<string, number | null>> = {};
  for (const c of list) mine[c.id] = {};
  const filled = new Map<string, number>();
  for (const s of scores) {
    if (s.value !== null && rubric.criteria.some((c) => c.id === s.criterion_id))
      filled.set(s.person_id, (filled.get(s.person_id) ?? 0) + 1);
    if (s.person_id === viewer.personId) (mine[s.case_id] ??= {})[s.criterion_id] = s.value;
  }
  const needed = list.length * rubric.criteria.length;
  return {
    round: await roundSummary(db, round, viewer),
    rubric,
    cases: list,
    mine: scorers.includes(viewer.personId) ? mine : {},
    complete: scorers.filter((p) => needed > 0 && (filled.get(p) ?? 0) >= needed).length,
    scorers: scorers.length,
  };
}

export async function saveCalibration(
  vault: Vault,
  actor: Actor & { personId: string },
  input: { roundId: string; caseId: string; criterionId: string; value: number | null },
  now: () => Date,
): Promise<void> {
  await mutate(
    vault,
    actor,
    async (trx) => {
      const round = await loadRound(trx, input.roundId);
      requireState(round, 'draft');
      if (round.calibration !== 'open') throw state('CALIBRATION_NOT_RUNNING');
      if (!(await scorersAtOpen(trx, round.selection_id, round.stage_id)).includes(actor.personId)) throw new PanelisError('NOT_A_SCORER');
      const kase = await trx
        .selectFrom('calibration_cases')
        .select('id')
        .where('id', '=', input.caseId)
        .where('round_id', '=', round.id)
        .executeTakeFirst();
      if (!kase) throw new PanelisError('CASE_NOT_FOUND');
      const criterion = (await roundRubric(trx, round)).criteria.find((c) => c.id === input.criterionId);
      if (!criterion) throw new PanelisError('CRITERION_NOT_FOUND');
      if (input.value !== null && !onScale(criterion.scale, input.value)) {
        throw new PanelisError('SCORE_OFF_SCALE', { value: input.value, criterion: criterion.name, scale: '' });
      }
      const at = now().toISOString();
      await trx
        .insertInto('calibration_scores')
        .values({ case_id: input.caseId, person_id: actor.personId, criterion_id: criterion.id, value: input.value, updated_at: at })
        .onConflict((oc) => oc.columns(['case_id', 'person_id', 'criterion_id']).doUpdateSet({ value: input.value, updated_at: at }))
        .execute();
      return {
        value: null,
        audit: {
          action: 'calibration.save',
          subject: `round:${round.id}`,
          after: { caseId: input.caseId, criterionId: criterion.id, value: input.value },
        },
      };
    },
    now,
  );
}

export async function closeCalibration(vault: Vault, actor: Actor, roundId: string, now: () => Date): Promise<void> {
  await mutate(
    vault,
    actor,
    async (trx) => {
      const round = await loadRound(trx, roundId);
      if (round.calibration !== 'open') throw state('CALIBRATION_NOT_RUNNING');
      await trx.updateTable('rounds').set({ calibration: 'closed' }).where('id', '=', roundId).execute();
      return { value: null, audit: { action: 'calibration.close', subject: `round:${roundId}`, after: { calibration: 'closed' } } };
    },
    now,
  );
}

/**
 * Per criterion: the panel's mean over every scorer and case, and each scorer's own mean
 * against it. Shown once the chair closes the calibration, so nobody anchors on the others
 * while scoring; a member sees their own row only.
 */
export async function calibrationResults(
  db: Kysely<Database>,
  roundId: string,
  viewer: { personId: string; role: Role },
): Promise<CalibrationResults> {
  const round: RoundRow = await loadRound(db, roundId);
  if (round.calibration !== 'closed') throw state('CALIBRATION_RESULTS_AFTER_CLOSE');
  const rubric = await roundRubric(db, round);
  const list = await cases(db, roundId);
  const scores = list.length
    ? await db
        .selectFrom('calibration_scores as s')
        .innerJoin('people as p', 'p.id', 's.person_id')
        .select(['s.person_id', 'p.name', 's.criterion_id', 's.value'])
        .where(
          's.case_id',
          'in',
          list.map((c) => c.id),
        )
        .where('s.value', 'is not', null)
        .orderBy('p.name')
        .execute()
    : [];
  const people = new Map<string, string>();
  for (const s of scores) people.set(s.person_id, s.name);
  const criteria = rubric.criteria.map((c) => {
    const own = scores.filter((s) => s.criterion_id === c.id);
    const panelMean = mean(own.map((s) => s.value as number));
    const { min, max } = scaleRange(c.scale);
    const members = [...people].map(([personId, name]) => {
      const m = mean(own.filter((s) => s.person_id === personId).map((s) => s.value as number));
      const difference = m !== null && panelMean !== null ? m - panelMean : null;
      return { personId, name, mean: m, difference, reading: readingOf(difference, max - min) };
    });
    return {
      criterionId: c.id,
      panelMean,
      members: viewer.role === 'member' ? members.filter((m) => m.personId === viewer.personId) : members,
    };
  });
  return { round: await roundSummary(db, round, viewer), rubric, cases: list, criteria };
}
