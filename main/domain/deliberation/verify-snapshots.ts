import type { Kysely } from 'kysely';
import type { SnapshotCheck } from '../../../shared/contract/types';
import type { Database } from '../../vault/schema';
import { sha256Hex } from '../scoring/sheet';

/**
 * `vault check`: every final snapshot (standing or reopened) must still hash to the SHA-256
 * recorded when it was frozen; printed documents carry that hash, so an edited snapshot would
 * make the paper and the vault disagree.
 */
export async function verifySnapshots(db: Kysely<Database>): Promise<SnapshotCheck> {
  const rows = await db
    .selectFrom('final_snapshots as f')
    .innerJoin('selections as s', 's.id', 'f.selection_id')
    .select(['f.id', 'f.selection_id', 'f.payload', 'f.sha256', 's.title'])
    .orderBy('f.finalised_at')
    .execute();
  const findings: SnapshotCheck['findings'] = [];
  for (const r of rows) {
    if (sha256Hex(r.payload) === r.sha256) continue;
    findings.push({
      selectionId: r.selection_id,
      selectionTitle: r.title,
      snapshotId: r.id,
      message: {
        id: `Hasil final seleksi "${r.title}" tidak cocok lagi dengan SHA-256 yang dicatat saat difinalkan.`,
        en: `The final results of selection "${r.title}" no longer match the SHA-256 recorded when they were finalised.`,
      },
    });
  }
  return { ok: findings.length === 0, snapshots: rows.length, findings };
}
