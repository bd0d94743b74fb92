import type { Kysely, Selectable } from 'kysely';
import type { ResultsStage } from '../../../shared/contract/results-types';
import type { ApplicantFacts, MemberScore, Recusal, ResultsInput, StageInput } from '../../../shared/results/types';
import type { SelectionSetup } from '../../../shared/selection/selection';
import type { ApplicantsTable, Database } from '../../vault/schema';
import { roundRubric, type RoundRow } from '../rounds/round-record';
import { loadSetup } from '../selections/selections';

export type ApplicantRecord = Selectable<ApplicantsTable>;

/** Everything the results of one selection are computed from, with what each stage contributes. */
export interface ResultsSource {
  setup: SelectionSetup;
  /** What `computeResults` gets: unrecorded gates are left out of `input.setup.stages`. */
  input: ResultsInput;
  /** Every stage of the set-up, in order, with its status. */
  stages: ResultsStage[];
  /** Every round of the selection (any state). */
  rounds: RoundRow[];
  /** The rounds whose scores are in `input`. */
  counted: RoundRow[];
  applicants: ApplicantRecord[];
}

/** States whose values may be seen: before close nobody sees values (DESIGN.md section 5, independence). */
const COUNTED_STATES: readonly RoundRow['state'][] = ['closed', 'revealed'];

function gpaOf(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const n = Number(raw.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

function birthDateOf(raw: unknown): string | null {
  return typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : null;
}

export function applicantFacts(row: ApplicantRecord): ApplicantFacts {
  let fields: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(row.fields);
    if (parsed && typeof parsed === 'object') fields = parsed as Record<string, unknown>;
  } catch {
    // Unreadable fields: no GPA, no birth date (tie-break rules then treat them as missing).
  }
  return { id: row.id, gpa: gpaOf(fields.gpa), birthDate: birthDateOf(fields.birthDate), status: row.status };
}

/**
 * The results input of a selection, from the vault:
 * - a panel stage counts only once its round is closed or revealed, with the round's frozen
 *   rubric, the scores of submitted (signed) sheets only (an excused scorer's partial scores
 *   never count) and the recusals from the declared conflicts;
 * - external stages have no data in the vault yet (import comes later): no input, so the
 *   module reports them as not scored yet;
 * - gates: MS/TMS decisions are not recorded in Panelis yet. Given to the module without a
 *   decision, a gate would make every applicant "incomplete" for ever, so an unrecorded gate
 *   is left out of the computation and the stage is marked `gateNotRecorded` (the view says
 *   the results are provisional and why).
 */
export async function loadResultsSource(db: Kysely<Database>, selectionId: string): Promise<ResultsSource> {
  const setup = await loadSetup(db, selectionId);
  const rounds = await db.selectFrom('rounds').selectAll().where('selection_id', '=', selectionId).execute();
  const applicants = await db.selectFrom('applicants').selectAll().where('selection_id', '=', selectionId).orderBy('blind_code').execute();
  const conflicts = await db.selectFrom('conflicts').select(['person_id', 'applicant_id']).where('selection_id', '=', selectionId).execute();
  const recusalKeys = new Set<string>();
  const recusals: Recusal[] = [];
  for (const c of conflicts) {
    const key = `${c.person_id}\u0000${c.applicant_id}`;
    if (recusalKeys.has(key)) continue;
    recusalKeys.add(key);
    recusals.push({ personId: c.person_id, applicantId: c.applicant_id });
  }

  const inputs: StageInput[] = [];
  const stages: ResultsStage[] = [];
  const counted: RoundRow[] = [];
  for (const stage of setup.stages) {
    const round = rounds.find((r) => r.stage_id === stage.id) ?? null;
    const info: ResultsStage = {
      stageId: stage.id,
      name: stage.name,
      kind: stage.kind,
      source: stage.source,
      weight: stage.weight,
      eliminates: stage.eliminates,
      roundId: round?.id ?? null,
      roundState: round?.state ?? null,
      rubricVersion: null,
      status: 'noRound',
    };
    stages.push(info);
    if (stage.kind === 'gate') {
      info.status = 'gateNotRecorded';
      continue;
    }
    if (stage.source === 'external') {
      info.status = 'notImported';
      continue;
    }
    if (!round) continue;
    if (!COUNTED_STATES.includes(round.state)) {
      info.status = 'notClosed';
      continue;
    }
    const rubric = await roundRubric(db, round);
    const rows = await db
      .selectFrom('scores as s')
      .innerJoin('round_scorers as r', (j) => j.onRef('r.round_id', '=', 's.round_id').onRef('r.person_id', '=', 's.person_id'))
      .select(['s.person_id', 's.applicant_id', 's.criterion_id', 's.value'])
      .where('s.round_id', '=', round.id)
      .where('r.status', '=', 'submitted')
      .where('s.value', 'is not', null)
      .execute();
    const criteria = new Set(rubric.criteria.map((c) => c.id));
    const scores: MemberScore[] = [];
    for (const r of rows) {
      // A submitted sheet holds only the frozen rubric's criteria; anything else is not a score of this round.
      if (r.value === null || !criteria.has(r.criterion_id)) continue;
      scores.push({ personId: r.person_id, applicantId: r.applicant_id, criterionId: r.criterion_id, value: r.value });
    }
    inputs.push({ type: 'panel', stageId: stage.id, rubric, scores, recusals });
    info.status = 'counted';
    info.rubricVersion = round.rubric_version;
    counted.push(round);
  }

  const input: ResultsInput = {
    setup: { stages: setup.stages.filter((s) => s.kind !== 'gate'), tieBreak: setup.tieBreak },
    stages: inputs,
    applicants: applicants.map(applicantFacts),
  };
  return { setup, input, stages, rounds, counted, applicants };
}
