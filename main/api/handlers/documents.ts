import { PanelisError } from '../../../shared/errors';
import { activeCertificate, createCommitteeCertificate, importCertificate } from '../../documents/certificate-store';
import { generateDocument, generateIndividualResults } from '../../documents/generate';
import { documentFile, fileNameOf, listDocuments, registryOf } from '../../documents/registry';
import {
  readDocumentDefaults,
  readSelectionDocuments,
  saveDocumentDefaults,
  saveSelectionDocuments,
} from '../../domain/selections/document-settings';
import type { DocumentSettings } from '../../../shared/contract/documents-types';
import { noTrust, vaultFingerprints } from '../../documents/verify/trust';
import { verifyPdf } from '../../documents/verify/verify';
import type { Handlers } from '../registry';
import { requireSelectionAccess } from '../../domain/access/selection-access';

const fromBase64 = (text: string): Buffer => Buffer.from(text.replace(/\s+/g, ''), 'base64');

/** A letterhead logo must be a PNG or JPEG (pdfkit embeds nothing else). */
function checkLogo(settings: DocumentSettings): void {
  if (!settings.logo) return;
  const bytes = fromBase64(settings.logo);
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  if (!png && !jpeg) throw new PanelisError('DOCUMENT_INPUT_INVALID', { reason: 'logo: PNG/JPEG' });
}

export const documentsHandlers = {
  'documents.defaults': async (_args, ctx) => readDocumentDefaults(ctx.vault.db),
  'documents.saveDefaults': async ({ settings }, ctx) => {
    checkLogo(settings);
    return saveDocumentDefaults(ctx.vault, ctx.actor, settings, ctx.now);
  },
  'documents.settings': async ({ selectionId }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return readSelectionDocuments(ctx.vault.db, selectionId);
  },
  'documents.saveSettings': async ({ selectionId, settings }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    checkLogo(settings);
    return saveSelectionDocuments(ctx.vault, ctx.actor, selectionId, settings, ctx.now);
  },
  'documents.certificate': async (_args, ctx) => activeCertificate(ctx.vault.db),
  'documents.generateCertificate': async ({ commonName, organization, passphrase }, ctx) =>
    createCommitteeCertificate(ctx.vault, ctx.actor, { commonName, organization, passphrase }, ctx.now),
  'documents.importCertificate': async ({ p12Base64, passphrase }, ctx) =>
    importCertificate(ctx.vault, ctx.actor, { p12: fromBase64(p12Base64), passphrase }, ctx.now),
  'documents.generate': async ({ request, passphrase, date, language, returnBytes }, ctx) => {
    if ('selectionId' in request) await requireSelectionAccess(ctx.vault.db, ctx.viewer, request.selectionId);
    const out = await generateDocument(ctx.vault, ctx.actor, request, { passphrase, date, language }, ctx.now);
    // The signed file stays in main (open, save and download read the registry) unless asked for.
    return { record: out.record, pdf: returnBytes === true ? out.pdf.toString('base64') : null, fileName: fileNameOf(out.record) };
  },
  'documents.generateIndividualBatch': async ({ selectionId, passphrase, date, language }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    const files = await generateIndividualResults(ctx.vault, ctx.actor, selectionId, { passphrase, date, language }, ctx.now);
    return files.map((f) => f.record);
  },
  'documents.list': async ({ selectionId }, ctx) => {
    if (selectionId) await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return listDocuments(ctx.vault.db, selectionId ?? null);
  },
  'documents.download': async ({ documentId }, ctx) => {
    const { record, pdf } = await documentFile(ctx.vault.db, documentId);
    return { record, pdf: pdf.toString('base64'), fileName: fileNameOf(record) };
  },
  'documents.open': async ({ documentId, action }, ctx) => {
    const files = ctx.options.documentFiles;
    if (!files) throw new PanelisError('DESKTOP_ONLY');
    const { record, pdf } = await documentFile(ctx.vault.db, documentId);
    try {
      if (action === 'open') {
        await files.open(fileNameOf(record), pdf);
        return { savedTo: null };
      }
      return { savedTo: await files.saveAs(fileNameOf(record), pdf) };
    } catch (error) {
      throw new PanelisError('DOCUMENT_OPEN_FAILED', { reason: error instanceof Error ? error.message : String(error) });
    }
  },
  // In the app the vault is the trust anchor: its registered certificates, nothing the file says.
  'documents.verify': async ({ pdfBase64 }, ctx) => {
    const db = ctx.vault.db;
    return verifyPdf(fromBase64(pdfBase64), registryOf(db), { ...noTrust(), vaultFingerprints: await vaultFingerprints(db) });
  },
} satisfies Partial<Handlers>;
