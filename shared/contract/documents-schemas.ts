import { z } from 'zod';
import * as s from './schemas';

/**
 * The shapes of document settings and requests, once: the contract parses arguments with these
 * schemas and main and the renderer use the types inferred from them.
 */

const text = (max: number) => z.string().trim().max(max);
/** About 6 MB of file (a logo, a .p12, a PDF of a few hundred pages is larger: see pdfBase64). */
export const base64 = (maxChars: number) =>
  z
    .string()
    .max(maxChars)
    .regex(/^[A-Za-z0-9+/=\s]*$/);
const margin = z.number().min(5).max(60);

export const documentSettingsSchema = z
  .object({
    agency: text(300),
    unit: text(300),
    address: text(500),
    /** Where documents are signed ("Jakarta"). */
    place: text(100),
    /** Base64 PNG/JPEG, or null. */
    logo: base64(3_000_000).nullable(),
    /** e.g. `800/{seq}/BA-PANSEL/{roman}/{year}`. */
    numberFormat: text(120).min(1),
    paper: z.enum(['A4', 'F4']),
    margins: z.object({ top: margin, right: margin, bottom: margin, left: margin }).strict(),
    /** Printed small at the foot of every page (e.g. the BSrE wording with the verification address). */
    footer: text(600).nullable(),
    /** Legal basis lines (dasar) of a berita acara. */
    legalBasis: z.array(text(600).min(1)).max(20),
    /** The committee as it signs ("Panitia Seleksi Terbuka JPT Pratama Provinsi Jambi"). */
    committeeName: text(300),
    /** Times on this selection's papers are printed in this zone (WIB, WITA, WIT). */
    timeZone: z.enum(['WIB', 'WITA', 'WIT']),
    /** Where the agency publishes its certificate fingerprint, printed on the pengumuman ("laman bkpsdm.jambiprov.go.id"). */
    fingerprintPublishedAt: text(600),
  })
  .strict();

/** A selection's document settings (vault-wide defaults prefill new selections). */
export type DocumentSettings = z.infer<typeof documentSettingsSchema>;
export type PaperSize = DocumentSettings['paper'];
export type TimeZoneName = DocumentSettings['timeZone'];

/** How a pengumuman prints: names or codes, scores or not, alphabetical or by rank, everyone or who passed. */
export const pengumumanOptionsSchema = z
  .object({ identity: z.enum(['name', 'code']), scores: z.boolean(), alphabetical: z.boolean(), passedOnly: z.boolean() })
  .strict();

export type PengumumanOptions = z.infer<typeof pengumumanOptionsSchema>;

export const documentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('beritaAcara'), selectionId: s.id }).strict(),
  z.object({ type: z.literal('pengumuman'), selectionId: s.id, options: pengumumanOptionsSchema }).strict(),
  z.object({ type: z.literal('hasilIndividu'), selectionId: s.id, applicantId: s.id }).strict(),
  z.object({ type: z.literal('lembarPenilaian'), roundId: s.id, personId: s.id }).strict(),
  z.object({ type: z.literal('notulen'), meetingId: s.id }).strict(),
  z.object({ type: z.literal('instrumen'), selectionId: s.id, stageId: s.id }).strict(),
]);

/** One document to generate: its kind and what it is of. */
export type DocumentRequest = z.infer<typeof documentRequestSchema>;
