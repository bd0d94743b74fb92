import type { Generated } from 'kysely';

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
  role: string;
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
}
