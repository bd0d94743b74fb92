import { z } from 'zod';
import { allowed, method } from './define';
import * as s from './schemas';
import type { CriterionAgreement, Disagreement } from '../results/types';
import type { Reading } from './scoring-types';
import type { ResultsRow, ResultsRowStage, ResultsView } from './results-types';

/** Everyone on the committee; members only for their own selections and blind until reveal (main/domain/results). */
const everyone = allowed('chair', 'secretary', 'member', 'observer');

// ---------------------------------------------------------------- results screen

/**
 * A column of the result table to sort by: `rank` (the results' own order: ranked first,
 * then failed, incomplete, withdrawn), `code`, `name`, `final`, `outcome`, `flags`,
 * `stage:<stageId>` (a stage's score) or `criterion:<stageId>:<criterionId>` (an aggregate).
 */
export const resultsSortColumn = z
  .string()
  .max(140)
  .regex(/^(rank|code|name|final|outcome|flags|stage:[^:\s]{1,64}|criterion:[^:\s]{1,64}:[^:\s]{1,64})$/);
export type ResultsSortColumn = z.output<typeof resultsSortColumn>;
export const resultsOutcomeFilter = z.enum(['all', 'passed', 'failed', 'flagged']);
export type ResultsOutcomeFilter = z.output<typeof resultsOutcomeFilter>;

const where = { selectionId: s.id, stageId: s.id.optional() };

/** A criterion of a counted stage, as the table's column header shows it (from the round's frozen rubric). */
export interface ResultsCriterionInfo {
  stageId: string;
  criterionId: string;
  code: string;
  name: string;
  min: number;
  max: number;
}

/** Agreement on one criterion as the screen needs it: the ICC and its reading, with counts instead of id lists. */
export type ResultsSummaryAgreement = Omit<CriterionAgreement, 'members' | 'applicants' | 'leftOut'> & {
  members: number;
  applicants: number;
  leftOut: number;
};

/** At most this many agenda items travel with the summary (largest spreads first); the table's "flagged" filter has them all. */
export const SUMMARY_AGENDA_LIMIT = 100;

/**
 * `results.summary`: what `results.get` gives besides the rows, lean enough for the first screen
 * at 10,000 applicants: agreement with counts, the first `SUMMARY_AGENDA_LIMIT` agenda items and
 * their total, plus the criteria columns and the counts the filters give.
 */
export type ResultsSummary = Omit<ResultsView, 'rows' | 'agreement' | 'disagreements'> & {
  agreement: ResultsSummaryAgreement[];
  disagreements: Disagreement[];
  disagreementTotal: number;
  criteria: ResultsCriterionInfo[];
  counts: { all: number; passed: number; failed: number; flagged: number };
  /** Code (and name where this viewer may see it) of each applicant on the disagreement agenda, by applicant id. */
  agendaApplicants: Record<string, { code: string; name: string | null }>;
};

/**
 * A row of the result table: `ResultsRow` without what the table does not show (ties, every
 * reason, per-criterion spreads and flags, aspects), so a page stays small at 12 criteria.
 * Numbers in full precision, as in `results.get`.
 */
export type ResultsTableRow = Pick<
  ResultsRow,
  'applicantId' | 'code' | 'registrationNumber' | 'name' | 'status' | 'final' | 'rank' | 'passed' | 'outcome' | 'reason' | 'flags'
> & {
  /** Each stage's score and outcome (a gate has no score: its outcome is MS or TMS); criteria (their aggregates) only in a stage's table (`stageId`), empty overall. */
  stages: {
    stageId: string;
    score: number | null;
    outcome: ResultsRowStage['outcome'];
    criteria: { criterionId: string; aggregate: number | null }[];
  }[];
};

/** `results.table`: one page of the rows after filter and sort (computed in main from a cached computation). */
export interface ResultsTablePage {
  /** Rows matching the filter. */
  total: number;
  offset: number;
  rows: ResultsTableRow[];
}

/** `results.export`: a file to download. */
export interface ResultsExportFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** One member as the charts show them: a name for chair/secretary/observer; for a member their own name and "Anggota N". */
export interface ChartMember {
  /** Opaque within one answer ("m1", "m2"...): never a person id. */
  key: string;
  /** Null: the renderer shows "Anggota {{n}}" (a member looking at another member). */
  name: string | null;
  n: number;
  self: boolean;
}

/** How many scores a member gave each value on one criterion (submitted sheets only). */
export interface ChartDistribution {
  criterionId: string;
  memberKey: string;
  counts: { value: number; count: number }[];
}

export interface ChartLeniency {
  memberKey: string;
  applicants: number;
  ownMean: number | null;
  panelMean: number | null;
  difference: number | null;
  reading: Reading | null;
}

export interface ChartApplicant {
  applicantId: string;
  code: string;
  /** Null while blind (as in `results.get`). */
  name: string | null;
  criteria: { criterionId: string; scores: { memberKey: string; value: number | null; recused: boolean }[] }[];
}

/** `results.memberScores`: what the charts of one closed or revealed panel round need. */
export interface MemberScoresView {
  selectionId: string;
  stageId: string;
  roundId: string;
  roundState: 'closed' | 'revealed';
  blind: boolean;
  criteria: ResultsCriterionInfo[];
  members: ChartMember[];
  distribution: ChartDistribution[];
  /** Each member's mean stage score against the panel's mean on the same applicants (rounds.leniency). */
  leniency: ChartLeniency[];
  /** Range a stage score can take (100 weighted, the sum of maxima summed): the leniency chart's scale. */
  stageRange: number;
  applicant: ChartApplicant | null;
}

/** Results of a selection, computed from closed rounds (shared/results). */
export const resultsMethods = {
  'results.get': method(z.object({ selectionId: s.id, stageId: s.id.optional() }).strict(), everyone)
    .returns<ResultsView>()
    .reads(),
  'results.summary': method(z.object(where).strict(), everyone).returns<ResultsSummary>().reads(),
  'results.table': method(
    z
      .object({
        ...where,
        sort: z.object({ column: resultsSortColumn, direction: z.enum(['asc', 'desc']) }).strict(),
        filter: z.object({ outcome: resultsOutcomeFilter, query: z.string().max(200) }).strict(),
        offset: z.number().int().min(0).max(10_000_000),
        limit: z.number().int().min(1).max(500),
      })
      .strict(),
    everyone,
  )
    .returns<ResultsTablePage>()
    .reads(),
  'results.export': method(z.object({ ...where, format: z.enum(['csv', 'xlsx']), language: s.language }).strict(), everyone)
    .returns<ResultsExportFile>()
    .reads(),
  'results.memberScores': method(z.object({ selectionId: s.id, stageId: s.id, applicantId: s.id.optional() }).strict(), everyone)
    .returns<MemberScoresView>()
    .reads(),
} as const;
