import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canonicalJson } from '../../../shared/canonical-json';
import { scoreSheetColumn, type ScoreSheet, type SheetEntry } from '../../vault/codecs/score-sheet';
import { PanelisError } from '../../../shared/errors';
import type { Database } from '../../vault/schema';
import type { RoundRow } from '../rounds/round-record';

export type { ScoreSheet, SheetEntry } from '../../vault/codecs/score-sheet';

export async function sheetEntries(db: Kysely<Database>, roundId: string, personId: string): Promise<SheetEntry[]> {
  const rows = await db
    .selectFrom('scores as s')
    .innerJoin('applicants as a', 'a.id', 's.applicant_id')
    .select(['s.applicant_id', 'a.blind_code', 's.criterion_id', 's.value', 's.note'])
    .where('s.round_id', '=', roundId)
    .where('s.person_id', '=', personId)
    .execute();
  return rows
    .map((r) => ({ applicantId: r.applicant_id, code: r.blind_code, criterionId: r.criterion_id, value: r.value, note: r.note }))
    .sort((x, y) =>
      x.code < y.code ? -1 : x.code > y.code ? 1 : x.criterionId < y.criterionId ? -1 : x.criterionId > y.criterionId ? 1 : 0,
    );
}

export async function buildSheet(db: Kysely<Database>, round: RoundRow, personId: string, submittedAt: string): Promise<ScoreSheet> {
  return {
    kind: 'panelis.scoreSheet',
    version: 1,
    selectionId: round.selection_id,
    roundId: round.id,
    stageId: round.stage_id,
    rubricVersion: round.rubric_version,
    rubricSha256: round.rubric_sha256,
    personId,
    submittedAt,
    entries: await sheetEntries(db, round.id, personId),
  };
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

export interface SignedSheet {
  json: string;
  sha256: string;
  signature: string;
}

export function signSheet(sheet: ScoreSheet, privateKey: KeyObject): SignedSheet {
  const json = scoreSheetColumn.encode(sheet);
  return { json, sha256: sha256Hex(json), signature: sign(null, Buffer.from(json), privateKey).toString('base64') };
}

export function signatureValid(json: string, signature: string, publicKeySpki: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeySpki, 'base64'), format: 'der', type: 'spki' });
    return verify(null, Buffer.from(json), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** The round's seal: SHA-256 over every scorer's sheet hash (or excuse), in person order. */
export function sealOf(roundId: string, sheets: { personId: string; status: string; sheetSha256: string | null }[]): string {
  const ordered = [...sheets].sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  return sha256Hex(canonicalJson({ kind: 'panelis.roundSeal', roundId, sheets: ordered }));
}

/** A member's submitted sheet as stored and signed: the JSON, its hash, the signature and key (base64). */
export interface StoredSheet {
  json: string;
  sha256: string;
  signature: string;
  publicKey: string;
}

/** The submitted sheet of one scorer in one round; SHEET_NOT_SUBMITTED while there is none. */
export async function submittedSheet(db: Kysely<Database>, roundId: string, personId: string): Promise<StoredSheet> {
  const scorer = await db
    .selectFrom('round_scorers')
    .selectAll()
    .where('round_id', '=', roundId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!scorer || scorer.status !== 'submitted' || !scorer.sheet || !scorer.sheet_sha256 || !scorer.signature || !scorer.public_key)
    throw new PanelisError('SHEET_NOT_SUBMITTED');
  return { json: scorer.sheet, sha256: scorer.sheet_sha256, signature: scorer.signature, publicKey: scorer.public_key };
}
