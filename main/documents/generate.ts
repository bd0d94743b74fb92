import type { Kysely } from 'kysely';
import type { DocumentRecord, DocumentRequest, DocumentSettings, DocumentType } from '../../shared/contract/documents-types';
import { PanelisError, type Language } from '../../shared/errors';
import { nomorSurat, parseCalendarDate } from '../../shared/terbilang';
import type { Actor } from '../domain/audit/actor';
import { currentSnapshot } from '../domain/deliberation/snapshot';
import { mutate } from '../domain/mutate';
import { readDocumentDefaults, readSelectionDocuments } from '../domain/selections/document-settings';
import { loadSetup } from '../domain/selections/selections';
import { readSettings } from '../domain/settings/settings';
import type { Database } from '../vault/schema';
import type { Vault } from '../vault/vault';
import type { OpenedP12 } from './certificate';
import { openSigningCertificate } from './certificate-store';
import { documentKinds } from './kinds';
import type { DocumentKind } from './kinds/kind';
import type { Letterhead, PageSetup } from './layout';
import { produce, type Produced } from './produce';
import { recordOf } from './registry';

/**
 * Generation: each kind (kinds/) loads and lays out its document; this signs it with the
 * certificate opened once for the request, numbers it and registers it with its audit event
 * in one transaction.
 */

export interface GenerateOptions {
  passphrase: string;
  /** YYYY-MM-DD; today (the laptop's calendar) by default. */
  date?: string | undefined;
  language?: Language | undefined;
  /** Fixed id (tests). */
  id?: string | undefined;
}

export interface GeneratedFile {
  record: DocumentRecord;
  pdf: Buffer;
  produced: Produced;
}

function localDate(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** The table's entry for a type: generic so the request and its kind stay paired. */
function kindOf<K extends DocumentType>(type: K): DocumentKind<K> {
  return documentKinds[type];
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

/** One document with the opened certificate: numbered, produced, registered and audited together. */
async function generateWith(
  vault: Vault,
  actor: Actor,
  req: DocumentRequest,
  signer: OpenedP12,
  opts: GenerateOptions,
  now: () => Date,
): Promise<GeneratedFile> {
  const db = vault.db;
  const at = now();
  const vaultSettings = await readSettings(db);
  const lang = opts.language ?? vaultSettings.language;
  const date = opts.date ?? localDate(at);
  const kind = kindOf(req.type);
  const selectionId = await kind.selectionOf(db, req);
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
      const number = nomorSurat(settings.numberFormat, { seq, date, code: kind.code });
      const title = kind.title[lang];
      const prepared = await kind.prepare(trx, req, { lang, date, number, settings, committeeName, place: settings.place || '…' });
      if (kind.numbered) {
        const taken = await trx.selectFrom('documents').select('id').where('number', '=', number).executeTakeFirst();
        if (taken) throw new PanelisError('DOCUMENT_NUMBER_TAKEN', { number });
      }
      const setup: PageSetup = { paper: settings.paper, margins: settings.margins, language: lang };
      const produced = await produce({
        type: req.type,
        content: prepared.content,
        title,
        setup,
        letterhead: await letterheadFor(trx, prepared.selectionId, settings),
        footer: settings.footer,
        signer,
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
        title,
        number: kind.numbered ? number : null,
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
          after: {
            type: req.type,
            selectionId: prepared.selectionId,
            subjectId: prepared.subjectId,
            number: row.number,
            pages: produced.pages,
          },
          extra: { dataSha256: produced.dataSha256, pdfSha256: produced.pdfSha256, certificateSha256: produced.certificateSha256 },
        },
      };
    },
    () => at,
  );
}

/**
 * Generates, signs and registers documents, one transaction each, with the certificate
 * decrypted once for all of them. The date is checked and the passphrase refused before any
 * work; an empty list does nothing.
 */
export async function generateDocuments(
  vault: Vault,
  actor: Actor,
  requests: DocumentRequest[],
  opts: GenerateOptions,
  now: () => Date,
): Promise<GeneratedFile[]> {
  if (requests.length === 0) return [];
  const signer = await signerFor(vault.db, opts);
  const out: GeneratedFile[] = [];
  for (const req of requests) out.push(await generateWith(vault, actor, req, signer, opts, now));
  return out;
}

/** Generates, signs and registers one document; the registration and its audit event commit together. */
export async function generateDocument(
  vault: Vault,
  actor: Actor,
  req: DocumentRequest,
  opts: GenerateOptions,
  now: () => Date,
): Promise<GeneratedFile> {
  return generateWith(vault, actor, req, await signerFor(vault.db, opts), opts, now);
}

/** A bad date, a missing certificate or a wrong passphrase is refused before any work. */
async function signerFor(db: Kysely<Database>, opts: GenerateOptions): Promise<OpenedP12> {
  if (opts.date !== undefined) parseCalendarDate(opts.date);
  return openSigningCertificate(db, opts.passphrase);
}

/** Hasil penilaian individu for every applicant of the standing final results, in their order. */
export async function generateIndividualResults(
  vault: Vault,
  actor: Actor,
  selectionId: string,
  opts: GenerateOptions,
  now: () => Date,
): Promise<GeneratedFile[]> {
  const snap = await currentSnapshot(vault.db, selectionId);
  if (!snap) throw new PanelisError('SELECTION_NOT_FINAL');
  const requests = snap.results.rows.map((row): DocumentRequest => ({ type: 'hasilIndividu', selectionId, applicantId: row.applicantId }));
  return generateDocuments(vault, actor, requests, opts, now);
}
