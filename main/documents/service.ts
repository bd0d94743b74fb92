import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DocumentRecord, DocumentSettings, DocumentType, SigningCertificate } from '../../shared/contract/documents-types';
import { PanelisError, type Language } from '../../shared/errors';
import type { Rubric } from '../../shared/selection/rubric';
import { nomorSurat, parseCalendarDate } from '../../shared/terbilang';
import { objectionWindow, wibDate } from '../../shared/deliberation/objection-period';
import { formatDateTimeZone } from '../../shared/format';
import { deliberationConfig } from '../domain/deliberation/config';
import type { Actor } from '../domain/audit/actor';
import { committeeOf } from '../domain/committee/committee';
import { meetingMinutes } from '../domain/deliberation/minutes';
import { currentSnapshot, snapshotIntact } from '../domain/deliberation/snapshot';
import { mutate } from '../domain/mutate';
import type { ScoreSheet } from '../domain/scoring/sheet';
import { loadSetup } from '../domain/selections/selections';
import { readSettings } from '../domain/settings/settings';
import { readDocumentDefaults, readSelectionDocuments } from '../domain/selections/document-settings';
import type { Database } from '../vault/schema';
import type { Vault } from '../vault/vault';
import { generateCommitteeCertificate, openP12 } from './certificate';
import { beritaAcaraContent, renderBeritaAcara, signatureHeaders } from './kinds/berita-acara';
import type { Signatory } from './kinds/common';
import { hasilIndividuContent, renderHasilIndividu } from './kinds/hasil-individu';
import { instrumenContent, renderInstrumen } from './kinds/instrumen';
import { lembarContent, renderLembar } from './kinds/lembar-penilaian';
import { notulenContent, renderNotulen } from './kinds/notulen';
import { pengumumanContent, renderPengumuman, type PengumumanOptions } from './kinds/pengumuman';
import type { Layout, Letterhead, PageSetup } from './layout';
import { produce, type Produced } from './produce';
import type { RegistryLookup } from './verify/verify';

/**
 * Documents over a vault: letterhead settings, the signing certificate, generation of each
 * document type from the frozen data, and the registry of generated documents (every
 * generation registered and audited in one transaction).
 */

// ------------------------------------------------------------------ certificates

function certRecord(r: Database['document_certificates']): SigningCertificate {
  return {
    fingerprint: r.fingerprint,
    subject: r.subject,
    issuer: r.issuer,
    notBefore: r.not_before,
    notAfter: r.not_after,
    selfSigned: r.self_signed === 1,
    source: r.source,
    createdAt: r.created_at,
  };
}

export async function activeCertificate(db: Kysely<Database>): Promise<SigningCertificate | null> {
  const row = await db.selectFrom('document_certificates').selectAll().where('active', '=', 1).executeTakeFirst();
  return row ? certRecord(row) : null;
}

async function storeCertificate(vault: Vault, actor: Actor, p12: Buffer, passphrase: string, source: 'generated' | 'imported', now: () => Date): Promise<SigningCertificate> {
  const opened = openP12(p12, passphrase);
  return mutate(
    vault,
    actor,
    async (trx) => {
      await trx.updateTable('document_certificates').set({ active: 0 }).execute();
      const row = {
        fingerprint: opened.info.fingerprint,
        source,
        subject: opened.info.subject,
        issuer: opened.info.issuer,
        not_before: opened.info.notBefore,
        not_after: opened.info.notAfter,
        self_signed: opened.info.selfSigned ? 1 : 0,
        p12,
        active: 1,
        created_by: actor.personId,
        created_at: now().toISOString(),
      };
      await trx
        .insertInto('document_certificates')
        .values(row)
        .onConflict((oc) => oc.column('fingerprint').doUpdateSet({ active: 1, p12 }))
        .execute();
      return {
        value: certRecord(row),
        audit: { action: `documents.certificate.${source}`, subject: `certificate:${opened.info.fingerprint}`, after: { subject: opened.info.subject, issuer: opened.info.issuer, notAfter: opened.info.notAfter } },
      };
    },
    now,
  );
}

/**
 * A committee certificate Panelis generates: self-signed RSA 3072, the .p12 encrypted (AES-256)
 * with the passphrase given, stored in the vault; the passphrase is asked at every signing.
 */
