import { z } from 'zod';
import { allowed, method } from './define';
import { base64, documentRequestSchema, documentSettingsSchema } from './documents-schemas';
import * as s from './schemas';
import type {
  DocumentRecord,
  DocumentSettings,
  GeneratedDocument,
  MadeDocument,
  SigningCertificate,
  VerifyResult,
} from './documents-types';

/** documents methods (see shared/contract/index.ts). */

const readers = allowed('chair', 'secretary', 'observer');
const writers = allowed('chair', 'secretary');
const everyone = allowed('chair', 'secretary', 'member', 'observer');

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().trim().max(max);

export { documentRequestSchema, documentSettingsSchema, pengumumanOptionsSchema } from './documents-schemas';

export const documentsMethods = {
  /** Vault-wide defaults: they prefill each selection created later (with its template's legal basis). */
  'documents.defaults': method(z.object({}).strict(), readers).returns<DocumentSettings>().reads(),
  'documents.saveDefaults': method(z.object({ settings: documentSettingsSchema }).strict(), writers)
    .returns<DocumentSettings>()
    .other('Defaults only prefill selections created later; every existing selection keeps its own document settings.'),
  /** One selection's letterhead, committee name, legal basis, numbering, paper and time zone. */
  'documents.settings': method(z.object({ selectionId: s.id }).strict(), readers)
    .returns<DocumentSettings>()
    .reads(),
  'documents.saveSettings': method(z.object({ selectionId: s.id, settings: documentSettingsSchema }).strict(), writers)
    .returns<DocumentSettings>()
    .alters('selectionId'),
  'documents.certificate': method(z.object({}).strict(), readers).returns<SigningCertificate | null>().reads(),
  /** A self-signed committee certificate; its .p12 is kept in the vault encrypted with `passphrase`. */
  'documents.generateCertificate': method(
    z
      .object({
        commonName: text(200).min(3),
        organization: text(300).min(2),
        passphrase: z.string().min(s.MIN_PASSPHRASE).max(1024),
        passphraseRepeat: z.string().max(1024),
      })
      .strict()
      .refine((v) => v.passphrase === v.passphraseRepeat, { message: 'passphrases differ', path: ['passphraseRepeat'] }),
    allowed('chair'),
  )
    .returns<SigningCertificate>()
    .other("The committee's signing certificate; each signed document carries its own certificate."),
  'documents.importCertificate': method(
    z.object({ p12Base64: base64(200_000).min(4), passphrase: z.string().max(1024) }).strict(),
    allowed('chair'),
  )
    .returns<SigningCertificate>()
    .other("The committee's signing certificate; each signed document carries its own certificate."),
  /**
   * Generates, signs (certificate passphrase) and registers one document. The signed PDF stays
   * in main (open, save and download read it from the registry) unless `returnBytes` asks for it.
   */
  'documents.generate': method(
    z
      .object({
        request: documentRequestSchema,
        passphrase: z.string().min(1).max(1024),
        date: isoDate.optional(),
        language: s.language.optional(),
        returnBytes: z.boolean().optional(),
      })
      .strict(),
    writers,
  )
    .returns<MadeDocument>()
    .other('Records a new signed document of the standing results; it changes no input of them.'),
  /** Hasil penilaian individu for every applicant of the final results (registered; download each from the list). */
  'documents.generateIndividualBatch': method(
    z
      .object({ selectionId: s.id, passphrase: z.string().min(1).max(1024), date: isoDate.optional(), language: s.language.optional() })
      .strict(),
    writers,
  )
    .returns<DocumentRecord[]>()
    .other('Records new signed documents of the standing results; it changes no input of them.'),
  'documents.list': method(z.object({ selectionId: s.id.optional() }).strict(), readers)
    .returns<DocumentRecord[]>()
    .reads(),
  'documents.download': method(z.object({ documentId: s.id }).strict(), readers)
    .returns<GeneratedDocument>()
    .reads(),
  /**
   * Desktop only (AppStatus.desktopDocuments): the signed file from the registry opened in the
   * system's PDF viewer (print from there) or saved where the person chooses. The renderer
   * never hands main a file or a path.
   */
  'documents.open': method(z.object({ documentId: s.id, action: z.enum(['open', 'save']) }).strict(), readers)
    .returns<{ savedTo: string | null }>()
    .reads(),
  /** Checks a PDF: signature, certificate, embedded data and this vault's registry. */
  'documents.verify': method(z.object({ pdfBase64: base64(140_000_000).min(4) }).strict(), everyone)
    .returns<VerifyResult>()
    .reads(),
} as const;
