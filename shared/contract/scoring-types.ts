import type { Rubric } from '../selection/rubric';
import type { ApplicantRow } from './setup-types';

/** draft -> open -> closed -> revealed (docs/architecture.md, "Roles and blindness"). */
export type RoundState = 'draft' | 'open' | 'closed' | 'revealed';
export type CalibrationState = 'none' | 'open' | 'closed';
/** A scorer's sheet: still scoring, submitted (signed, locked), or excused by the chair. */
export type ScorerStatus = 'scoring' | 'submitted' | 'excused';
/** One applicant on one member's desk. */
export type DeskStatus = 'notStarted' | 'inProgress' | 'done' | 'recused';

export interface RoundSummary {
  id: string;
  selectionId: string;
  stageId: string;
  stageName: string;
  state: RoundState;
  calibration: CalibrationState;
  /** The frozen rubric version scored against (set when the round opens). */
  rubricVersion: number | null;
  rubricSha256: string | null;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  revealedAt: string | null;
  /** SHA-256 over every submitted score sheet, recorded at close. */
  sealSha256: string | null;
  /** People who confirmed the reveal (chair and secretary). */
  revealedBy: string[];
  scorers: number;
  applicants: number;
  /** For the person asking: whether they score in this round, and their sheet's status. */
  me: { scorer: boolean; status: ScorerStatus | null };
}

export interface ProgressCounts {
  done: number;
  inProgress: number;
  notStarted: number;
  recused: number;
}

/** One scorer on the chair's board: progress only, never a value, a total or a rank. */
export interface BoardRow {
  personId: string;
  name: string;
  status: ScorerStatus;
  excuseReason: string | null;
  submittedAt: string | null;
  /** SHA-256 of the signed sheet, once submitted. */
  sheetSha256: string | null;
  counts: ProgressCounts;
}

export interface RoundBoard {
  round: RoundSummary;
  scorers: BoardRow[];
}

/** What the member's queue shows for one applicant. */
export interface QueueItem {
  applicantId: string;
  code: string;
  /** Only after the round's identities were revealed. */
  name: string | null;
  status: DeskStatus;
}

export interface DeskQueue {
  round: RoundSummary;
  selectionTitle: string;
  rubric: Rubric;
  /** In this member's own random order. */
  items: QueueItem[];
  /** Where this member last saved: the desk resumes here after a crash or a switch. */
  resume: { applicantId: string; criterionId: string } | null;
}

export interface CriterionScore {
  value: number | null;
  note: string;
}

export interface DeskApplicant {
  item: QueueItem;
  /** The applicant as a blind scorer may see them: scorer-visible fields only. */
  applicant: ApplicantRow;
  scores: Record<string, CriterionScore>;
  /** My own weighted subtotal so far (percent for weighted stages, points for summed ones). */
  subtotal: number | null;
  /** Submitted: read only. */
  locked: boolean;
}

export interface ScoreSaved {
  savedAt: string;
  status: DeskStatus;
  subtotal: number | null;
}

export type SheetProblem =
  { kind: 'missing'; criterionId: string } | { kind: 'outOfRange'; criterionId: string } | { kind: 'noteRequired'; criterionId: string };

export interface ReviewRow {
  applicantId: string;
  code: string;
  status: DeskStatus;
  scores: Record<string, number | null>;
  subtotal: number | null;
  problems: SheetProblem[];
}

export interface DeskReview {
  rows: ReviewRow[];
  /** No problem anywhere: the sheet may be submitted. */
  ready: boolean;
  submittedAt: string | null;
  /** SHA-256 of my signed sheet, once submitted. */
  sheetSha256: string | null;
}

export interface SubmitResult {
  submittedAt: string;
  sheetSha256: string;
}

export interface CalibrationCase {
  id: string;
  label: string;
  description: string;
}

export interface CalibrationView {
  round: RoundSummary;
  rubric: Rubric;
  cases: CalibrationCase[];
  /** The asking member's own scores, by case then criterion. Empty for non-scorers. */
  mine: Record<string, Record<string, number | null>>;
  /** How many scorers have scored every case and criterion (progress, no values). */
  complete: number;
  scorers: number;
}

export type Reading = 'lenient' | 'strict' | 'inLine';

export interface CalibrationComparison {
  criterionId: string;
  /** The panel's mean over all scorers and cases, on the criterion's scale. */
  panelMean: number | null;
  members: { personId: string; name: string; mean: number | null; difference: number | null; reading: Reading | null }[];
}

export interface CalibrationResults {
  round: RoundSummary;
  rubric: Rubric;
  cases: CalibrationCase[];
  criteria: CalibrationComparison[];
}

/** A scorer's leniency after close: their mean against the panel mean on the same applicants. */
export interface LeniencyRow {
  personId: string;
  name: string;
  applicants: number;
  ownMean: number | null;
  panelMean: number | null;
  difference: number | null;
  reading: Reading | null;
}