export async function createCommitteeCertificate(vault: Vault, actor: Actor, input: { commonName: string; organization: string; passphrase: string; bits?: 2048 | 3072 }, now: () => Date): Promise<SigningCertificate> {
  const g = generateCommitteeCertificate({ ...input, now: now() });
  return storeCertificate(vault, actor, g.p12, input.passphrase, 'generated', now);
}

/** An imported .p12 (e.g. BSrE): checked with its passphrase, kept as it came (still encrypted by it). */
export async function importCertificate(vault: Vault, actor: Actor, input: { p12: Buffer; passphrase: string }, now: () => Date): Promise<SigningCertificate> {
  return storeCertificate(vault, actor, input.p12, input.passphrase, 'imported', now);
}

async function signingP12(db: Kysely<Database>): Promise<Buffer> {
  const row = await db.selectFrom('document_certificates').select('p12').where('active', '=', 1).executeTakeFirst();
  if (!row) throw new PanelisError('CERTIFICATE_MISSING');
  return Buffer.from(row.p12);
}

// ------------------------------------------------------------------ generation

export type DocumentRequest =
  | { type: 'beritaAcara'; selectionId: string }
  | { type: 'pengumuman'; selectionId: string; options: PengumumanOptions }
  | { type: 'hasilIndividu'; selectionId: string; applicantId: string }
  | { type: 'lembarPenilaian'; roundId: string; personId: string }
  | { type: 'notulen'; meetingId: string }
  | { type: 'instrumen'; selectionId: string; stageId: string };

export interface GenerateOptions {
  passphrase: string;
  /** YYYY-MM-DD; today (the laptop's calendar) by default. */
  date?: string;
  language?: Language;
  /** Fixed id (tests). */
  id?: string;
}

