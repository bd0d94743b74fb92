import type { Generated } from 'kysely';
import type { Role } from '../../shared/roles';

/**
 * The typed shape of a vault, as Kysely sees it. Migrations in ./migrations create it;
 * they never import this file (migrations are frozen in time).
 */
export interface MetaTable {
  key: string;
  value: string;
}

export interface SettingsTable {
  key: string;
  /** JSON-encoded value. */
  value: string;
  updated_at: string;
}

export interface PeopleTable {
  id: string;
  name: string;
  nip: string;
  /** A CHECK constraint (migration 0001) keeps it one of the roles. */
  role: Role;
  /** scrypt$N$r$p$salt$hash (base64). */
  password_hash: string;
  /** Ed25519 public key, SPKI DER base64. */
  public_key: string;
  /** Ed25519 private key, PKCS#8 DER, AES-256-GCM under a key derived from the password. */
  private_key_enc: string;
  must_change_password: number;
  active: number;
  created_at: string;
  position: Generated<string>;
}

export interface AuditEventsTable {
  seq: Generated<number>;
  at: string;
  actor_id: string | null;
  actor_name: string;
  actor_role: string;
  action: string;
  subject: string;
  /** JSON: { before?, after?, ... } — a summary, never a secret. */
  summary: string;
  prev_hash: string;
  hash: string;
}

export interface SelectionsTable {
  id: string;
  kind: string;
  title: string;
  /** JSON SelectionSetup (shared/selection/selection.ts). */
  setup: string;
  template: string | null;
  /** JSON ApplicantFieldKey[] scorers may see while blind. */
  visible_fields: string;
  /** JSON header -> field mapping remembered from the last import. */
  import_mapping: string | null;
  created_at: string;
  updated_at: string;
}

export interface RubricVersionsTable {
  id: string;
  selection_id: string;
  stage_id: string;
  version: number;
  rubric: string;
  sha256: string;
  frozen_at: string | null;
  created_by: string | null;
  created_at: string;
}

