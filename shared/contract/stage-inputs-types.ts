import type { Bilingual, ResultOptions } from '../results/types';

/**
 * The inputs of results that are not panel scores (issue 5): MS/TMS decisions of gate
 * stages, values imported for externally scored stages (CAT BKN, assessment centre) and
 * the result options of a selection.
 */

export type GateDecisionValue = 'MS' | 'TMS';

export interface GateCounts {
  ms: number;
  tms: number;
  /** Active applicants without a decision. */
  undecided: number;
}

/** One applicant at a gate. Members see the code only (the applicant list keeps them blind). */
export interface GateRow {
  applicantId: string;
  code: string;
  registrationNumber: string | null;
  name: string | null;
  status: 'active' | 'withdrawn';
  decision: GateDecisionValue | null;
  note: string;
  /** Name of the person who recorded the decision. */
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface GateView {
  selectionId: string;
  stageId: string;
  stageName: string;
  counts: GateCounts;
  /** In registration-number order. */
  rows: GateRow[];
}

export interface GateChange {
  changed: number;
  counts: GateCounts;
}

/** The import whose values count for an external stage. */
export interface ExternalImportInfo {
  fileName: string;
  sha256: string;
  rowCount: number;
  /** The frozen rubric version the values were checked against. */
  rubricVersion: number;
  importedBy: string;
  importedAt: string;
}

/** A criterion (component) of an external stage, as the import checks it. */
export interface ExternalComponent {
  criterionId: string;
  code: string;
  name: string;
  min: number;
  max: number;
  /** Passing grade (nilai ambang batas), if any. */
  minimum: number | null;
}

export interface StageInputStage {
  stageId: string;
  name: string;
  kind: 'gate' | 'scored';
  source: 'panel' | 'external';
  /** Gates only. */
  gate: GateCounts | null;
  /** External stages only. */
  components: ExternalComponent[];
  import: ExternalImportInfo | null;
}

export interface StageInputsOverview {
  selectionId: string;
  /** The options results are computed with (the defaults until someone chooses). */
  options: ResultOptions;
  /** Whether someone chose the options (false: the defaults). */
  optionsChosen: boolean;
  /** Gates and externally scored stages, in set-up order (panel stages are left out). */
  stages: StageInputStage[];
}

/** Where a spreadsheet column goes: the registration number, a component (criterion id), or nowhere. */
export type ScoreMapping = Record<string, string | null>;
export const REGISTRATION_COLUMN = 'registrationNumber';

export type ScoreProblemCode =
  'NO_REGISTRATION' | 'UNKNOWN_REGISTRATION' | 'DUPLICATE_IN_FILE' | 'MISSING_VALUE' | 'NOT_A_NUMBER' | 'OFF_SCALE';

export interface ScoreProblem {
  /** The row number as the secretary sees it in Excel (header = 1). */
  rowNumber: number;
  code: ScoreProblemCode;
  criterionId: string | null;
  message: Bilingual;
}

export interface ScoresSampleRow {
  rowNumber: number;
  registrationNumber: string;
  code: string;
  /** criterion id -> value */
  values: Record<string, number>;
}

/** What importing a file would do for an external stage; nothing is written. */
export interface ScoresPreview {
  stageId: string;
  fileName: string;
  sha256: string;
  headers: string[];
  mapping: ScoreMapping;
  components: ExternalComponent[];
  totalRows: number;
  /** Rows with no problem. */
  acceptedRows: number;
  /** Every problem, row by row (file order); any problem refuses the whole import. */
  problems: ScoreProblem[];
  sample: ScoresSampleRow[];
  /** Active applicants of the selection with no row in the file (they stay "not scored"). */
  notInFile: number;
  /** The import this one would replace (its values stay on record in the audit event). */
  replaces: ExternalImportInfo | null;
}

export interface ScoresImportResult {
  imported: number;
  sha256: string;
  replaced: boolean;
}
