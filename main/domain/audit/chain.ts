import { createHash } from 'node:crypto';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { canonicalJson } from '../../../shared/canonical-json';
import type { AuditCheck } from '../../../shared/contract';
import type { RawDb } from '../../vault/native';
import type { Vault } from '../../vault/vault';
import type { Actor } from './actor';
import { auditHeadColumn } from '../../vault/codecs/columns';

/** The hash every chain starts from. */
export const GENESIS = '0'.repeat(64);

export interface AuditInput {
  action: string;
  subject: string;
  before?: unknown;
  after?: unknown;
  /** Anything else worth keeping (e.g. a file's SHA-256). Never a secret. */
  extra?: Record<string, unknown>;
}

interface HashedFields {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string;
  actor_role: string;
  action: string;
  subject: string;
  summary: string;
  prev_hash: string;
}

export function eventHash(e: HashedFields): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        seq: e.seq,
        at: e.at,
        actor_id: e.actor_id,
        actor_name: e.actor_name,
        actor_role: e.actor_role,
        action: e.action,
        subject: e.subject,
        summary: e.summary,
        prev_hash: e.prev_hash,
      }),
    )
    .digest('hex');
}

interface AuditStatements {
  last: Statement<[], { seq: number; hash: string }>;
  insert: Statement<unknown[]>;
  head: Statement<[string]>;
}
const statements = new WeakMap<RawDb, AuditStatements>();

function auditStatements(raw: RawDb): AuditStatements {
  let s = statements.get(raw);
  if (!s) {
    s = {
      last: raw.prepare('select seq, hash from audit_events order by seq desc limit 1'),
      insert: raw.prepare(
        'insert into audit_events (seq, at, actor_id, actor_name, actor_role, action, subject, summary, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      head: raw.prepare("insert into meta (key, value) values ('audit_head', ?) on conflict (key) do update set value = excluded.value"),
    };
    statements.set(raw, s);
  }
  return s;
}

/**
 * Appends one event to the chain, inside the caller's transaction. The head (last seq and
 * hash) is kept in `meta` too, so that dropping the newest events is detected.
 *
 * Runs on the vault's own connection with prepared statements (the transaction Kysely holds
 * is on that same connection): every mutation, each score keypress included, pays for this,
 * and the query builder cost more than SQLite's own work. Refuses to run outside a transaction.
 */
export function appendAudit(raw: RawDb, actor: Actor, input: AuditInput, at: Date = new Date()): { seq: number; hash: string } {
  if (!raw.inTransaction) throw new Error('appendAudit must run inside a vault transaction');
  const s = auditStatements(raw);
  const last = s.last.get();
  const fields: HashedFields = {
    seq: (last?.seq ?? 0) + 1,
    at: at.toISOString(),
    actor_id: actor.personId,
    actor_name: actor.name,
    actor_role: actor.role,
    action: input.action,
    subject: input.subject,
    summary: canonicalJson({ before: input.before, after: input.after, ...input.extra }),
    prev_hash: last?.hash ?? GENESIS,
  };
  const hash = eventHash(fields);
  s.insert.run(
    fields.seq,
    fields.at,
    fields.actor_id,
    fields.actor_name,
    fields.actor_role,
    fields.action,
    fields.subject,
    fields.summary,
    fields.prev_hash,
    hash,
  );
  s.head.run(auditHeadColumn.encode({ seq: fields.seq, hash }));
  return { seq: fields.seq, hash };
}

/**
 * Walks the chain from the first event: every event must hash to its stored hash, point to
 * its predecessor, follow it in sequence, and the last must be the recorded head. Finds a
 * removed, reordered, inserted or edited event.
 */
export async function verifyAuditChain(vault: Pick<Vault, 'db'>): Promise<AuditCheck> {
  const events = await vault.db.selectFrom('audit_events').selectAll().orderBy('seq', 'asc').execute();
  let prev = GENESIS;
  let expectedSeq = 1;
  const fail = (seq: number, reason: string): AuditCheck => ({ ok: false, events: events.length, brokenAt: seq, reason });
  for (const e of events) {
    if (e.seq !== expectedSeq) return fail(e.seq, `expected event #${expectedSeq}, found #${e.seq} (an event is missing)`);
    if (e.prev_hash !== prev) return fail(e.seq, 'does not follow the previous event (removed or reordered)');
    if (eventHash(e) !== e.hash) return fail(e.seq, 'its content was changed after it was recorded');
    prev = e.hash;
    expectedSeq++;
  }
  const headRow = await vault.db.selectFrom('meta').select('value').where('key', '=', 'audit_head').executeTakeFirst();
  if (events.length > 0 || headRow) {
    const head = headRow ? auditHeadColumn.tryDecode(headRow.value) : null;
    if (!head || head.seq !== events.length || head.hash !== prev) {
      return fail(events.length, 'the newest events do not match the recorded head (events removed at the end)');
    }
  }
  return { ok: true, events: events.length, brokenAt: null, reason: null };
}
