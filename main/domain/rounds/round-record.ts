import type { Kysely, Selectable } from 'kysely';
import type { RoundState, RoundSummary } from '../../../shared/contract/scoring-types';
import { PanelisError } from '../../../shared/errors';
import type { Rubric } from '../../../shared/selection/rubric';
import type { Stage } from '../../../shared/selection/selection';
import { roundStateNames } from '../../../shared/scoring/round-states';
import type { Database, RoundsTable } from '../../vault/schema';
import { loadSetup } from '../selections/selections';
import { scorersAtOpen } from './assignment';
import { revealedByColumn, rubricColumn } from '../../vault/codecs/columns';

export type RoundRow = Selectable<RoundsTable>;

export async function loadRound(db: Kysely<Database>, roundId: string): Promise<RoundRow> {
  const round = await db.selectFrom('rounds').selectAll().where('id', '=', roundId).executeTakeFirst();
  if (!round) throw new PanelisError('ROUND_NOT_FOUND');
  return round;
}

/** Refuses, in both languages, when the round is not in one of `states`. */
export function requireState(round: RoundRow, ...states: RoundState[]): void {
  if (!states.includes(round.state)) {
    throw new PanelisError('ROUND_STATE', { state: roundStateNames[round.state] });
  }
}

export async function roundStage(db: Kysely<Database>, round: Pick<RoundRow, 'selection_id' | 'stage_id'>): Promise<Stage> {
  const setup = await loadSetup(db, round.selection_id);
  const stage = setup.stages.find((s) => s.id === round.stage_id);
  if (!stage) throw new PanelisError('ROUND_NOT_FOUND');
  return stage;
}

// Frozen rubric versions never change: parse each once per process.
const frozenRubrics = new Map<string, Rubric>();

/**
 * The rubric a round is scored against: the frozen version once the round has opened; the
 * stage's current draft before that (calibration runs on the draft, which may still change).
 */
export async function roundRubric(db: Kysely<Database>, round: RoundRow): Promise<Rubric> {
  if (round.rubric_version === null) {
    const stage = await roundStage(db, round);
    if (!stage.rubric) throw new PanelisError('STAGE_NOT_SCORED');
    return stage.rubric;
  }
  const key = `${round.id}:${round.rubric_version}:${round.rubric_sha256}`;
  const cached = frozenRubrics.get(key);
  if (cached) return cached;
  const row = await db
    .selectFrom('rubric_versions')
    .select(['rubric', 'sha256'])
    .where('selection_id', '=', round.selection_id)
    .where('stage_id', '=', round.stage_id)
    .where('version', '=', round.rubric_version)
    .executeTakeFirstOrThrow();
  const rubric = rubricColumn.decode(row.rubric);
  if (row.sha256 === round.rubric_sha256) frozenRubrics.set(key, rubric);
  return rubric;
}

export interface Viewer {
  personId: string;
}

export async function roundSummary(db: Kysely<Database>, round: RoundRow, viewer: Viewer): Promise<RoundSummary> {
  const stage = await roundStage(db, round).catch(() => null);
  const scorers = await db.selectFrom('round_scorers').select(['person_id', 'status']).where('round_id', '=', round.id).execute();
  const applicants = await db
    .selectFrom('round_applicants')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('round_id', '=', round.id)
    .executeTakeFirstOrThrow();
  const revealedIds = round.revealed_by ? revealedByColumn.decode(round.revealed_by) : [];
  const revealers = revealedIds.length ? await db.selectFrom('people').select(['id', 'name']).where('id', 'in', revealedIds).execute() : [];
  const mine = scorers.find((s) => s.person_id === viewer.personId);
  // A draft round has no fixed scorers yet: show who would score if it opened now.
  const expected = round.state === 'draft' ? await scorersAtOpen(db, round.selection_id, round.stage_id) : null;
  return {
    id: round.id,
    selectionId: round.selection_id,
    stageId: round.stage_id,
    stageName: stage?.name ?? '',
    state: round.state,
    calibration: round.calibration,
    rubricVersion: round.rubric_version,
    rubricSha256: round.rubric_sha256,
    createdAt: round.created_at,
    openedAt: round.opened_at,
    closedAt: round.closed_at,
    revealedAt: round.revealed_at,
    sealSha256: round.seal_sha256,
    revealedBy: revealedIds.map((id) => revealers.find((p) => p.id === id)?.name ?? id),
    scorers: expected ? expected.length : scorers.length,
    applicants: Number(applicants.n),
    me: { scorer: expected ? expected.includes(viewer.personId) : mine !== undefined, status: mine?.status ?? null },
  };
}

export async function listRounds(db: Kysely<Database>, selectionId: string, viewer: Viewer): Promise<RoundSummary[]> {
  const rows = await db.selectFrom('rounds').selectAll().where('selection_id', '=', selectionId).orderBy('created_at').execute();
  const setup = await loadSetup(db, selectionId);
  const order = (r: RoundRow) => setup.stages.findIndex((s) => s.id === r.stage_id);
  rows.sort((a, b) => order(a) - order(b));
  return Promise.all(rows.map((r) => roundSummary(db, r, viewer)));
}