export interface ApplicantsTable {
  id: string;
  selection_id: string;
  registration_number: string;
  blind_code: string;
  name: string;
  nik: string;
  nip: string;
  /** JSON of the other applicant fields. */
  fields: string;
  status: 'active' | 'withdrawn';
  withdrawn_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface SelectionMembersTable {
  selection_id: string;
  person_id: string;
  added_at: string;
}

export interface ConflictsTable {
  id: string;
  selection_id: string;
  person_id: string;
  applicant_id: string;
  reason_kind: 'family' | 'work' | 'other';
  reason_text: string;
  declared_by: string;
  created_at: string;
}

export interface PanelsTable {
  id: string;
  selection_id: string;
  stage_id: string;
  name: string;
  created_at: string;
}

export interface RoundsTable {
  id: string;
  selection_id: string;
  stage_id: string;
  state: 'draft' | 'open' | 'closed' | 'revealed';
  calibration: 'none' | 'open' | 'closed';
  rubric_version: number | null;
  rubric_sha256: string | null;
  order_seed: string;
  created_by: string | null;
  created_at: string;
  opened_by: string | null;
  opened_at: string | null;
  closed_by: string | null;
  closed_at: string | null;
  seal_sha256: string | null;
  revealed_at: string | null;
  /** JSON array of person ids. */
  revealed_by: string | null;
}

export interface RoundScorersTable {
  round_id: string;
  person_id: string;
  status: 'scoring' | 'submitted' | 'excused';
  excuse_reason: string | null;
  excused_at: string | null;
  submitted_at: string | null;
  /** Canonical JSON of the signed sheet (scoring/sheet.ts). */
  sheet: string | null;
  sheet_sha256: string | null;
  /** Ed25519 signature over `sheet`, base64. */
  signature: string | null;
  /** SPKI DER base64 of the key that signed. */
  public_key: string | null;
}

export interface ScoresTable {
  round_id: string;
  person_id: string;
  applicant_id: string;
  criterion_id: string;
  value: number | null;
  note: string;
  updated_at: string;
  /** Audit chain length when saved: orders saves that share a millisecond (0007). */
  saved_seq: number | null;
}

export interface CalibrationCasesTable {
  id: string;
  round_id: string;
  position: number;
  label: string;
  description: string;
  created_at: string;
}

export interface CalibrationScoresTable {
  case_id: string;
  person_id: string;
  criterion_id: string;
  value: number | null;
  updated_at: string;
}

/** An MS/TMS decision of a gate stage for one applicant (migration 0005). */
export interface GateDecisionsTable {
  selection_id: string;
  stage_id: string;
  applicant_id: string;
  decision: 'MS' | 'TMS';
  note: string;
  decided_by: string | null;
  decided_by_name: string;
  decided_at: string;
}

/** The current import of an externally scored stage (one per stage; 0005). */
export interface ExternalImportsTable {
  id: string;
  selection_id: string;
  stage_id: string;
  file_name: string;
  sha256: string;
  row_count: number;
  rubric_version: number;
  rubric_sha256: string;
  mapping: string;
  imported_by: string | null;
  imported_by_name: string;
  imported_at: string;
}

export interface ExternalValuesTable {
  import_id: string;
  applicant_id: string;
  criterion_id: string;
  value: number;
  row_number: number;
}

/** Result options chosen for a selection (0005); absent: the defaults. */
export interface ResultOptionsTable {
  selection_id: string;
  options: string;
  updated_by: string | null;
  updated_at: string;
}

// --- deliberation (0004_deliberation)
export interface DeliberationConfigTable {
  selection_id: string;
  /** JSON QuorumRule. */
  quorum_rule: string;
  objection_days: number;
  updated_at: string;
}

export interface MeetingsTable {
  id: string;
  selection_id: string;
  date: string;
  time: string;
  place: string;
  quorum_rule: string;
  status: 'open' | 'closed';
  created_by: string;
  created_at: string;
  closed_at: string | null;
}

export interface MeetingAttendeesTable {
  meeting_id: string;
  person_id: string;
  role: string;
  present: number;
  updated_at: string;
}

export interface AgendaItemsTable {
  id: string;
  meeting_id: string;
  position: number;
  source: 'flagged' | 'manual';
  applicant_id: string | null;
  title: string;
  notes: string;
  flags: string;
  created_at: string;
}

export interface MotionsTable {
  id: string;
  meeting_id: string;
  item_id: string | null;
  applicant_id: string | null;
  text: string;
  rule: string;
  status: 'open' | 'decided';
  outcome: string | null;
  created_by: string;
  created_at: string;
  decided_at: string | null;
}

export interface VotesTable {
  motion_id: string;
  person_id: string;
  vote: string;
  recorded_by: string;
  at: string;
}

/** A vote corrected before the motion was decided: the earlier vote and why. */
export interface VoteCorrectionsTable {
  id: string;
  motion_id: string;
  person_id: string;
  from_vote: string;
  to_vote: string;
  reason: string;
  recorded_by: string;
  at: string;
}

export interface ScoreRevisionsTable {
  id: string;
  selection_id: string;
  meeting_id: string | null;
  item_id: string | null;
  round_id: string;
  person_id: string;
  applicant_id: string;
  criterion_id: string;
  old_value: number | null;
  new_value: number;
  reason: string;
  old_sheet: string;
  old_sheet_sha256: string;
  old_signature: string;
  new_sheet_sha256: string;
  old_seal: string | null;
  new_seal: string;
  changes: string;
  recorded_by: string;
  created_at: string;
}

/** One selection's document settings (JSON, decoded by main/domain/selections/document-settings). */
export interface SelectionDocumentsTable {
  selection_id: string;
  value: string;
  updated_at: string;
}

/** A formation (formasi) of a selection, in list order (`position`). */
export interface FormationsTable {
  id: string;
  selection_id: string;
  position: number;
  jabatan: string;
  lokasi: string;
  jenis: string;
  /** '' when the selection does not split formations by education. */
  pendidikan: string;
  /** The four texts without case or spaces: one formation per key (unique per selection). */
  key: string;
  kebutuhan: number;
  propose_per_place: number;
  created_at: string;
}

export interface FinalSnapshotsTable {
  id: string;
  selection_id: string;
  meeting_id: string | null;
  payload: string;
  sha256: string;
  finalised_by: string;
  finalised_by_name: string;
  finalised_at: string;
  reopened_by: string | null;
  reopened_at: string | null;
  reopen_reason: string | null;
}

export interface ObjectionsTable {
  id: string;
  selection_id: string;
  snapshot_id: string;
  applicant_id: string;
  received_on: string;
  text: string;
  answer: string | null;
  result_changed: number | null;
  answered_at: string | null;
  answered_by: string | null;
  recorded_by: string;
  created_at: string;
}

/** A generated, signed document (main/documents). */
export interface DocumentsTable {
  id: string;
  type: string;
  selection_id: string | null;
  /** What the document is about within the selection: a round+person, an applicant, a meeting, a stage. */
  subject_id: string | null;
  title: string;
  number: string | null;
  seq: number;
  data_sha256: string;
  pdf_sha256: string;
  certificate_sha256: string;
  pages: number;
  /** The embedded canonical JSON. */
  data: string;
  pdf: Buffer;
  created_by: string | null;
  created_by_name: string;
  created_at: string;
}

/** A document-signing certificate: PKCS#12 bytes encrypted by their own passphrase. */
export interface DocumentCertificatesTable {
  fingerprint: string;
  source: 'generated' | 'imported';
  subject: string;
  issuer: string;
  not_before: string;
  not_after: string;
  self_signed: number;
  p12: Buffer;
  active: number;
  created_by: string | null;
  created_at: string;
}

export interface DocumentSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface Database {
  meta: MetaTable;
  settings: SettingsTable;
  people: PeopleTable;
  audit_events: AuditEventsTable;
  selections: SelectionsTable;
  rubric_versions: RubricVersionsTable;
  applicants: ApplicantsTable;
  selection_members: SelectionMembersTable;
  conflicts: ConflictsTable;
  panels: PanelsTable;
  panel_members: { panel_id: string; person_id: string };
  panel_applicants: { panel_id: string; applicant_id: string };
  rounds: RoundsTable;
  round_scorers: RoundScorersTable;
  round_applicants: { round_id: string; applicant_id: string };
  scores: ScoresTable;
  calibration_cases: CalibrationCasesTable;
  calibration_scores: CalibrationScoresTable;
  gate_decisions: GateDecisionsTable;
  external_imports: ExternalImportsTable;
  external_values: ExternalValuesTable;
  result_options: ResultOptionsTable;
  deliberation_config: DeliberationConfigTable;
  meetings: MeetingsTable;
  meeting_attendees: MeetingAttendeesTable;
  agenda_items: AgendaItemsTable;
  motions: MotionsTable;
  votes: VotesTable;
  score_revisions: ScoreRevisionsTable;
  final_snapshots: FinalSnapshotsTable;
  formations: FormationsTable;
  objections: ObjectionsTable;
  documents: DocumentsTable;
  document_certificates: DocumentCertificatesTable;
  document_settings: DocumentSettingsTable;
  selection_documents: SelectionDocumentsTable;
  vote_corrections: VoteCorrectionsTable;
}
