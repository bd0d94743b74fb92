import { createHash, createVerify } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import forge from 'node-forge';
import type { VerifyFinding, VerifyReason, VerifyResult } from '../../../shared/contract/documents-types';
import { certificateInfo, commonName } from '../certificate';
import { CLAIMS_KEY, parseClaims, type Claims } from '../produce';

/**
 * Verifies a Panelis document without trusting anything in it that is not signed:
 * 1. the last PKCS#7 signature: its ByteRange covers the whole file except the /Contents
 *    hex string (nothing appended, nothing cut), the messageDigest equals the SHA-256 of
 *    the covered bytes, and the signature over the signed attributes verifies with the
 *    signing certificate's key;
 * 2. the signing certificate's SHA-256 fingerprint equals the one the document prints
 *    (the claims in the signed document information, the same text as the QR code);
 * 3. the embedded canonical JSON hashes to the printed SHA-256;
 * 4. with a registry (a vault), the document id is known and its hashes match the record.
 * Every failing check is reported, in both languages.
 */

export interface RegistryEntry {
  dataSha256: string;
  pdfSha256: string;
  certificateSha256: string;
}

export type RegistryLookup = (documentId: string) => Promise<RegistryEntry | null>;

const messages: Record<VerifyReason, (d: Record<string, string>) => { id: string; en: string }> = {
  NOT_A_PDF: () => ({ id: 'Berkas ini bukan PDF.', en: 'This file is not a PDF.' }),
  NOT_SIGNED: () => ({ id: 'Dokumen tidak bertanda tangan digital.', en: 'The document carries no digital signature.' }),
  SIGNATURE_INVALID: (d) => ({
    id: `Tanda tangan tidak sah: isi berkas berubah setelah ditandatangani (${d.why_id ?? ''}).`,
    en: `The signature is not valid: the file changed after it was signed (${d.why_en ?? ''}).`,
  }),
  NOT_WHOLE_FILE: (d) => ({
    id: `Tanda tangan tidak mencakup seluruh berkas: ${d.extra ?? '?'} bita ditambahkan setelah penandatanganan.`,
    en: `The signature does not cover the whole file: ${d.extra ?? '?'} bytes were added after signing.`,
  }),
  TRUNCATED: () => ({ id: 'Berkas terpotong: bagian yang ditandatangani tidak lengkap.', en: 'The file is truncated: the signed part is incomplete.' }),
  CERTIFICATE_MISMATCH: (d) => ({
    id: `Ditandatangani dengan sertifikat lain (${d.actual ?? '?'}) daripada yang tercetak pada dokumen (${d.printed ?? '?'}).`,
    en: `Signed with a different certificate (${d.actual ?? '?'}) from the one printed on the document (${d.printed ?? '?'}).`,
  }),
  NO_CLAIMS: () => ({ id: 'Dokumen ini tidak memuat data verifikasi Panelis.', en: 'This document carries no Panelis verification data.' }),
  DATA_MISSING: () => ({ id: 'Data JSON yang tertanam tidak ditemukan.', en: 'The embedded JSON data is missing.' }),
  DATA_HASH_MISMATCH: (d) => ({
    id: `Data JSON yang tertanam (SHA-256 ${d.actual ?? '?'}) tidak sama dengan yang tercetak (${d.printed ?? '?'}).`,
    en: `The embedded JSON (SHA-256 ${d.actual ?? '?'}) does not match the printed hash (${d.printed ?? '?'}).`,
  }),
  UNKNOWN_DOCUMENT: (d) => ({
    id: `Dokumen ${d.id ?? ''} tidak tercatat dalam vault ini.`,
    en: `Document ${d.id ?? ''} is not recorded in this vault.`,
  }),
  REGISTRY_MISMATCH: (d) => ({
    id: `Dokumen tidak sama dengan catatan vault (${d.what ?? ''}).`,
    en: `The document does not match the vault's record (${d.what ?? ''}).`,
  }),
};

