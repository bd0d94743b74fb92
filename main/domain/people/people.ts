import { randomUUID } from 'node:crypto';
import type { PersonSummary, SessionInfo } from '../../../shared/contract';
import { PanelisError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import type { Vault } from '../../vault/vault';
import { systemActor } from '../audit/actor';
import { mutate } from '../mutate';
import { hashPassword, verifyPassword } from './password';
import { newSigningKey } from './signing-key';

export async function countPeople(vault: Vault): Promise<number> {
  const row = await vault.db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listPeople(vault: Vault): Promise<PersonSummary[]> {
  const rows = await vault.db
    .selectFrom('people')
    .select(['id', 'name', 'role'])
    .where('active', '=', 1)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role as Role }));
}

export interface NewPerson {
  name: string;
  nip: string;
  password: string;
}

/** The first account of a vault is its chair; only possible while the vault has nobody. */
export async function setupChair(vault: Vault, input: NewPerson, now: () => Date = () => new Date()): Promise<SessionInfo> {
  const key = newSigningKey(input.password);
  const passwordHash = hashPassword(input.password);
  return mutate(
    vault,
    systemActor,
    async (trx) => {
      const existing = await trx.selectFrom('people').select('id').limit(1).executeTakeFirst();
      if (existing) throw new PanelisError('ALREADY_SET_UP');
      const id = randomUUID();
      await trx
        .insertInto('people')
        .values({
          id,
          name: input.name,
          nip: input.nip,
          role: 'chair',
          password_hash: passwordHash,
          public_key: key.publicKey,
          private_key_enc: key.privateKeyEnc,
          must_change_password: 0,
          active: 1,
          created_at: now().toISOString(),
        })
        .execute();
      return {
        value: { personId: id, name: input.name, role: 'chair' as const },
        audit: { action: 'people.setupChair', subject: `person:${id}`, after: { name: input.name, nip: input.nip, role: 'chair' } },
      };
    },
    now,
  );
}

/** Checks a person's password. Sign-in itself is not a vault mutation, so it is not audited here. */
export async function authenticate(vault: Vault, personId: string, password: string): Promise<SessionInfo> {
  const row = await vault.db
    .selectFrom('people')
    .select(['id', 'name', 'role', 'password_hash'])
    .where('id', '=', personId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!row) throw new PanelisError('PERSON_NOT_FOUND');
  if (!verifyPassword(password, row.password_hash)) throw new PanelisError('WRONG_PASSWORD');
  return { personId: row.id, name: row.name, role: row.role as Role };
}
