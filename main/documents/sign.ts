import { createHash, createPrivateKey, sign as rsaSign, type KeyObject } from 'node:crypto';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { openP12 } from './certificate';

/**
 * PKCS#7 detached signature (adbe.pkcs7.detached, SHA-256) over a finished PDF: a signature
 * placeholder is appended as an incremental update, then the whole file except the
 * /Contents hex string is signed. Room for a certificate chain of a few certificates
 * (BSrE issues chains of three).
 */
export const SIGNATURE_ROOM = 16384;

export interface SignMeta {
  reason: string;
  name: string;
  location: string;
  contactInfo: string;
  signingTime?: Date;
}

const { asn1 } = forge;
const U = asn1.Class.UNIVERSAL;
const T = asn1.Type;
const oid = (o: string) => asn1.create(U, T.OID, false, asn1.oidToDer(o).getBytes());
const seq = (v: forge.asn1.Asn1[]) => asn1.create(U, T.SEQUENCE, true, v);
const set = (v: forge.asn1.Asn1[]) => asn1.create(U, T.SET, true, v);
const nul = () => asn1.create(U, T.NULL, false, '');
const int = (n: number) => asn1.integerToDer(n).getBytes();
const der = (a: forge.asn1.Asn1) => Buffer.from(asn1.toDer(a).getBytes(), 'binary');

/**
 * The signer: the same SignedData as @signpdf/signer-p12 builds (signed attributes
 * contentType, signingTime, messageDigest; SHA-256 with RSA; the certificate chain), with the
 * digest and the RSA signature computed by Node's crypto instead of forge's JavaScript, and
 * the .p12 opened once.
 */
export class KeySigner extends Signer {
  private readonly key: KeyObject;

  constructor(
    privateKey: forge.pki.rsa.PrivateKey,
    private readonly certificate: forge.pki.Certificate,
    private readonly chain: forge.pki.Certificate[],
  ) {
    super();
    this.key = createPrivateKey(forge.pki.privateKeyToPem(privateKey));
  }

  override async sign(pdf: Buffer, signingTime?: Date): Promise<Buffer> {
    const o = forge.pki.oids;
    const digest = createHash('sha256').update(pdf).digest();
    const attrs = [
      seq([oid(o.contentType!), set([oid(o.data!)])]),
      seq([oid(o.signingTime!), set([asn1.create(U, T.UTCTIME, false, asn1.dateToUtcTime(signingTime ?? new Date()))])]),
      seq([oid(o.messageDigest!), set([asn1.create(U, T.OCTETSTRING, false, digest.toString('binary'))])]),
    ];
    const signature = rsaSign('sha256', der(set(attrs)), this.key);
    const sha256Alg = () => seq([oid(o.sha256!), nul()]);
    const signerInfo = seq([
      asn1.create(U, T.INTEGER, false, int(1)),
      seq([
        forge.pki.distinguishedNameToAsn1(this.certificate.issuer),
        asn1.create(U, T.INTEGER, false, forge.util.hexToBytes(this.certificate.serialNumber)),
      ]),
      sha256Alg(),
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attrs),
      seq([oid(o.rsaEncryption!), nul()]),
      asn1.create(U, T.OCTETSTRING, false, signature.toString('binary')),
    ]);
    const signedData = seq([
      asn1.create(U, T.INTEGER, false, int(1)),
      set([sha256Alg()]),
      seq([oid(o.data!)]),
      asn1.create(
        asn1.Class.CONTEXT_SPECIFIC,
        0,
        true,
        this.chain.map((c) => forge.pki.certificateToAsn1(c)),
      ),
      set([signerInfo]),
    ]);
    await Promise.resolve();
    return der(seq([oid(o.signedData!), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
  }
}

export async function signPdfWith(pdf: Buffer, signer: Signer, meta: SignMeta): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: meta.reason,
    contactInfo: meta.contactInfo,
    name: meta.name,
    location: meta.location,
    signingTime: meta.signingTime,
    signatureLength: SIGNATURE_ROOM,
    subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
    appName: 'Panelis',
  });
  return new SignPdf().sign(withPlaceholder, signer, meta.signingTime);
}

/** Signs with a .p12 and its passphrase. */
export async function signPdf(pdf: Buffer, p12: Buffer, passphrase: string, meta: SignMeta): Promise<Buffer> {
  const opened = openP12(p12, passphrase);
  return signPdfWith(pdf, new KeySigner(opened.privateKey, opened.certificate, opened.chain), meta);
}
