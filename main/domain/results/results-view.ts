import type { Kysely } from 'kysely';
import type { ResultsNote, ResultsReason, ResultsRow, ResultsRowStage, ResultsView } from '../../../shared/contract/results-types';
import { PanelisError } from '../../../shared/errors';
import { computeResults } from '../../../shared/results/results';
import type { ApplicantResult, Reason, StageResult } from '../../../shared/results/types';
import type { Database } from '../../vault/schema';
import { membersBlind } from '../access/blindness';
import { maySeeSelection, type Viewer } from '../access/selection-access';
import { loadResultsSource, type ApplicantRecord, type ResultsSource } from './load-input';
import { visibleFieldsColumn } from '../../vault/codecs/columns';

/** Null person: the command line without `--as` and no chair account yet. */
export type ResultsViewer = Viewer;

const reasonOf = (r: Reason): ResultsReason => ({ code: r.code, stageId: r.stageId, text: r.text });

function rowStage(s: StageResult): ResultsRowStage {
  return {
    stageId: s.stageId,
    outcome: s.outcome,
    passed: s.passed,
    score: s.score,
    percent: s.percent,
    contribution: s.contribution,
    rank: s.rank,
    tie: s.tie,
    criteria: s.criteria,
    aspects: s.aspects,
  };
}

/**
 * Members are blind until every round of the selection is revealed (and at least one counts):
 * a round still draft, open or closed keeps the blind codes, since codes are shared by the
 * selection's rounds. Chair, secretary and observer see identities, as in the applicant list.
 */
function isBlind(source: ResultsSource, viewer: ResultsViewer): boolean {
  if (viewer.role !== 'member') return false;
  return membersBlind(
    source.counted.length > 0,
    source.rounds.map((r) => r.state),
  );
}

function notesOf(source: ResultsSource, stageId: string | null): ResultsNote[] {
  const notes: ResultsNote[] = [];
  for (const s of source.stages) {
    if (stageId !== null && s.stageId !== stageId) continue;
    if (s.status === 'gateNotRecorded') {
      notes.push({
        code: 'gateNotRecorded',
        stageId: s.stageId,
        text: {
          id: `Keputusan MS/TMS tahap ${s.name} belum dicatat di Panelis: tahap ini belum diperhitungkan, hasil bersifat sementara.`,
          en: `The MS/TMS decisions of stage ${s.name} are not recorded in Panelis: the stage is not counted yet, the results are provisional.`,
        },
      });
    } else if (s.status !== 'counted') {
      const why = {
        notClosed: { id: 'putaran penilaiannya belum ditutup', en: 'its scoring round has not closed' },
        noRound: { id: 'belum ada putaran penilaian', en: 'it has no scoring round yet' },
        notImported: { id: 'nilainya belum diimpor', en: 'its values are not imported yet' },
      }[s.status];
      notes.push({
        code: 'stageNotCounted',
        stageId: s.stageId,
        text: { id: `Tahap ${s.name} belum diperhitungkan: ${why.id}.`, en: `Stage ${s.name} is not counted yet: ${why.en}.` },
      });
    }
  }
  return notes;
}

/**
 * `results.get`: the results of a selection (or of one stage) as this person may see them.
 * Values come only from closed or revealed rounds (load-input.ts); identities follow `isBlind`.
 * A member must sit on the selection's committee (the API checks this first as well).
 */
export async function resultsView(
  db: Kysely<Database>,
  selectionId: string,
  viewer: ResultsViewer,
  stageId: string | null,
): Promise<ResultsView> {
  if (!(await maySeeSelection(db, viewer, selectionId))) throw new PanelisError('NOT_ON_COMMITTEE');
  const source = await loadResultsSource(db, selectionId);
  const stage = stageId === null ? null : source.setup.stages.find((s) => s.id === stageId);
  if (stage === undefined) throw new PanelisError('STAGE_NOT_FOUND');
  const results = computeResults(source.input);

  const blind = isBlind(source, viewer);
  const selection = await db.selectFrom('selections').select('visible_fields').where('id', '=', selectionId).executeTakeFirstOrThrow();
  const nameVisible = visibleFieldsColumn.decode(selection.visible_fields).includes('name');
  const records = new Map<string, ApplicantRecord>(source.applicants.map((a) => [a.id, a]));
  const identity = (applicantId: string) => {
    const a = records.get(applicantId)!;
    return {
      applicantId,
      code: a.blind_code,
      registrationNumber: blind ? null : a.registration_number,
      name: blind && !nameVisible ? null : a.name,
      status: a.status,
    };
  };

  let rows: ResultsRow[];
  if (stage === null) {
    rows = results.applicants.map((a: ApplicantResult): ResultsRow => {
      const reasons = a.reasons.map(reasonOf);
      return {
        ...identity(a.applicantId),
        final: a.final,
        rank: a.rank,
        passed: a.passed,
        outcome: a.outcome,
        reason: reasons[0] ?? null,
        reasons,
        tie: a.tie,
        flags: a.flags,
        stages: a.stages.map(rowStage),
      };
    });
  } else if (stage.kind === 'gate' && source.stages.find((s) => s.stageId === stage.id)?.status === 'gateNotRecorded') {
    // A gate with no decision recorded yet (load-input.ts): nobody has passed or failed it.
    const reason: ResultsReason = { code: 'gateNotRecorded', stageId: stage.id, text: notesOf(source, stage.id)[0]!.text };
    rows = results.applicants.map((a) => ({
      ...identity(a.applicantId),
      final: null,
      rank: null,
      passed: false,
      outcome: a.outcome === 'withdrawn' ? 'withdrawn' : 'incomplete',
      reason,
      reasons: [reason],
      tie: null,
      flags: { tooFewScorers: [], disagreement: [] },
      stages: [],
    }));
  } else {
    const order = new Map((results.stageRanks.find((r) => r.stageId === stage.id)?.ranking ?? []).map((r, i) => [r.applicantId, i]));
    const outcomeOrder = ['passed', 'failed', 'incomplete', 'notEligible'];
    const withStage = results.applicants.map((a, i) => ({ a, s: a.stages.find((x) => x.stageId === stage.id)!, i }));
    withStage.sort((x, y) => {
      const ox = order.get(x.a.applicantId);
      const oy = order.get(y.a.applicantId);
      if (ox !== undefined || oy !== undefined) return (ox ?? Infinity) - (oy ?? Infinity);
      return outcomeOrder.indexOf(x.s.outcome) - outcomeOrder.indexOf(y.s.outcome) || x.i - y.i;
    });
    rows = withStage.map(({ a, s }): ResultsRow => {
      const reasons = s.reasons.map(reasonOf);
      const mine = (refs: { stageId: string; criterionId: string }[]) => refs.filter((r) => r.stageId === stage.id);
      return {
        ...identity(a.applicantId),
        final: s.score,
        rank: s.rank,
        passed: s.passed,
        outcome: s.outcome,
        reason: reasons[0] ?? null,
        reasons,
        tie: s.tie,
        flags: { tooFewScorers: mine(a.flags.tooFewScorers), disagreement: mine(a.flags.disagreement) },
        stages: [rowStage(s)],
      };
    });
  }

  const notes = notesOf(source, stageId);
  const inStage = <T extends { stageId: string }>(items: T[]) => (stageId === null ? items : items.filter((x) => x.stageId === stageId));
  return {
    selectionId,
    stageId,
    blind,
    provisional: notes.length > 0,
    notes,
    stages: source.stages,
    options: results.options,
    method: results.method,
    rows,
    agreement: inStage(results.agreement),
    disagreements: inStage(results.disagreements),
  };
}
