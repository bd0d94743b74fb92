import type { RawDb } from './native';

/**
 * Vault connections do not checkpoint inside a write (wal_autocheckpoint = 0): with
 * SQLCipher every checkpointed page is decrypted from the WAL and encrypted again into the
 * file, which would land on the save a person is waiting for. Instead a passive checkpoint
 * runs shortly after writes stop, and SQLite checkpoints fully when the vault closes. The
 * WAL is durable either way (synchronous = FULL); this only moves work off the hot path.
 */
const IDLE_MS = 1500;
const timers = new WeakMap<RawDb, NodeJS.Timeout>();

export function checkpointSoon(raw: RawDb, delayMs = IDLE_MS): void {
  const pending = timers.get(raw);
  if (pending) clearTimeout(pending);
  const timer = setTimeout(() => {
    timers.delete(raw);
    if (!raw.open) return;
    try {
      raw.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Busy or closing: the next write, or the close, checkpoints.
    }
  }, delayMs);
  timer.unref();
  timers.set(raw, timer);
}

export function cancelCheckpoint(raw: RawDb): void {
  const pending = timers.get(raw);
  if (pending) clearTimeout(pending);
  timers.delete(raw);
}