function localDate(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

const codes: Record<DocumentType, string> = {
  beritaAcara: 'BA',
  pengumuman: 'PENG',
  lembarPenilaian: 'LP',
  hasilIndividu: 'HI',
  notulen: 'NOT',
  instrumen: 'INS',
};

const titles: Record<DocumentType, Record<Language, string>> = {
  beritaAcara: { id: 'Berita Acara Hasil Seleksi', en: 'Record of Selection Results' },
  pengumuman: { id: 'Pengumuman Hasil Seleksi', en: 'Announcement of Selection Results' },
  lembarPenilaian: { id: 'Lembar Penilaian', en: 'Score Sheet' },
  hasilIndividu: { id: 'Hasil Penilaian Individu', en: 'Individual Assessment Results' },
  notulen: { id: 'Notulen Rapat Pleno', en: 'Minutes of the Plenary Meeting' },
  instrumen: { id: 'Instrumen Penilaian', en: 'Assessment Rubric' },
};

async function signatoriesOf(db: Kysely<Database>, selectionId: string): Promise<Signatory[]> {
  const members = (await committeeOf(db, selectionId)).filter((m) => m.role !== 'observer');
  const list: Signatory[] = members.map((m) => ({ name: m.name, nip: m.nip, role: m.role as Signatory['role'] }));
  if (!list.some((s) => s.role === 'chair')) {
    const chair = await db.selectFrom('people').select(['name', 'nip']).where('role', '=', 'chair').where('active', '=', 1).orderBy('created_at').executeTakeFirst();
    if (chair) list.unshift({ name: chair.name, nip: chair.nip, role: 'chair' });
  }
  return list;
}

async function finalSnapshot(db: Kysely<Database>, selectionId: string) {
  const snap = await currentSnapshot(db, selectionId);
  if (!snap) throw new PanelisError('SELECTION_NOT_FINAL');
  // An official paper never prints a snapshot that no longer matches its recorded SHA-256.
  if (!(await snapshotIntact(db, snap.id))) throw new PanelisError('DOCUMENT_INPUT_INVALID', { reason: `final snapshot ${snap.id}: SHA-256 mismatch / hasil final tidak cocok dengan SHA-256-nya` });
  return snap;
}

/** The selection a requested document belongs to (its settings print it), or null for none. */
async function selectionOfRequest(db: Kysely<Database>, req: DocumentRequest): Promise<string | null> {
  switch (req.type) {
    case 'lembarPenilaian': {
      const round = await db.selectFrom('rounds').select('selection_id').where('id', '=', req.roundId).executeTakeFirst();
      return round?.selection_id ?? null;
    }
    case 'notulen': {
      const meeting = await db.selectFrom('meetings').select('selection_id').where('id', '=', req.meetingId).executeTakeFirst();
      return meeting?.selection_id ?? null;
    }
    default:
      return req.selectionId;
  }
}

interface Prepared {
  selectionId: string | null;
  subjectId: string | null;
  title: string;
  content: unknown;
  render: (layout: Layout) => void;
  numbered: boolean;
  letterhead: boolean;
}

async function prepare(db: Kysely<Database>, req: DocumentRequest, ctx: { lang: Language; date: string; number: string; settings: DocumentSettings; committeeName: string }): Promise<Prepared> {
  const { lang, date, number, settings } = ctx;
  const place = settings.place || '…';
  switch (req.type) {
    case 'beritaAcara': {
      const snap = await finalSnapshot(db, req.selectionId);
      const setup = await loadSetup(db, req.selectionId);
      const content = beritaAcaraContent({
        language: lang,
        selectionTitle: setup.title,
        committeeName: ctx.committeeName,
        number,
        date,
        place,
        legalBasis: settings.legalBasis,
        final: snap.results,
        stageResults: snap.stageResults,
        signatories: await signatoriesOf(db, req.selectionId),
        snapshot: { id: snap.id, sha256: snap.sha256, finalisedAt: snap.finalisedAt },
      });
      return { selectionId: req.selectionId, subjectId: snap.id, title: titles.beritaAcara[lang], content, render: (l) => renderBeritaAcara(l, content), numbered: true, letterhead: true };
    }
    case 'pengumuman': {
      const snap = await finalSnapshot(db, req.selectionId);
      const setup = await loadSetup(db, req.selectionId);
      const chair = (await signatoriesOf(db, req.selectionId)).find((s) => s.role === 'chair') ?? null;
      const days = (await deliberationConfig(db, req.selectionId)).objectionDays;
      const content = pengumumanContent({
        language: lang,
        selectionTitle: setup.title,
        committeeName: ctx.committeeName,
        number,
        date,
        place,
        final: snap.results,
        chair,
        options: req.options,
        objection: { ...objectionWindow(snap.finalisedAt, days), days },
        fingerprintPublishedAt: settings.fingerprintPublishedAt,
      });
      return { selectionId: req.selectionId, subjectId: snap.id, title: titles.pengumuman[lang], content, render: (l) => renderPengumuman(l, content), numbered: true, letterhead: true };
    }
    case 'hasilIndividu': {
      const snap = await finalSnapshot(db, req.selectionId);
      const setup = await loadSetup(db, req.selectionId);
      const row = snap.results.rows.find((r) => r.applicantId === req.applicantId);
      if (!row) throw new PanelisError('DOCUMENT_INPUT_INVALID', { reason: 'applicant / peserta' });
      const chair = (await signatoriesOf(db, req.selectionId)).find((s) => s.role === 'chair') ?? null;
      const content = hasilIndividuContent({ language: lang, selectionTitle: setup.title, committeeName: ctx.committeeName, number, date, place, row, view: snap.results, setupStages: setup.stages, chair });
      return { selectionId: req.selectionId, subjectId: req.applicantId, title: titles.hasilIndividu[lang], content, render: (l) => renderHasilIndividu(l, content), numbered: true, letterhead: true };
    }
    case 'lembarPenilaian': {
      const round = await db.selectFrom('rounds').selectAll().where('id', '=', req.roundId).executeTakeFirst();
      if (!round) throw new PanelisError('DOCUMENT_INPUT_INVALID', { reason: 'round / ronde' });
      const scorer = await db.selectFrom('round_scorers').selectAll().where('round_id', '=', req.roundId).where('person_id', '=', req.personId).executeTakeFirst();
      if (!scorer || scorer.status !== 'submitted' || !scorer.sheet || !scorer.sheet_sha256 || !scorer.signature || !scorer.public_key) throw new PanelisError('SHEET_NOT_SUBMITTED');
      const person = await db.selectFrom('people').select(['name', 'nip']).where('id', '=', req.personId).executeTakeFirstOrThrow();
      const setup = await loadSetup(db, round.selection_id);
      const stage = setup.stages.find((s) => s.id === round.stage_id);
      const sheet = JSON.parse(scorer.sheet) as ScoreSheet;
      let rubric: Rubric | null = stage?.rubric ?? null;
      if (round.rubric_version !== null) {
        const v = await db.selectFrom('rubric_versions').select('rubric').where('selection_id', '=', round.selection_id).where('stage_id', '=', round.stage_id).where('version', '=', round.rubric_version).executeTakeFirst();
        if (v) rubric = JSON.parse(v.rubric) as Rubric;
      }
      const hash = (b: Buffer) => createHash('sha256').update(b).digest('hex');
      const content = lembarContent({
        language: lang,
        selectionTitle: setup.title,
        stageName: stage?.name ?? round.stage_id,
        member: { name: person.name, nip: person.nip },
        submittedAt: formatDateTimeZone(sheet.submittedAt, lang, settings.timeZone),
        submittedDate: wibDate(sheet.submittedAt),
        place,
        criteria: rubric?.criteria ?? [],
        entries: sheet.entries,
        sheetSha256: scorer.sheet_sha256,
        signatureSha256: hash(Buffer.from(scorer.signature, 'base64')),
        publicKeySha256: hash(Buffer.from(scorer.public_key, 'base64')),
        rubricVersion: sheet.rubricVersion,
        rubricSha256: sheet.rubricSha256,
        revision: sheet.revision?.number ?? null,
      });
      return { selectionId: round.selection_id, subjectId: `${req.roundId}:${req.personId}`, title: titles.lembarPenilaian[lang], content, render: (l) => renderLembar(l, content), numbered: false, letterhead: true };
    }
    case 'notulen': {
      const minutes = await meetingMinutes(db, req.meetingId);
      const content = notulenContent(minutes, lang, place, settings.timeZone);
      return { selectionId: minutes.selection.id, subjectId: req.meetingId, title: titles.notulen[lang], content, render: (l) => renderNotulen(l, content, signatureHeaders(lang)), numbered: false, letterhead: true };
    }
    case 'instrumen': {
      const setup = await loadSetup(db, req.selectionId);
      const stage = setup.stages.find((s) => s.id === req.stageId);
      if (!stage?.rubric) throw new PanelisError('DOCUMENT_INPUT_INVALID', { reason: 'stage without a rubric / tahap tanpa instrumen' });
      const v = await db.selectFrom('rubric_versions').selectAll().where('selection_id', '=', req.selectionId).where('stage_id', '=', req.stageId).orderBy('version', 'desc').executeTakeFirst();
      const chair = (await signatoriesOf(db, req.selectionId)).find((s) => s.role === 'chair') ?? null;
      const rubric = v?.frozen_at ? (JSON.parse(v.rubric) as Rubric) : stage.rubric;
      const content = instrumenContent({
        language: lang,
        selectionTitle: setup.title,
        stageName: stage.name,
        rubric,
        version: v ? { number: v.version, sha256: v.sha256, frozenAt: v.frozen_at ? formatDateTimeZone(v.frozen_at, lang, settings.timeZone) : null } : null,
        date,
        place,
        number,
        chair,
        committeeName: ctx.committeeName,
      });
      return { selectionId: req.selectionId, subjectId: req.stageId, title: titles.instrumen[lang], content, render: (l) => renderInstrumen(l, content), numbered: true, letterhead: true };
    }
  }
}

async function letterheadFor(db: Kysely<Database>, selectionId: string | null, s: DocumentSettings): Promise<Letterhead> {
  let agency = s.agency;
  let unit = s.unit;
  let address = s.address;
  if (selectionId && (!agency || !address)) {
    const setup = await loadSetup(db, selectionId);
    agency ||= setup.agency;
    unit ||= setup.unit;
    address ||= setup.address;
  }
  return { agency: agency || '—', unit, address, logo: s.logo ? Buffer.from(s.logo, 'base64') : null };
}

export interface GeneratedFile {
  record: DocumentRecord;
  pdf: Buffer;
  produced: Produced;
}

function recordOf(r: Omit<Database['documents'], 'pdf' | 'data'>): DocumentRecord {
  return {
    id: r.id,
    type: r.type as DocumentType,
    selectionId: r.selection_id,
    title: r.title,
    number: r.number,
    dataSha256: r.data_sha256,
    pdfSha256: r.pdf_sha256,
    certificateSha256: r.certificate_sha256,
    createdBy: { personId: r.created_by, name: r.created_by_name },
    createdAt: r.created_at,
    pages: r.pages,
  };
}

/** Generates, signs and registers one document; the registration and its audit event commit together. */
export async function generateDocument(vault: Vault, actor: Actor, req: DocumentRequest, opts: GenerateOptions, now: () => Date): Promise<GeneratedFile> {
  const db = vault.db;
  const at = now();
  const vaultSettings = await readSettings(db);
  const lang = opts.language ?? vaultSettings.language;
  const date = opts.date ?? localDate(at);
  parseCalendarDate(date);
  const p12 = await signingP12(db);
  // Wrong passphrase: refused before any work.
  openP12(p12, opts.passphrase);
  const selectionId = await selectionOfRequest(db, req);
  const settings = selectionId ? await readSelectionDocuments(db, selectionId) : await readDocumentDefaults(db);
  const committeeName = settings.committeeName || vaultSettings.committeeName;
  // The number is taken inside the transaction that registers the document (and a unique
  // index stands behind it), so two documents can never share a number.
  return mutate(
    vault,
    actor,
    async (trx) => {
      const last = await trx.selectFrom('documents').select(trx.fn.max('seq').as('seq')).executeTakeFirst();
      const seq = Number(last?.seq ?? 0) + 1;
      const number = nomorSurat(settings.numberFormat, { seq, date, code: codes[req.type] });
      const prepared = await prepare(trx, req, { lang, date, number, settings, committeeName });
      if (prepared.numbered) {
        const taken = await trx.selectFrom('documents').select('id').where('number', '=', number).executeTakeFirst();
        if (taken) throw new PanelisError('DOCUMENT_NUMBER_TAKEN', { number });
      }
      const setup: PageSetup = { paper: settings.paper, margins: settings.margins, language: lang };
      const produced = await produce({
        type: req.type,
        content: prepared.content,
        title: prepared.title,
        setup,
        letterhead: prepared.letterhead ? await letterheadFor(trx, prepared.selectionId, settings) : null,
        footer: settings.footer,
        signing: { p12, passphrase: opts.passphrase },
        place: settings.place,
        createdAt: at,
        id: opts.id,
        render: prepared.render,
      });
      const row = {
        id: produced.id,
        type: req.type,
        selection_id: prepared.selectionId,
        subject_id: prepared.subjectId,
        title: prepared.title,
        number: prepared.numbered ? number : null,
        seq,
        data_sha256: produced.dataSha256,
        pdf_sha256: produced.pdfSha256,
        certificate_sha256: produced.certificateSha256,
        pages: produced.pages,
        data: produced.json,
        pdf: produced.pdf,
        created_by: actor.personId,
        created_by_name: actor.name,
        created_at: at.toISOString(),
      };
      await trx.insertInto('documents').values(row).execute();
      return {
        value: { record: recordOf(row), pdf: produced.pdf, produced },
        audit: {
          action: 'documents.generate',
          subject: `document:${produced.id}`,
          after: { type: req.type, selectionId: prepared.selectionId, subjectId: prepared.subjectId, number: row.number, pages: produced.pages },
          extra: { dataSha256: produced.dataSha256, pdfSha256: produced.pdfSha256, certificateSha256: produced.certificateSha256 },
        },
      };
    },
    () => at,
  );
}

export async function listDocuments(db: Kysely<Database>, selectionId: string | null): Promise<DocumentRecord[]> {
  let q = db
    .selectFrom('documents')
    .select(['id', 'type', 'selection_id', 'subject_id', 'title', 'number', 'seq', 'data_sha256', 'pdf_sha256', 'certificate_sha256', 'pages', 'created_by', 'created_by_name', 'created_at'])
    .orderBy('seq', 'desc');
  if (selectionId) q = q.where('selection_id', '=', selectionId);
  return (await q.execute()).map(recordOf);
}

export async function documentFile(db: Kysely<Database>, id: string): Promise<{ record: DocumentRecord; pdf: Buffer }> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new PanelisError('DOCUMENT_NOT_FOUND');
  return { record: recordOf(row), pdf: Buffer.from(row.pdf) };
}

export function registryOf(db: Kysely<Database>): RegistryLookup {
  return async (id) => {
    const row = await db.selectFrom('documents').select(['data_sha256', 'pdf_sha256', 'certificate_sha256']).where('id', '=', id).executeTakeFirst();
    return row ? { dataSha256: row.data_sha256, pdfSha256: row.pdf_sha256, certificateSha256: row.certificate_sha256 } : null;
  };
}

export function fileNameOf(r: DocumentRecord): string {
  const base = r.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase();
  return `${base}-${r.id.slice(0, 8)}.pdf`;
}
