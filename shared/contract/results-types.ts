import type {
  ApplicantOutcome,
  AspectResult,
  Bilingual,
  CriterionAgreement,
  CriterionRef,
  CriterionResult,
  Disagreement,
  RankTie,
  ReasonCode,
  ResultOptions,
  StageOutcome,
} from '../results/types';
import type { RoundState } from './scoring-types';

/**
 * What one stage contributes to the results now:
 * - `counted`: its data is in (a panel round that is closed or revealed);
 * - `notClosed`: a panel round exists but is still draft or open: nobody sees its values (independence);
 * - `noRound`: a panel stage without a round yet;
 * - `notImported`: an external stage (CAT, assessment centre): values are not imported yet;
 * - `gateNotRecorded`: an MS/TMS gate: decisions are not recorded in Panelis yet, so the gate is
 *   left out of the computation and the results are provisional.
 */
export type ResultsStageStatus = 'counted' | 'notClosed' | 'noRound' | 'notImported' | 'gateNotRecorded';

export interface ResultsStage {
  stageId: string;
  name: string;
  kind: 'gate' | 'scored';
  source: 'panel' | 'external';
  weight: number;
  eliminates: boolean;
  roundId: string | null;
  roundState: RoundState | null;
  /** The frozen rubric version the counted round was scored under. */
  rubricVersion: number | null;
  status: ResultsStageStatus;
}

/** Why an applicant did not pass (or is not complete); `gateNotRecorded` is Panelis's own, see ResultsStageStatus. */
export interface ResultsReason {
  code: ReasonCode | 'gateNotRecorded';
  stageId: string | null;
  text: Bilingual;
}

/** A note about the results as a whole (why they are provisional). */
export interface ResultsNote {
  code: 'gateNotRecorded' | 'stageNotCounted';
  stageId: string;
  text: Bilingual;
}

/** One applicant at one stage, in full precision (format with `formatScore` / `displayValue`). */
export interface ResultsRowStage {
  stageId: string;
  outcome: StageOutcome;
  passed: boolean;
  /** Weighted stages 0-100; summed stages in points. */
  score: number | null;
  percent: number | null;
  contribution: number | null;
  rank: number | null;
  tie: RankTie | null;
  /** Per criterion: aggregate, spread, flags (empty while the stage is not counted). */
  criteria: CriterionResult[];
  aspects: AspectResult[];
}

export interface ResultsRow {
  applicantId: string;
  code: string;
  /** Null for a member while blind (see ResultsView.blind). */
  registrationNumber: string | null;
  /** Null for a member while blind, unless the secretary made the name scorer-visible. */
  name: string | null;
  status: 'active' | 'withdrawn';
  /**
   * Full precision. The final result (0-100); with `stageId`, that stage's score
   * (weighted 0-100, summed in points). Null while something is missing.
   */
  final: number | null;
  /** Final rank (or, with `stageId`, the stage's rank); null unless passed. */
  rank: number | null;
  passed: boolean;
  outcome: ApplicantOutcome | StageOutcome;
  /** The first of `reasons`; null when nothing stands in the way. */
  reason: ResultsReason | null;
  reasons: ResultsReason[];
  tie: RankTie | null;
  flags: { tooFewScorers: CriterionRef[]; disagreement: CriterionRef[] };
  /** The stages the computation used, in set-up order (only the asked stage with `stageId`). */
  stages: ResultsRowStage[];
}

/** `results.get`: the results as the asking person may see them. */
export interface ResultsView {
  selectionId: string;
  /** Null: the final results; else one stage's results. */
  stageId: string | null;
  /** Identities (name, registration number) are withheld: members until every round is revealed. */
  blind: boolean;
  /** Something is not counted yet (an unrecorded gate, a stage without data): see `notes`. */
  provisional: boolean;
  notes: ResultsNote[];
  /** Every stage of the set-up and what it contributes now. */
  stages: ResultsStage[];
  options: ResultOptions;
  method: Bilingual;
  /** Ranked rows first (best rank first), then failed, incomplete, withdrawn. */
  rows: ResultsRow[];
  /** Inter-rater agreement per criterion of every counted panel stage (of the asked stage with `stageId`). */
  agreement: CriterionAgreement[];
  /** Flagged spreads: agenda items for the deliberation. */
  disagreements: Disagreement[];
}
