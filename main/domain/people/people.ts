import { randomUUID } from 'node:crypto';
import type { PersonDetail, PersonSummary, SessionInfo } from '../../../shared/contract';
import { PanelisError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import type { Insertable, Kysely } from 'kysely';
import type { Database, PeopleTable } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import { systemActor, type Actor } from '../audit/actor';
import { mutate } from '../mutate';
import { hashPassword, verifyPassword } from './password';
import { newSigningKey, openPrivateKey, sealPrivateKey } from './signing-key';

export async function countPeople(vault: Vault): Promise<number> {
  const row = await vault.db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listPeople(vault: Vault): Promise<PersonSummary[]> {
  const rows = await vault.db.selectFrom('people').select(['id', 'name', 'role']).where('active', '=', 1).orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role }));
}

/** A person's name and NIP as papers print them. */
export async function nameAndNip(db: Kysely<Database>, personId: string): Promise<{ name: string; nip: string }> {
  return db.selectFrom('people').select(['name', 'nip']).where('id', '=', personId).executeTakeFirstOrThrow();
}

/** The vault's first active chair (by creation), or null: who signs when a selection names no chair. */
export async function firstActiveChair(db: Kysely<Database>): Promise<{ name: string; nip: string } | null> {
  return (
    (await db
      .selectFrom('people')
      .select(['name', 'nip'])
      .where('role', '=', 'chair')
      .where('active', '=', 1)
      .orderBy('created_at')
      .executeTakeFirst()) ?? null
  );
}

export interface NewPerson {
  name: string;
  nip: string;
  password: string;
}

/**
 * A new person's row: scrypt hash and a sealed signing key. Built before the transaction
 * opens, because both derivations take a noticeable moment.
 */
function personRow(input: NewPerson & { position: string; role: Role; mustChangePassword: boolean }, at: Date): Insertable<PeopleTable> {
  const key = newSigningKey(input.password);
  return {
    id: randomUUID(),
    name: input.name,
    nip: input.nip,
    position: input.position,
    role: input.role,
    password_hash: hashPassword(input.password),
    public_key: key.publicKey,
    private_key_enc: key.privateKeyEnc,
    must_change_password: input.mustChangePassword ? 1 : 0,
    active: 1,
    created_at: at.toISOString(),
  };
}

/** The first account of a vault is its chair; only possible while the vault has nobody. */
export async function setupChair(vault: Vault, input: NewPerson, now: () => Date = () => new Date()): Promise<SessionInfo> {
  const row = personRow({ ...input, position: '', role: 'chair', mustChangePassword: false }, now());
  return mutate(
    vault,
    systemActor,
    async (trx) => {
      const existing = await trx.selectFrom('people').select('id').limit(1).executeTakeFirst();
      if (existing) throw new PanelisError('ALREADY_SET_UP');
      await trx.insertInto('people').values(row).execute();
      return {
        value: { personId: row.id, name: input.name, role: 'chair' as const, mustChangePassword: false },
        audit: { action: 'people.setupChair', subject: `person:${row.id}`, after: { name: input.name, nip: input.nip, role: 'chair' } },
      };
    },
    now,
  );
}

/** Checks a person's password. Sign-in itself is not a vault mutation, so it is not audited here. */
export async function authenticate(vault: Vault, personId: string, password: string): Promise<SessionInfo> {
  const row = await vault.db
    .selectFrom('people')
    .select(['id', 'name', 'role', 'password_hash', 'must_change_password'])
    .where('id', '=', personId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!row) throw new PanelisError('PERSON_NOT_FOUND');
  if (!verifyPassword(password, row.password_hash)) throw new PanelisError('WRONG_PASSWORD');
  return { personId: row.id, name: row.name, role: row.role, mustChangePassword: row.must_change_password === 1 };
}

export async function listPeopleDetail(vault: Vault): Promise<PersonDetail[]> {
  const rows = await vault.db
    .selectFrom('people')
    .select(['id', 'name', 'nip', 'position', 'role', 'must_change_password', 'active'])
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    personId: r.id,
    name: r.name,
    nip: r.nip,
    position: r.position,
    role: r.role,
    mustChangePassword: r.must_change_password === 1,
    active: r.active === 1,
  }));
}

export interface PersonInput extends NewPerson {
  position: string;
  role: Role;
}

/**
 * Adds a person with a one-time password they must change at first sign-in. Only the chair
 * may add a chair or a secretary (they can do everything the secretary can).
 */
export async function addPerson(vault: Vault, actor: Actor, input: PersonInput, now: () => Date = () => new Date()): Promise<PersonDetail> {
  if ((input.role === 'chair' || input.role === 'secretary') && actor.role !== 'chair') throw new PanelisError('ROLE_NOT_ALLOWED');
  const row = personRow({ ...input, mustChangePassword: true }, now());
  return mutate(
    vault,
    actor,
    async (trx) => {
      await trx.insertInto('people').values(row).execute();
      const value: PersonDetail = {
        personId: row.id,
        name: input.name,
        nip: input.nip,
        position: input.position,
        role: input.role,
        mustChangePassword: true,
        active: true,
      };
      // The one-time password itself never enters the record.
      return {
        value,
        audit: {
          action: 'people.add',
          subject: `person:${row.id}`,
          after: { name: input.name, nip: input.nip, position: input.position, role: input.role },
        },
      };
    },
    now,
  );
}

/** Changes a person's own password and re-seals their signing key under the new one. */
export async function changePassword(
  vault: Vault,
  personId: string,
  current: string,
  next: string,
  now: () => Date = () => new Date(),
): Promise<SessionInfo> {
  const row = await vault.db.selectFrom('people').selectAll().where('id', '=', personId).where('active', '=', 1).executeTakeFirst();
  if (!row) throw new PanelisError('PERSON_NOT_FOUND');
  if (!verifyPassword(current, row.password_hash)) throw new PanelisError('WRONG_PASSWORD');
  const privateKey = openPrivateKey(row.private_key_enc, current);
  const sealed = sealPrivateKey(privateKey, next);
  const hash = hashPassword(next);
  const session: SessionInfo = { personId, name: row.name, role: row.role, mustChangePassword: false };
  return mutate(
    vault,
    { personId, name: row.name, role: row.role },
    async (trx) => {
      await trx
        .updateTable('people')
        .set({ password_hash: hash, private_key_enc: sealed, must_change_password: 0 })
        .where('id', '=', personId)
        .execute();
      return { value: session, audit: { action: 'session.changePassword', subject: `person:${personId}` } };
    },
    now,
  );
}