function finding(reason: VerifyReason, details: Record<string, string> = {}): VerifyFinding {
  return { reason, text: messages[reason](details) };
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

interface SignatureCheck {
  findings: VerifyFinding[];
  certificate: forge.pki.Certificate | null;
  signedAt: string | null;
}

function lastByteRange(text: string): [number, number, number, number] | null {
  const re = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  let m: RegExpExecArray | null;
  let last: [number, number, number, number] | null = null;
  while ((m = re.exec(text))) last = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  return last;
}

function checkSignature(pdf: Buffer, text: string): SignatureCheck {
  const out: SignatureCheck = { findings: [], certificate: null, signedAt: null };
  const br = lastByteRange(text);
  if (!br) {
    out.findings.push(finding('NOT_SIGNED'));
    return out;
  }
  const [a, b, c, d] = br;
  if (a !== 0 || b <= 0 || c <= b || c + d > pdf.length) {
    out.findings.push(finding(c + d > pdf.length ? 'TRUNCATED' : 'SIGNATURE_INVALID', { why_id: 'ByteRange rusak', why_en: 'damaged ByteRange' }));
    return out;
  }
  if (c + d < pdf.length) out.findings.push(finding('NOT_WHOLE_FILE', { extra: String(pdf.length - (c + d)) }));
  const contents = pdf.subarray(b, c).toString('latin1');
  const hex = /^<([0-9A-Fa-f]*)>$/.exec(contents)?.[1];
  if (!hex) {
    out.findings.push(finding('SIGNATURE_INVALID', { why_id: '/Contents rusak', why_en: 'damaged /Contents' }));
    return out;
  }
  let msg: forge.pkcs7.PkcsSignedData;
  try {
    const der = forge.util.hexToBytes(hex);
    // Trailing zero padding of the placeholder is not part of the DER.
    const asn1 = (forge.asn1.fromDer as unknown as (b: string, o: { parseAllBytes: boolean }) => forge.asn1.Asn1)(der, { parseAllBytes: false });
    msg = forge.pkcs7.messageFromAsn1(asn1) as forge.pkcs7.PkcsSignedData;
  } catch {
    out.findings.push(finding('SIGNATURE_INVALID', { why_id: 'PKCS#7 tidak terbaca', why_en: 'unreadable PKCS#7' }));
    return out;
  }
  const raw = (msg as unknown as { rawCapture: Record<string, unknown> }).rawCapture;
  const serialHex = raw.serial ? forge.util.createBuffer(raw.serial as string).toHex() : null;
  const certs = msg.certificates ?? [];
  const cert = certs.find((x) => serialHex && x.serialNumber.replace(/^0+/, '') === serialHex.replace(/^0+/, '')) ?? certs[0] ?? null;
  out.certificate = cert;
  if (!cert) {
    out.findings.push(finding('SIGNATURE_INVALID', { why_id: 'tanpa sertifikat', why_en: 'no certificate' }));
    return out;
  }
  const attrs = (raw.authenticatedAttributes as forge.asn1.Asn1[] | undefined) ?? [];
  const signed = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  const digest = createHash('sha256').update(signed).digest();
  let attrDigest: Buffer | null = null;
  for (const attr of attrs) {
    const parts = attr.value as forge.asn1.Asn1[];
    const oid = forge.asn1.derToOid(parts[0]!.value as string);
    const val = ((parts[1]!.value as forge.asn1.Asn1[])[0]!.value ?? '') as string;
    if (oid === forge.pki.oids.messageDigest) attrDigest = Buffer.from(val, 'binary');
    if (oid === forge.pki.oids.signingTime) {
      try {
        out.signedAt = forge.asn1.utcTimeToDate(val).toISOString();
      } catch {
        out.signedAt = null;
      }
    }
  }
  if (!attrDigest || !attrDigest.equals(digest)) {
    out.findings.push(finding('SIGNATURE_INVALID', { why_id: 'ringkasan SHA-256 tidak cocok', why_en: 'SHA-256 digest mismatch' }));
    return out;
  }
  const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attrs);
  const setDer = Buffer.from(forge.asn1.toDer(set).getBytes(), 'binary');
  const verifier = createVerify('RSA-SHA256');
  verifier.update(setDer);
  let good = false;
  try {
    good = verifier.verify(forge.pki.certificateToPem(cert), Buffer.from(raw.signature as string, 'binary'));
  } catch {
    good = false;
  }
  if (!good) out.findings.push(finding('SIGNATURE_INVALID', { why_id: 'tanda tangan kriptografis gagal', why_en: 'cryptographic signature fails' }));
  return out;
}

