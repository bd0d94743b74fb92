import { PanelisError, type ErrorCode } from '../../shared/errors';

/** Exit codes are a contract for scripts: keep them exactly. */
export const EXIT = { ok: 0, checkFailed: 1, usage: 2, wrongPassphrase: 3 } as const;

const notAVault: readonly ErrorCode[] = ['WRONG_PASSPHRASE', 'NOT_A_VAULT', 'FILE_NOT_FOUND'];

export class UsageError extends Error {}

export function exitCodeFor(e: unknown): number {
  if (e instanceof UsageError) return EXIT.usage;
  if (e instanceof PanelisError) {
    if (e.code === 'BAD_ARGUMENTS') return EXIT.usage;
    return notAVault.includes(e.code) ? EXIT.wrongPassphrase : EXIT.checkFailed;
  }
  return EXIT.checkFailed;
}

/** Both languages, as every message a person sees. */
export function describeError(e: unknown): string {
  if (e instanceof PanelisError) return `${e.payload.message.id}\n${e.payload.message.en}`;
  if (e instanceof Error) return e.message;
  return String(e);
}

export function passphraseFromEnv(name: 'PANELIS_PASSPHRASE' | 'PANELIS_NEW_PASSPHRASE'): string {
  const value = process.env[name];
  if (!value) throw new UsageError(`${name} is not set (the passphrase is read from the environment, never from arguments)`);
  return value;
}
