import type { Kysely, Selectable } from 'kysely';
import type { ResultsStage } from '../../../shared/contract/results-types';
import type { ApplicantFacts, Recusal, ResultsInput, StageInput } from '../../../shared/results/types';
import type { SelectionSetup } from '../../../shared/selection/selection';
import type { ApplicantsTable, Database } from '../../vault/schema';
import { roundRubric, type RoundRow } from '../rounds/round-record';
import { loadSetup } from '../selections/selections';
import { loadExternalInput } from './external-scores';
import { loadGateDecisions } from './gates';
import { loadResultOptions } from './result-options';
import { loadPanelScores } from './panel-scores';
import { applicantFieldsColumn } from '../../vault/codecs/columns';

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

/** States whose values may be seen: before close nobody sees values (docs/architecture.md, "Roles and blindness": independence). */
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
  // Unreadable fields: no GPA, no birth date (tie-break rules then treat them as missing).
  const fields: Record<string, unknown> = applicantFieldsColumn.tryDecode(row.fields) ?? {};
  return { id: row.id, gpa: gpaOf(fields.gpa), birthDate: birthDateOf(fields.birthDate), status: row.status };
}

/**
 * The results input of a selection, from the vault:
 * - a panel stage counts only once its round is closed or revealed, with the round's frozen
 *   rubric, the scores of submitted (signed) sheets only (an excused scorer's partial scores
 *   never count) and the recusals from the declared conflicts;
 * - external stages count with their current import (external-scores.ts); before one, no
 *   input, so the module reports them as not scored yet;
 * - gates: the recorded MS/TMS decisions (gates.ts). A gate with no decision at all would
 *   make every applicant "incomplete", so until the first decision it is left out of the
 *   computation and marked `gateNotRecorded` (the view says the results are provisional);
 * - the selection's result options (result-options.ts), the defaults until chosen.
 */
export async function loadResultsSource(db: Kysely<Database>, selectionId: string): Promise<ResultsSource> {
  const setup = await loadSetup(db, selectionId);
  const rounds = await db.selectFrom('rounds').selectAll().where('selection_id', '=', selectionId).execute();
  const applicants = await db.selectFrom('applicants').selectAll().where('selection_id', '=', selectionId).orderBy('blind_code').execute();
  const conflicts = await db
    .selectFrom('conflicts')
    .select(['person_id', 'applicant_id'])
    .where('selection_id', '=', selectionId)
    .execute();
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
      // A gate counts once any decision is recorded; applicants without one are then "undecided".
      const decisions = await loadGateDecisions(db, selectionId, stage.id);
      if (decisions.length === 0) {
        info.status = 'gateNotRecorded';
        continue;
      }
      inputs.push({ type: 'gate', stageId: stage.id, decisions });
      info.status = 'counted';
      continue;
    }
    if (stage.source === 'external') {
      // The current import's values, read against the rubric version the import froze.
      const external = await loadExternalInput(db, selectionId, stage.id);
      if (!external) {
        info.status = 'notImported';
        continue;
      }
      inputs.push({ type: 'external', stageId: stage.id, rubric: external.rubric, values: external.values });
      info.status = 'counted';
      info.rubricVersion = external.rubricVersion;
      continue;
    }
    if (!round) continue;
    if (!COUNTED_STATES.includes(round.state)) {
      info.status = 'notClosed';
      continue;
    }
    const rubric = await roundRubric(db, round);
    // Submitted sheets only, the frozen rubric's criteria only, packed for speed (panel-scores.ts).
    const table = await loadPanelScores(db, round.id, rubric);
    inputs.push({ type: 'panel', stageId: stage.id, rubric, scores: [], table, recusals });
    info.status = 'counted';
    info.rubricVersion = round.rubric_version;
    counted.push(round);
  }

  const input: ResultsInput = {
    setup: { stages: setup.stages.filter((s) => s.kind !== 'gate' || inputs.some((i) => i.stageId === s.id)), tieBreak: setup.tieBreak },
    stages: inputs,
    applicants: applicants.map(applicantFacts),
    options: (await loadResultOptions(db, selectionId)).options,
  };
  return { setup, input, stages, rounds, counted, applicants };
}