/** The claims written into the document information (direct string or indirect object). */
export function readClaims(text: string): Claims | null {
  const re = new RegExp(`/${CLAIMS_KEY}\\s*(?:\\(([^)]*)\\)|(\\d+)\\s+(\\d+)\\s+R)`, 'g');
  let m: RegExpExecArray | null;
  let last: Claims | null = null;
  while ((m = re.exec(text))) {
    let value = m[1];
    if (value === undefined && m[2]) {
      const objRe = new RegExp(`(?:^|[\\r\\n\\s])${m[2]}\\s+${m[3]}\\s+obj\\s*\\(([^)]*)\\)`, 'g');
      let o: RegExpExecArray | null;
      while ((o = objRe.exec(text))) value = o[1];
    }
    if (value !== undefined) last = parseClaims(value) ?? last;
  }
  return last;
}

/** The last embedded file stream in the file (the newest revision wins, as readers show it). */
export function readEmbeddedJson(pdf: Buffer, text: string): Buffer | null {
  const re = /\/Type\s*\/EmbeddedFile\b/g;
  let m: RegExpExecArray | null;
  let found: Buffer | null = null;
  while ((m = re.exec(text))) {
    const objStart = text.lastIndexOf(' obj', m.index);
    const streamAt = text.indexOf('stream', m.index);
    if (objStart < 0 || streamAt < 0) continue;
    const dict = text.slice(objStart, streamAt);
    const len = /\/Length\s+(\d+)/.exec(dict);
    if (!len) continue;
    let start = streamAt + 'stream'.length;
    if (text[start] === '\r') start += 1;
    if (text[start] === '\n') start += 1;
    const raw = pdf.subarray(start, start + Number(len[1]));
    try {
      found = /\/Filter\s*\/FlateDecode/.test(dict) ? inflateSync(raw) : Buffer.from(raw);
    } catch {
      found = Buffer.alloc(0);
    }
  }
  return found;
}

export async function verifyPdf(pdf: Buffer, registry?: RegistryLookup): Promise<VerifyResult> {
  const result: VerifyResult = {
    ok: false,
    documentId: null,
    documentType: null,
    printedSha256: null,
    dataSha256: null,
    printedCertificate: null,
    signerCertificate: null,
    signer: null,
    signedAt: null,
    registryChecked: false,
    findings: [],
  };
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
    result.findings.push(finding('NOT_A_PDF'));
    return result;
  }
  const text = pdf.toString('latin1');
  const sig = checkSignature(pdf, text);
  result.findings.push(...sig.findings);
  result.signedAt = sig.signedAt;
  if (sig.certificate) {
    result.signerCertificate = certificateInfo(sig.certificate).fingerprint;
    result.signer = commonName(sig.certificate);
  }
  const claims = readClaims(text);
  if (!claims) {
    result.findings.push(finding('NO_CLAIMS'));
  } else {
    result.documentId = claims.id;
    result.documentType = claims.type;
    result.printedSha256 = claims.sha256;
    result.printedCertificate = claims.cert;
    if (result.signerCertificate && result.signerCertificate !== claims.cert) {
      result.findings.push(finding('CERTIFICATE_MISMATCH', { actual: result.signerCertificate.slice(0, 16), printed: claims.cert.slice(0, 16) }));
    }
    const json = readEmbeddedJson(pdf, text);
    if (!json) {
      result.findings.push(finding('DATA_MISSING'));
    } else {
      result.dataSha256 = sha256(json);
      if (result.dataSha256 !== claims.sha256) {
        result.findings.push(finding('DATA_HASH_MISMATCH', { actual: result.dataSha256.slice(0, 16), printed: claims.sha256.slice(0, 16) }));
      }
    }
    if (registry) {
      result.registryChecked = true;
      const entry = await registry(claims.id);
      if (!entry) {
        result.findings.push(finding('UNKNOWN_DOCUMENT', { id: claims.id }));
      } else {
        const diffs: string[] = [];
        if (entry.dataSha256 !== claims.sha256 || (result.dataSha256 && entry.dataSha256 !== result.dataSha256)) diffs.push('data SHA-256');
        if (result.signerCertificate && entry.certificateSha256 !== result.signerCertificate) diffs.push('certificate');
        if (entry.pdfSha256 !== sha256(pdf)) diffs.push('PDF SHA-256');
        if (diffs.length) result.findings.push(finding('REGISTRY_MISMATCH', { what: diffs.join(', ') }));
      }
    }
  }
  result.ok = result.findings.length === 0;
  return result;
}
