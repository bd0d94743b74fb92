import type { Role } from '../roles';
import type { ApplicantFieldKey } from '../selection/applicant-fields';
import type { SelectionKind, SelectionSetup } from '../selection/selection';
import type { RubricIssue } from '../selection/rubric';
import type { TemplateKey } from '../selection/templates';

export interface SelectionSummary {
  id: string;
  kind: SelectionKind;
  title: string;
  agency: string;
  applicants: number;
  members: number;
  createdAt: string;
  updatedAt: string;
}

/** Problems that keep a selection from opening scoring, for the editor to show. */
export type SetupIssue =
  | { kind: 'stageWeights'; sum: number }
  | { kind: 'weightOutsideGuide'; stageId: string; weight: number; min: number; max: number; source: string }
  | { kind: 'rubric'; stageId: string; issue: RubricIssue }
  | { kind: 'missingRubric'; stageId: string }
  | { kind: 'noStages' }
  | { kind: 'noMembers' };

export interface RubricVersionInfo {
  stageId: string;
  version: number;
  sha256: string;
  frozenAt: string | null;
  createdAt: string;
}

export interface MemberSummary {
  personId: string;
  name: string;
  nip: string;
  position: string;
  role: Role;
}

export interface SelectionDetail {
  id: string;
  template: TemplateKey | null;
  setup: SelectionSetup;
  visibleFields: ApplicantFieldKey[];
  importMapping: Record<string, ApplicantFieldKey | null> | null;
  members: MemberSummary[];
  applicants: { active: number; withdrawn: number };
  conflicts: number;
  /** Blocking problems; warnings (weight guides) are included and marked by kind. */
  issues: SetupIssue[];
  rubricVersions: RubricVersionInfo[];
  /** Set while the selection's final snapshot stands: nothing its results rest on can change. */
  final: FinalState | null;
  createdAt: string;
  updatedAt: string;
}

/** A standing final snapshot as every tab shows it. */
export interface FinalState {
  snapshotId: string;
  sha256: string;
  finalisedAt: string;
  finalisedBy: string;
  /** `23 November 2026 pukul 09.00 WIB`, in the selection's time zone. */
  finalisedAtText: { id: string; en: string };
}

/** One applicant as the asking role may see them: hidden fields are null, never sent. */
export interface ApplicantRow {
  id: string;
  code: string;
  registrationNumber: string | null;
  name: string | null;
  status: 'active' | 'withdrawn';
  withdrawnReason: string | null;
  fields: Partial<Record<ApplicantFieldKey, string | null>>;
}

export interface ApplicantPage {
  total: number;
  offset: number;
  rows: ApplicantRow[];
}

export interface RejectedRow {
  /** The spreadsheet's own row number (header = 1), as the secretary sees it in Excel. */
  rowNumber: number;
  reasons: { field: ApplicantFieldKey | null; code: string; message: { id: string; en: string } }[];
  /** The row's values after mapping, so the secretary can fix them in place. */
  values: Partial<Record<ApplicantFieldKey, string>>;
}

export interface ImportPreview {
  importId: string;
  fileName: string;
  sha256: string;
  headers: string[];
  mapping: Record<string, ApplicantFieldKey | null>;
  totalRows: number;
  acceptedRows: number;
  rejected: RejectedRow[];
  /** The first accepted rows, as they will be stored. */
  sample: Partial<Record<ApplicantFieldKey, string>>[];
}

export interface ImportResult {
  imported: number;
  sha256: string;
}

export type JobState = 'running' | 'done' | 'failed';
/** What a finished job hands back (one type per kind of long work). */
export type JobResult = ImportPreview | ImportResult;
export interface JobStatus<T = JobResult> {
  jobId: string;
  state: JobState;
  phase: string;
  done: number;
  total: number;
  result: T | null;
  error: { code: string; message: { id: string; en: string } } | null;
}

export interface PersonDetail extends MemberSummary {
  mustChangePassword: boolean;
  active: boolean;
}

export interface ConflictInfo {
  id: string;
  selectionId: string;
  personId: string;
  personName: string;
  applicantId: string;
  applicantCode: string;
  /** Null for a blind member. */
  applicantRegistrationNumber: string | null;
  applicantName: string | null;
  reasonKind: 'family' | 'work' | 'other';
  reasonText: string;
  declaredBy: string;
  declaredByName: string;
  createdAt: string;
}

export interface PanelInfo {
  id: string;
  stageId: string;
  name: string;
  memberIds: string[];
  applicantIds: string[];
}
