import { createHash, randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { canonicalJson } from '../../shared/canonical-json';
import type { DocumentType } from '../../shared/contract/documents-types';
import type { Language } from '../../shared/errors';
import type { OpenedP12 } from './certificate';
import { Layout, pageLabel, type Letterhead, type PageSetup } from './layout';
import { KeySigner, signPdfWith } from './sign';

/**
 * The pipeline every document goes through: canonical JSON of exactly what is printed →
 * its SHA-256 → the layout draws the document → a verification block (id, hash, signer,
 * certificate fingerprint, QR) → the JSON embedded as an attachment → page footers →
 * PKCS#7 signature. The same claims are written into the PDF's document information
 * (`PanelisClaims`), inside the signed bytes, so `verify` can compare without reading text.
 */

export const CLAIMS_KEY = 'PanelisClaims';
export const DATA_FILE_NAME = 'panelis-data.json';

export interface Claims {
  id: string;
  type: string;
  sha256: string;
  cert: string;
}

export function claimsString(c: Claims): string {
  return `PANELIS-DOC/1;id=${c.id};type=${c.type};sha256=${c.sha256};cert=${c.cert}`;
}

export function parseClaims(text: string): Claims | null {
  const m = /^PANELIS-DOC\/1;id=([^;]+);type=([^;]+);sha256=([0-9a-f]{64});cert=([0-9a-f]{64})$/.exec(text.trim());
  return m ? { id: m[1]!, type: m[2]!, sha256: m[3]!, cert: m[4]! } : null;
}

export interface ProduceInput<T> {
  type: DocumentType;
  /** What is printed, exactly (formatted figures): embedded as canonical JSON. */
  content: T;
  title: string;
  setup: PageSetup;
  letterhead: Letterhead | null;
  footer: string | null;
  /** The certificate, opened once per request (decrypting a .p12 is slow). */
  signer: OpenedP12;
  /** Where and why (signature dictionary). */
  place: string;
  createdAt: Date;
  /** Fixed id (tests, reproduction); a random UUID otherwise. */
  id?: string | undefined;
  measure?: boolean | undefined;
  render: (layout: Layout) => void;
}

export interface Produced {
  id: string;
  pdf: Buffer;
  unsigned: Buffer;
  json: string;
  dataSha256: string;
  pdfSha256: string;
  certificateSha256: string;
  signer: string;
  pages: number;
  layout: Layout;
}

const labels = {
  id: {
    caption: 'Verifikasi dokumen',
    id: 'ID dokumen',
    sha: 'SHA-256 data',
    signer: 'Ditandatangani oleh',
    cert: 'Sidik jari sertifikat (SHA-256)',
    how: 'Periksa dengan: panelis verify BERKAS.pdf',
  },
  en: {
    caption: 'Document verification',
    id: 'Document id',
    sha: 'Data SHA-256',
    signer: 'Signed by',
    cert: 'Certificate fingerprint (SHA-256)',
    how: 'Check with: panelis verify FILE.pdf',
  },
} as const;

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** Long hex printed in groups of eight so it can be read aloud and compared. */
export function groupHex(hex: string): string {
  return hex.replace(/(.{8})(?=.)/g, '$1 ');
}

export function documentJson(type: DocumentType, id: string, language: Language, createdAt: Date, content: unknown): string {
  return canonicalJson({ format: 'panelis-document/1', type, id, language, generatedAt: createdAt.toISOString(), content });
}

export async function produce<T>(input: ProduceInput<T>): Promise<Produced> {
  const id = input.id ?? randomUUID();
  const lang = input.setup.language;
  const opened = input.signer;
  const json = documentJson(input.type, id, lang, input.createdAt, input.content);
  const dataSha256 = sha256Hex(json);
  const claims: Claims = { id, type: input.type, sha256: dataSha256, cert: opened.info.fingerprint };
  const claimText = claimsString(claims);
  const layout = new Layout({
    setup: input.setup,
    title: input.title,
    createdAt: input.createdAt,
    info: { [CLAIMS_KEY]: claimText },
    measure: input.measure,
    footer: input.footer,
    footerLeft: `${labels[lang].id}: ${id}`,
  });
  if (input.letterhead) layout.kop(input.letterhead);
  input.render(layout);

  const qr = await QRCode.toBuffer(claimText, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 4 });
  const l = labels[lang];
  layout.space(6);
  layout.verification({
    caption: l.caption,
    qr,
    lines: [
      [l.id, id],
      [l.sha, groupHex(dataSha256)],
      [l.signer, opened.signerName],
      [l.cert, groupHex(opened.info.fingerprint)],
      ['', l.how],
    ],
  });
  layout.doc.file(Buffer.from(json, 'utf8'), {
    name: DATA_FILE_NAME,
    type: 'application/json',
    description: `${input.title} (${id})`,
    creationDate: input.createdAt,
    modifiedDate: input.createdAt,
    relationship: 'Data',
  } as Parameters<PDFKit.PDFDocument['file']>[1]);
  const pages = layout.doc.bufferedPageRange().count;
  const unsigned = await layout.finish(pageLabel(lang));
  const pdf = await signPdfWith(unsigned, new KeySigner(opened.privateKey, opened.certificate, opened.chain), {
    reason: input.title,
    name: opened.signerName,
    location: input.place,
    contactInfo: '',
    signingTime: input.createdAt,
  });
  return {
    id,
    pdf,
    unsigned,
    json,
    dataSha256,
    pdfSha256: sha256Hex(pdf),
    certificateSha256: opened.info.fingerprint,
    signer: opened.signerName,
    pages,
    layout,
  };
}
