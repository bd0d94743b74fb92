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

export interface Database {
  meta: MetaTable;
  settings: SettingsTable;
  people: PeopleTable;
  audit_events: AuditEventsTable;
}
