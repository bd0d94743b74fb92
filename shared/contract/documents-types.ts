/** Official documents: types shared by main and the renderer. */

export const DOCUMENT_TYPES = ['beritaAcara', 'pengumuman', 'lembarPenilaian', 'hasilIndividu', 'notulen', 'instrumen'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export type { DocumentRequest, DocumentSettings, PaperSize, PengumumanOptions, TimeZoneName } from './documents-schemas';

/** Why a document failed verification; several can hold at once. */
export type VerifyReason =
  | 'NOT_A_PDF'
  | 'NOT_SIGNED'
  | 'SIGNATURE_INVALID'
  | 'NOT_WHOLE_FILE'
  | 'TRUNCATED'
  | 'CERTIFICATE_MISMATCH'
  | 'NO_CLAIMS'
  | 'DATA_MISSING'
  | 'DATA_HASH_MISMATCH'
  | 'UNKNOWN_DOCUMENT'
  | 'REGISTRY_MISMATCH'
  /** More than one signature, or anything added after the first: a Panelis document is signed once. */
  | 'SIGNED_AGAIN'
  /** Intact or not, the signer is not one the verifier trusts (vault, named fingerprint or installed CA). */
  | 'UNTRUSTED_SIGNER';

/** Why the signer is trusted: a certificate registered in the vault, a fingerprint the person named, a CA they installed. */
export type TrustedBy = 'vault' | 'fingerprint' | 'ca';

export interface VerifyFinding {
  reason: VerifyReason;
  text: { id: string; en: string };
}

export interface VerifyResult {
  ok: boolean;
  documentId: string | null;
  documentType: string | null;
  /** SHA-256 of the embedded canonical JSON, as printed. */
  printedSha256: string | null;
  /** SHA-256 of the embedded JSON as found in the file. */
  dataSha256: string | null;
  /** Fingerprint printed on the document. */
  printedCertificate: string | null;
  /** Fingerprint of the certificate that actually signed. */
  signerCertificate: string | null;
  signer: string | null;
  signedAt: string | null;
  /** Checked against a vault's registry (false: no vault given). */
  registryChecked: boolean;
  findings: VerifyFinding[];
  /** Signed once, the signature sound over the whole file, the printed certificate and data hash hold (trust aside). */
  intact: boolean;
  /** The signer is trusted: `ok` needs both. */
  trusted: boolean;
  trustedBy: TrustedBy | null;
  /** SHA-256 of the certificate that signed (the last signature): to compare with the one the agency published. */
  signerFingerprint: string | null;
  /** Every signature in the file, in file order. */
  signatures: { fingerprint: string | null; signer: string | null; valid: boolean }[];
}

/** One generated document in the vault's registry. */
export interface DocumentRecord {
  id: string;
  type: DocumentType;
  selectionId: string | null;
  title: string;
  number: string | null;
  dataSha256: string;
  pdfSha256: string;
  certificateSha256: string;
  createdBy: { personId: string | null; name: string };
  createdAt: string;
  pages: number;
}

export interface GeneratedDocument {
  record: DocumentRecord;
  /** The signed PDF, base64. */
  pdf: string;
  fileName: string;
}

/** What `documents.generate` answers: the registered record, and the signed PDF only when asked for. */
export interface MadeDocument {
  record: DocumentRecord;
  /** The signed PDF, base64, when the request said `returnBytes: true`; null otherwise. */
  pdf: string | null;
  fileName: string;
}

export interface SigningCertificate {
  fingerprint: string;
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  selfSigned: boolean;
  source: 'generated' | 'imported';
  createdAt: string;
}
