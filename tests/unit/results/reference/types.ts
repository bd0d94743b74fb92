import type { Rubric } from '../../../../shared/selection/rubric';
import type { SelectionSetup, TieBreak } from '../../../../shared/selection/selection';

/**
 * Inputs and outputs of the results (aggregation) module: plain data in, plain data out.
 * Every number is kept in full precision; round only to show it (`formatScore`).
 */

export interface Bilingual {
  id: string;
  en: string;
}

// ---------------------------------------------------------------- options

export type AggregationMethod = 'mean' | 'median' | 'trimmed';

export interface ResultOptions {
  /** How the members' scores on one criterion for one applicant become one value. */
  method: AggregationMethod;
  /** Per-member standardisation (z-score rescaled to the panel), off by default. */
  standardise: boolean;
  /** Fewer counted scorers than this on a criterion flags the applicant (an integer, at least 1). */
  minScorers: number;
  /** A spread (max - min) above this fraction of the scale's range is a disagreement (0 < f <= 1). */
  disagreementFraction: number;
}

// ---------------------------------------------------------------- inputs

/** One member's score on one criterion for one applicant, from a submitted (valid) sheet. */
export interface MemberScore {
  personId: string;
  applicantId: string;
  criterionId: string;
  value: number;
}

/** A member who recused themselves from an applicant (conflict of interest). */
export interface Recusal {
  personId: string;
  applicantId: string;
}

/** An imported value (CAT BKN, assessment centre): one per applicant and criterion, no members. */
export interface ExternalValue {
  applicantId: string;
  criterionId: string;
  value: number;
}

/** A gate's decision: MS (memenuhi syarat) or TMS (tidak memenuhi syarat) with the committee's note. */
export interface GateDecision {
  applicantId: string;
  decision: 'MS' | 'TMS';
  note: string;
}

/** What the ranking needs to know about an applicant. */
export interface ApplicantFacts {
  id: string;
  gpa: number | null;
  /** yyyy-mm-dd */
  birthDate: string | null;
  status: 'active' | 'withdrawn';
}

/** The data of one stage. A stage without an input is "not scored yet" for everyone. */
export type StageInput =
  | { type: 'gate'; stageId: string; decisions: GateDecision[] }
  /** `rubric`: the frozen version the round was scored under. */
  | { type: 'panel'; stageId: string; rubric: Rubric; scores: MemberScore[]; recusals: Recusal[] }
  | { type: 'external'; stageId: string; rubric: Rubric; values: ExternalValue[] };

export interface ResultsInput {
  setup: Pick<SelectionSetup, 'stages' | 'tieBreak'>;
  stages: StageInput[];
  applicants: ApplicantFacts[];
  options?: Partial<ResultOptions>;
}

// ---------------------------------------------------------------- reasons

/** Why a stage or an applicant did not pass (or is not complete): a code for machines, text for people. */
export type ReasonDetail =
  | { code: 'withdrawn'; stageId: null }
  | { code: 'stageNotScored'; stageId: string }
  | { code: 'gateUndecided'; stageId: string }
  | { code: 'gateNotMet'; stageId: string; note: string }
  | { code: 'missingScores'; stageId: string; criterionId: string }
  | { code: 'missingValue'; stageId: string; criterionId: string }
  | { code: 'belowMinimum'; stageId: string; criterionId: string; value: number; minimum: number }
  | { code: 'belowThreshold'; stageId: string; value: number; threshold: number }
  | { code: 'eliminated'; stageId: string; byStageId: string };

export type ReasonCode = ReasonDetail['code'];
export type Reason = ReasonDetail & { text: Bilingual };

// ---------------------------------------------------------------- ranks and ties

/** A tie-break rule of the selection, by its position in `setup.tieBreak`. */
export interface TieStep {
  ruleIndex: number;
  rule: TieBreak;
  label: Bilingual;
}

/** Present when another ranked applicant has the same score (compared in full precision). */
export interface RankTie {
  /** The others with the same score. */
  tiedOnScoreWith: string[];
  /** The rules that placed this applicant against its neighbours in that group, in rule order. */
  decidedBy: TieStep[];
  /** Equal on the score and on every rule: they share this rank (1, 2, 2, 4). */
  sharedWith: string[];
  text: Bilingual;
}

// ---------------------------------------------------------------- outputs

