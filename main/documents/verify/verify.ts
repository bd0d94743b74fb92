import { createHash, createVerify } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import forge from 'node-forge';
import type { VerifyFinding, VerifyReason, VerifyResult } from '../../../shared/contract/documents-types';
import { certificateInfo, commonName } from '../certificate';
import { CLAIMS_KEY, parseClaims, type Claims } from '../produce';
import { noTrust, trustOf, type TrustAnchors } from './trust';

/**
 * Verifies a Panelis document without trusting anything in it that is not signed:
 * 1. the last PKCS#7 signature: its ByteRange covers the whole file except the /Contents
 *    hex string (nothing appended, nothing cut), the messageDigest equals the SHA-256 of
 *    the covered bytes, and the signature over the signed attributes verifies with the
 *    signing certificate's key;
 * 2. the signing certificate's SHA-256 fingerprint equals the one the document prints
 *    (the claims in the signed document information, the same text as the QR code);
 * 3. the embedded canonical JSON hashes to the printed SHA-256;
 * 4. with a registry (a vault), the document id is known and its hashes match the record;
 * 5. the signer is trusted (trust.ts): a vault's certificate, a fingerprint the person named,
 *    or a chain to a CA they installed. Every signature in the file is checked, and a second
 *    one (anything signed after ours) is refused.
 * Every failing check is reported, in both languages; `ok` needs all of them, trust included.
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
  TRUNCATED: () => ({
    id: 'Berkas terpotong: bagian yang ditandatangani tidak lengkap.',
    en: 'The file is truncated: the signed part is incomplete.',
  }),
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
    id: `Dokumen tidak sama dengan catatan brankas (${d.what ?? ''}).`,
    en: `The document does not match the vault's record (${d.what ?? ''}).`,
  }),
  SIGNED_AGAIN: (d) => ({
    id: `Berkas diubah dan ditandatangani lagi setelah tanda tangan pertama (${d.count ?? '?'} tanda tangan). Dokumen Panelis hanya ditandatangani sekali; minta salinan asli dari panitia.`,
    en: `The file was changed and signed again after its first signature (${d.count ?? '?'} signatures). A Panelis document is signed once; ask the committee for the original.`,
  }),
  UNTRUSTED_SIGNER: (d) => ({
    id: `Berkas ${d.intact === 'yes' ? 'utuh' : 'tidak utuh'}, tetapi penanda tangan tidak dipercaya: sertifikat ${d.fingerprint ?? '?'} ${d.why_id ?? ''}. Bandingkan sidik jari ini dengan yang diumumkan instansi.`,
    en: `The file is ${d.intact === 'yes' ? 'intact' : 'not intact'}, but the signer is not trusted: certificate ${d.fingerprint ?? '?'} ${d.why_en ?? ''}. Compare this fingerprint with the one the agency published.`,
  }),
};

/** Findings about the verifier's own anchors, not about the file: the file can be intact with them. */
const NOT_INTEGRITY: readonly VerifyReason[] = ['UNTRUSTED_SIGNER', 'UNKNOWN_DOCUMENT', 'REGISTRY_MISMATCH'];

function finding(reason: VerifyReason, details: Record<string, string> = {}): VerifyFinding {
  return { reason, text: messages[reason](details) };
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

interface SignatureCheck {
  findings: VerifyFinding[];
  certificate: forge.pki.Certificate | null;
  /** The other certificates the signature carries (possible intermediates; never trusted alone). */
  carried: forge.pki.Certificate[];
  signedAt: string | null;
}

type ByteRange = [number, number, number, number];

/** Every signature's ByteRange, in file order. */
function byteRanges(text: string): ByteRange[] {
  const re = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  const out: ByteRange[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])]);
  return out;
}

