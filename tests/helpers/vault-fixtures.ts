import { systemActor } from '../../main/domain/audit/actor';
import { mutate } from '../../main/domain/mutate';
import { closeVault, createVault, type Vault } from '../../main/vault/vault';
import { PASSPHRASE } from './temp';

/** Writes `count` audited records (1 KiB each) so the file spans many pages. */
export async function fillVault(vault: Vault, count: number, from = 0): Promise<void> {
  for (let n = from; n < from + count; n++) {
    await mutate(vault, systemActor, async (trx) => {
      await trx
        .insertInto('meta')
        .values({ key: `fixture-${n}`, value: `record ${n} `.padEnd(1024, '.') })
        .execute();
      return { value: null, audit: { action: 'fixture.write', subject: `fixture:${n}`, after: { n } } };
    });
  }
}

/** A closed vault file with some content, ready to be opened, damaged or copied. */
export async function makeVaultFile(path: string, records = 30, passphrase = PASSPHRASE): Promise<string> {
  const vault = await createVault(path, passphrase);
  await fillVault(vault, records);
  await closeVault(vault);
  return path;
}
