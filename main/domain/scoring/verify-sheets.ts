import { sql, type Kysely } from 'kysely';
import { canonicalJson } from '../../../shared/canonical-json';
import type { SheetFinding, SignatureCheck } from '../../../shared/contract/types';
import type { Database } from '../../vault/schema';
import { sealOf, sha256Hex, sheetEntries, signatureValid, type SheetEntry } from './sheet';
import { scoreSheetColumn } from '../../vault/codecs/score-sheet';

const messages: Record<SheetFinding['reason'], { id: string; en: string }> = {
  signature: { id: 'tanda tangan lembar penilaian tidak sah', en: 'the score sheet signature is not valid' },
  hash: { id: 'hash lembar penilaian tidak cocok', en: 'the score sheet hash does not match' },
  key: { id: 'kunci penanda tangan bukan kunci anggota ini', en: 'the signing key is not this member’s key' },
  scores: {
    id: 'nilai di basis data berbeda dari lembar yang ditandatangani',
    en: 'the scores in the database differ from the signed sheet',
  },
  seal: { id: 'segel putaran tidak cocok dengan lembar penilaian', en: 'the round seal does not match the score sheets' },
};

/** The applicants whose entries differ between the signed sheet and the scores table. */
function changedApplicants(signed: SheetEntry[], stored: SheetEntry[]): string[] {
  const byApplicant = (entries: SheetEntry[]) => {
    const m = new Map<string, SheetEntry[]>();
    for (const e of entries) m.set(e.code, [...(m.get(e.code) ?? []), e]);
    return m;
  };
  const a = byApplicant(signed);
  const b = byApplicant(stored);
  const codes = new Set([...a.keys(), ...b.keys()]);
  return [...codes].filter((c) => canonicalJson(a.get(c) ?? []) !== canonicalJson(b.get(c) ?? [])).sort();
}

/**
 * Verifies every submitted score sheet of the vault: the signature against the member's own
 * public key, the recorded hash, the scores table against what was signed (naming each
 * applicant that differs), and each closed round's seal.
 */
export async function verifySheets(db: Kysely<Database>): Promise<SignatureCheck> {
  const hasRounds = await sql<{
    n: number;
  }>`select count(*) as n from sqlite_master where type = 'table' and name = 'round_scorers'`.execute(db);
  if (Number(hasRounds.rows[0]?.n ?? 0) === 0) return { ok: true, sheets: 0, findings: [] };
  const findings: SheetFinding[] = [];
  const add = (f: Omit<SheetFinding, 'message'>) => findings.push({ ...f, message: messages[f.reason] });
  const rows = await db
    .selectFrom('round_scorers as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select([
      'r.round_id',
      'r.person_id',
      'p.name',
      'p.public_key as person_key',
      'r.status',
      'r.sheet',
      'r.sheet_sha256',
      'r.signature',
      'r.public_key',
    ])
    .where('r.status', '=', 'submitted')
    .execute();
  for (const r of rows) {
    const base = { roundId: r.round_id, personId: r.person_id, personName: r.name, applicantCode: null };
    if (!r.sheet || !r.signature || !r.public_key || !signatureValid(r.sheet, r.signature, r.public_key)) {
      add({ ...base, reason: 'signature' });
      continue;
    }
    if (r.public_key !== r.person_key) add({ ...base, reason: 'key' });
    if (sha256Hex(r.sheet) !== r.sheet_sha256) add({ ...base, reason: 'hash' });
    const sheet = scoreSheetColumn.decode(r.sheet);
    const stored = await sheetEntries(db, r.round_id, r.person_id);
    for (const code of changedApplicants(sheet.entries, stored)) add({ ...base, applicantCode: code, reason: 'scores' });
  }
  const sealed = await db.selectFrom('rounds').select(['id', 'seal_sha256']).where('seal_sha256', 'is not', null).execute();
  for (const round of sealed) {
    const sheets = await db
      .selectFrom('round_scorers')
      .select(['person_id', 'status', 'sheet_sha256'])
      .where('round_id', '=', round.id)
      .execute();
    const seal = sealOf(
      round.id,
      sheets.map((s) => ({ personId: s.person_id, status: s.status, sheetSha256: s.sheet_sha256 })),
    );
    if (seal !== round.seal_sha256) add({ roundId: round.id, personId: '', personName: '', applicantCode: null, reason: 'seal' });
  }
  return { ok: findings.length === 0, sheets: rows.length, findings };
}