export interface CriterionResult {
  criterionId: string;
  /** The value that counts, on the criterion's scale (after standardisation when it is on); null when nothing to count. */
  aggregate: number | null;
  /** The same method over the scores as given; equals `aggregate` when standardisation is off. */
  rawAggregate: number | null;
  /** `aggregate` as a percentage of the scale's maximum. */
  percent: number | null;
  /** Members counted (recused members excluded); null for external stages. */
  scorers: number | null;
  /** Trimmed mean with five or more scorers: the highest and the lowest were dropped. */
  trimmed: boolean;
  /** Highest minus lowest score as given; null with fewer than two scorers or for external stages. */
  spread: number | null;
  /** The spread above which it is a disagreement (fraction x the scale's range); null for external stages. */
  spreadLimit: number | null;
  flaggedSpread: boolean;
  /** Counted, but fewer scorers than `minScorers`. */
  tooFewScorers: boolean;
  belowMinimum: boolean;
}

export interface AspectResult {
  aspectId: string;
  /** 0-100, null while a criterion lacks a value. */
  score: number | null;
}

export type StageOutcome = 'passed' | 'failed' | 'incomplete' | 'notEligible';

export interface StageResult {
  stageId: string;
  kind: 'gate' | 'scored';
  source: 'panel' | 'external';
  outcome: StageOutcome;
  passed: boolean;
  /** Gates only. */
  gate: { decision: 'MS' | 'TMS'; note: string } | null;
  criteria: CriterionResult[];
  aspects: AspectResult[];
  /** Weighted stages 0-100; summed stages in points (SKD out of 550). */
  score: number | null;
  /** The score on 0-100 (summed: score / maximum x 100). */
  percent: number | null;
  /** Stage weight (percent) x `percent`: this stage's part of the final result. */
  contribution: number | null;
  /** Among the applicants who passed this stage. */
  rank: number | null;
  tie: RankTie | null;
  reasons: Reason[];
}

export interface CriterionRef {
  stageId: string;
  criterionId: string;
}

export type ApplicantOutcome = 'passed' | 'failed' | 'incomplete' | 'withdrawn';

export interface ApplicantResult {
  applicantId: string;
  outcome: ApplicantOutcome;
  passed: boolean;
  /** Sum over scored stages of weight x stage percent, 0-100 in full precision; null when a stage has no score. */
  final: number | null;
  /** Among applicants who passed every stage; null otherwise. */
  rank: number | null;
  tie: RankTie | null;
  /** Every reason from every stage, in stage order (the consequences of an elimination are in the stages). */
  reasons: Reason[];
  flags: { tooFewScorers: CriterionRef[]; disagreement: CriterionRef[] };
  /** In the set-up's stage order. */
  stages: StageResult[];
}

/** One applicant's disagreement on one criterion: an agenda item for the deliberation. */
export interface Disagreement {
  stageId: string;
  applicantId: string;
  criterionId: string;
  spread: number;
  limit: number;
  lowest: number;
  highest: number;
  scorers: number;
  text: Bilingual;
}

export type AgreementBand = 'poor' | 'moderate' | 'good' | 'excellent';
export type AgreementGap = 'tooFewMembers' | 'tooFewApplicants' | 'noVariance' | 'indeterminate';

/** Inter-rater agreement on one criterion of one panel stage (round): ICC(2,k). */
export interface CriterionAgreement {
  stageId: string;
  criterionId: string;
  /** Everyone with a counted score on the criterion, sorted. */
  members: string[];
  /** Applicants scored by every one of them: the rows of the ICC, sorted. */
  applicants: string[];
  /** Applicants scored by some of the members only (recusals, panels): not in the ICC. */
  leftOut: string[];
  icc: number | null;
  band: AgreementBand | null;
  /** Why `icc` is null. */
  gap: AgreementGap | null;
  text: Bilingual;
}

export interface StageRanking {
  stageId: string;
  /** Rank order; shared ranks are listed by applicant id. */
  ranking: { applicantId: string; rank: number }[];
}

export interface Results {
  options: ResultOptions;
  /** The rules used, in plain words, for the documents. */
  method: Bilingual;
  /** Ranked applicants in rank order, then the others by outcome (failed, incomplete, withdrawn) and id. */
  applicants: ApplicantResult[];
  /** One per scored stage, in stage order. */
  stageRanks: StageRanking[];
  /** Per panel stage and criterion, in stage and rubric order. */
  agreement: CriterionAgreement[];
  /** Flagged spreads in stage order, largest first: proposed agenda items. */
  disagreements: Disagreement[];
}