/** One signature: its digest and RSA signature over its own ByteRange; `last` also checks it covers the whole file. */
function checkSignature(pdf: Buffer, br: ByteRange, last: boolean): SignatureCheck {
  const out: SignatureCheck = { findings: [], certificate: null, carried: [], signedAt: null };
  const [a, b, c, d] = br;
  if (a !== 0 || b <= 0 || c <= b || c + d > pdf.length) {
    out.findings.push(
      finding(c + d > pdf.length ? 'TRUNCATED' : 'SIGNATURE_INVALID', { why_id: 'ByteRange rusak', why_en: 'damaged ByteRange' }),
    );
    return out;
  }
  if (last && c + d < pdf.length) out.findings.push(finding('NOT_WHOLE_FILE', { extra: String(pdf.length - (c + d)) }));
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
    const asn1 = (forge.asn1.fromDer as unknown as (b: string, o: { parseAllBytes: boolean }) => forge.asn1.Asn1)(der, {
      parseAllBytes: false,
    });
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
  out.carried = certs.filter((x) => x !== cert);
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
  if (!good)
    out.findings.push(finding('SIGNATURE_INVALID', { why_id: 'tanda tangan kriptografis gagal', why_en: 'cryptographic signature fails' }));
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

/** What was looked at, in words: the in-app verifier has only its vault, the CLI what it was given. */
function untrustedBecause(trust: TrustAnchors): { why_id: string; why_en: string } {
  const named = trust.fingerprints.length > 0 || trust.cas.length > 0;
  if (!named && trust.vaultFingerprints.length > 0) {
    return { why_id: 'bukan sertifikat yang terdaftar di vault ini', why_en: 'is not a certificate registered in this vault' };
  }
  if (!named && trust.vaultFingerprints.length === 0) {
    return {
      why_id:
        'tidak dapat dipastikan: tidak ada jangkar kepercayaan (sebut sidik jari yang diumumkan dengan --trust, atau pakai --vault atau --ca)',
      why_en: 'cannot be vouched for: no trust anchor was given (name the published fingerprint with --trust, or use --vault or --ca)',
    };
  }
  return {
    why_id: 'bukan sertifikat vault, bukan sidik jari yang disebut (--trust, --trust-file), dan tidak berantai ke CA yang dipasang (--ca)',
    why_en: 'is not a vault certificate, not a fingerprint named (--trust, --trust-file), and does not chain to an installed CA (--ca)',
  };
}

const derOf = (cert: forge.pki.Certificate) => Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');

/**
 * `trust`: the verifier's anchors (trust.ts). Without one that vouches for the signer the
 * result is never ok (UNTRUSTED_SIGNER), though `intact` still says whether the file is whole
 * and `signerFingerprint` which certificate signed it.
 */
export async function verifyPdf(pdf: Buffer, registry?: RegistryLookup, trust: TrustAnchors = noTrust()): Promise<VerifyResult> {
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
    intact: false,
    trusted: false,
    trustedBy: null,
    signerFingerprint: null,
    signatures: [],
  };
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
    result.findings.push(finding('NOT_A_PDF'));
    return result;
  }
  const text = pdf.toString('latin1');
  // Every signature is checked, and the document must have exactly one: an incremental
  // update signed by anyone after it (a changed page, swapped data, rewritten claims) is refused.
  const ranges = byteRanges(text);
  if (ranges.length === 0) result.findings.push(finding('NOT_SIGNED'));
  if (ranges.length > 1) result.findings.push(finding('SIGNED_AGAIN', { count: String(ranges.length) }));
  let sig: SignatureCheck | null = null;
  const untrusted: string[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const check = checkSignature(pdf, ranges[i]!, i === ranges.length - 1);
    for (const f of check.findings) if (!result.findings.some((x) => x.reason === f.reason)) result.findings.push(f);
    const fingerprint = check.certificate ? certificateInfo(check.certificate).fingerprint : null;
    result.signatures.push({
      fingerprint,
      signer: check.certificate ? commonName(check.certificate) : null,
      valid: check.findings.every((f) => f.reason === 'NOT_WHOLE_FILE'),
    });
    if (check.certificate && fingerprint) {
      const by = trustOf(fingerprint, derOf(check.certificate), check.carried.map(derOf), trust);
      if (by === null) untrusted.push(fingerprint);
      else if (result.trustedBy === null) result.trustedBy = by;
    }
    sig = check;
  }
  if (sig) {
    result.signedAt = sig.signedAt;
    if (sig.certificate) {
      result.signerCertificate = certificateInfo(sig.certificate).fingerprint;
      result.signerFingerprint = result.signerCertificate;
      result.signer = commonName(sig.certificate);
    }
  }
  // Trusted only when every signer is, and there is a signer at all.
  result.trusted = result.signatures.length > 0 && untrusted.length === 0 && result.signatures.every((x) => x.fingerprint !== null);
  if (!result.trusted) result.trustedBy = null;
  const claims = readClaims(text);
  if (!claims) {
    result.findings.push(finding('NO_CLAIMS'));
  } else {
    result.documentId = claims.id;
    result.documentType = claims.type;
    result.printedSha256 = claims.sha256;
    result.printedCertificate = claims.cert;
    if (result.signerCertificate && result.signerCertificate !== claims.cert) {
      result.findings.push(
        finding('CERTIFICATE_MISMATCH', { actual: result.signerCertificate.slice(0, 16), printed: claims.cert.slice(0, 16) }),
      );
    }
    const json = readEmbeddedJson(pdf, text);
    if (!json) {
      result.findings.push(finding('DATA_MISSING'));
    } else {
      result.dataSha256 = sha256(json);
      if (result.dataSha256 !== claims.sha256) {
        result.findings.push(
          finding('DATA_HASH_MISMATCH', { actual: result.dataSha256.slice(0, 16), printed: claims.sha256.slice(0, 16) }),
        );
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
  result.intact = !result.findings.some((f) => !NOT_INTEGRITY.includes(f.reason));
  const why = untrustedBecause(trust);
  for (const fp of untrusted)
    result.findings.push(finding('UNTRUSTED_SIGNER', { fingerprint: fp, intact: result.intact ? 'yes' : 'no', ...why }));
  result.ok = result.findings.length === 0 && result.trusted;
  return result;
}
