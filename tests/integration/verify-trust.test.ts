import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { beritaAcaraContent, renderBeritaAcara } from '../../main/documents/kinds/berita-acara';
import { generateCommitteeCertificate, openP12 } from '../../main/documents/certificate';
import { claimsString, produce, sha256Hex, type Produced } from '../../main/documents/produce';
import { signPdf } from '../../main/documents/sign';
import { parseFingerprint, parseTrustFile } from '../../main/documents/verify/trust';
import type { VerifyResult } from '../../shared/contract/documents-types';
import { cli } from '../helpers/cli';
import { CERT_PASSPHRASE, committeeCertificate, fakeResults, letterhead, pageSetup, signatories } from '../helpers/documents';
import { pdfsig, replaceEmbeddedJson, save } from '../helpers/pdf-tools';
import { useTempDir } from '../helpers/temp';

/**
 * Issue 14, point 4: `verify` exits 0 only for a signer the verifier trusts. The forgery is
 * the issue's: the real document, an incremental update that swaps the embedded JSON and
 * rewrites the claims to the new hash and to the forger's self-signed certificate with the
 * committee's CN, then signed by the forger.
 */

const tempDir = useTempDir('panelis-verify-trust-');
const CN = 'Panitia Seleksi JPT Kabupaten Contoh';

async function document(p12: Buffer, passphrase: string): Promise<Produced> {
  const content = beritaAcaraContent({
    language: 'id',
    selectionTitle: 'Seleksi Terbuka JPT Pratama Sekretaris Daerah',
    committeeName: 'Panitia Seleksi Terbuka JPT Pratama',
    number: '800/123/BA-PANSEL/XI/2026',
    date: '2026-11-23',
    place: 'Kota Contoh',
    legalBasis: ['Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;'],
    final: fakeResults(4),
    signatories,
    snapshot: { id: 'snap-1', sha256: 'a'.repeat(64), finalisedAt: '2026-11-23T02:00:00.000Z' },
  });
  return produce({
    type: 'beritaAcara',
    content,
    title: 'Berita Acara Hasil Seleksi',
    setup: pageSetup('A4', 'id'),
    letterhead,
    footer: null,
    signer: openP12(p12, passphrase),
    place: 'Kota Contoh',
    createdAt: new Date('2026-11-23T03:00:00Z'),
    measure: false,
    render: (l) => renderBeritaAcara(l, content),
  } as Parameters<typeof produce>[0]);
}

/** Appends an incremental update whose new document information carries `claims`. */
function rewriteClaims(pdf: Buffer, claims: string): Buffer {
  const text = pdf.toString('latin1');
  const startxref = Number([...text.matchAll(/startxref\s+(\d+)/g)].pop()![1]);
  const trailer = [...text.matchAll(/trailer\s*<<([\s\S]*?)>>\s*startxref/g)].pop()![1]!;
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)![1]);
  const root = /\/Root\s+(\d+ \d+ R)/.exec(trailer)![1];
  const obj = Buffer.from(`\n${size} 0 obj\n<< /Producer (Panelis) /PanelisClaims (${claims}) >>\nendobj\n`, 'latin1');
  const xrefAt = pdf.length + obj.length;
  const xref = `xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(pdf.length + 1).padStart(10, '0')} 00000 n \ntrailer\n<<\n/Size ${size + 1}\n/Root ${root}\n/Info ${size} 0 R\n/Prev ${startxref}\n>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, obj, Buffer.from(xref, 'latin1')]);
}

const FORGER_PASS = 'pemalsu-yang-rajin';
let real: Produced;
let realFp: string;
let forger: { p12: Buffer; fingerprint: string };
let forgedPdf: Buffer;
let freshForgeryPdf: Buffer;
// The temp folder is removed after each test: each test writes the files it reads.

beforeAll(async () => {
  real = await document(committeeCertificate().p12, CERT_PASSPHRASE);
  realFp = committeeCertificate().fingerprint;
  const g = generateCommitteeCertificate({
    commonName: CN,
    organization: 'Pemerintah Kabupaten Contoh',
    passphrase: FORGER_PASS,
    bits: 2048,
  });
  forger = { p12: g.p12, fingerprint: g.info.fingerprint };
  // The forgery, step by step, on the real signed file.
  const json = real.json.replace('"57,00"', '"97,00"');
  expect(json).not.toBe(real.json);
  let forged = replaceEmbeddedJson(real.pdf, json);
  forged = rewriteClaims(forged, claimsString({ id: real.id, type: 'beritaAcara', sha256: sha256Hex(json), cert: forger.fingerprint }));
  forged = await signPdf(forged, forger.p12, FORGER_PASS, { reason: 'x', name: CN, location: 'Kota Contoh', contactInfo: '' });
  forgedPdf = forged;
  // A forgery made from scratch: one signature, self-consistent, the forger's certificate.
  freshForgeryPdf = (await document(forger.p12, FORGER_PASS)).pdf;
}, 120_000);

async function verifyJson(...args: string[]): Promise<{ code: number; r: VerifyResult; reasons: string[] }> {
  const run = await cli('verify', ...args, '--json');
  const r = JSON.parse(run.out) as VerifyResult;
  return { code: run.code, r, reasons: r.findings.map((f) => f.reason) };
}

describe('verify needs a trust anchor', () => {
  afterEach(() => {
    delete process.env.PANELIS_PASSPHRASE;
  });

  it('the issue forgery (an incremental update signed by the forger) passes the old checks but is refused: without trust, with the real fingerprint, even trusting the forger', async () => {
    // A PDF reader sees a valid signature over the whole file: the forgery is self-consistent.
    const forgedFile = save(tempDir(), 'forged.pdf', forgedPdf);
    expect(pdfsig(forgedFile)).toContain('Signature is Valid');
    const alone = await verifyJson(forgedFile);
    expect(alone.code).toBe(1);
    expect(alone.reasons).toContain('UNTRUSTED_SIGNER');
    expect(alone.reasons).toContain('SIGNED_AGAIN');
    // The old checks alone (last signature, claims, data hash) find nothing wrong.
    expect(alone.reasons.filter((x) => !['UNTRUSTED_SIGNER', 'SIGNED_AGAIN'].includes(x))).toEqual([]);
    expect(alone.r).toMatchObject({ ok: false, intact: false, trusted: false, signerFingerprint: forger.fingerprint, signer: CN });
    expect(alone.r.signatures.map((s) => s.fingerprint)).toEqual([realFp, forger.fingerprint]);

    const withReal = await verifyJson(forgedFile, '--trust', realFp);
    expect(withReal.code).toBe(1);
    expect(withReal.reasons).toContain('UNTRUSTED_SIGNER');
    const withForger = await verifyJson(forgedFile, '--trust', realFp, '--trust', forger.fingerprint);
    expect(withForger.code).toBe(1);
    expect(withForger.reasons).toEqual(['SIGNED_AGAIN']);
  });

  it('a forgery signed once by a look-alike certificate: intact, its fingerprint shown, refused unless the person trusts that very fingerprint', async () => {
    const freshForgeryFile = save(tempDir(), 'fresh-forgery.pdf', freshForgeryPdf);
    const human = await cli('verify', freshForgeryFile);
    expect(human.code).toBe(1);
    expect(human.out).toContain('berkas utuh / file intact');
    expect(human.out).toContain('penanda tangan TIDAK dipercaya / signer NOT trusted');
    expect(human.out).toContain(forger.fingerprint);
    expect(human.out).toMatch(
      /UNTRUSTED_SIGNER: Berkas utuh, tetapi penanda tangan tidak dipercaya: .*tidak ada jangkar kepercayaan.*Bandingkan sidik jari ini dengan yang diumumkan instansi/,
    );

    // The agency's published fingerprint refuses it.
    const published = await verifyJson(freshForgeryFile, '--trust', realFp);
    expect(published.code).toBe(1);
    expect(published.r).toMatchObject({ intact: true, trusted: false });
    expect(published.reasons).toEqual(['UNTRUSTED_SIGNER']);
    // Trusting the forger is the person's choice, and then it verifies.
    expect((await verifyJson(freshForgeryFile, '--trust', forger.fingerprint)).code).toBe(0);
  });

  it('the real document: exit 1 without an anchor, 0 with the published fingerprint (--trust or --trust-file)', async () => {
    const realFile = save(tempDir(), 'real.pdf', real.pdf);
    const alone = await verifyJson(realFile);
    expect(alone.code).toBe(1);
    expect(alone.r).toMatchObject({ intact: true, trusted: false, signerFingerprint: realFp });
    const named = await verifyJson(realFile, '--trust', realFp);
    expect(named.code).toBe(0);
    expect(named.r).toMatchObject({ ok: true, trustedBy: 'fingerprint' });
    const file = join(tempDir(), 'trusted.txt');
    writeFileSync(
      file,
      `# sidik jari yang diumumkan Pemkab Contoh\n\n${realFp.toUpperCase().replace(/(..)(?!$)/g, '$1:')}  # panitia 2026\n`,
    );
    expect((await verifyJson(realFile, '--trust-file', file)).code).toBe(0);
    writeFileSync(file, 'bukan sidik jari\n');
    expect((await cli('verify', realFile, '--trust-file', file)).code).toBe(2);
    expect((await cli('verify', realFile, '--trust', 'abc')).code).toBe(2);
  });

  it('parses fingerprints as people copy them', () => {
    expect(parseFingerprint('AB:'.repeat(31) + 'AB')).toBe('ab'.repeat(32));
    expect(parseFingerprint('ab'.repeat(31))).toBeNull();
    expect(parseTrustFile(`# x\n${'c'.repeat(64)}\nzz\n`)).toEqual({ fingerprints: ['c'.repeat(64)], bad: [3] });
  });
});

describe('a certificate chaining to a CA the person installed (as BSrE root and intermediate)', () => {
  const newKey = () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    return { priv: forge.pki.privateKeyFromPem(privateKey), pub: forge.pki.publicKeyFromPem(publicKey) };
  };
  function cert(
    subjectCn: string,
    pub: forge.pki.PublicKey,
    issuer: { cn: string; priv: forge.pki.PrivateKey },
    ca: boolean,
  ): forge.pki.Certificate {
    const c = forge.pki.createCertificate();
    c.publicKey = pub;
    c.serialNumber = '01' + randomBytes(8).toString('hex');
    c.validity.notBefore = new Date(Date.now() - 86_400_000);
    c.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
    c.setSubject([
      { shortName: 'CN', value: subjectCn },
      { shortName: 'C', value: 'ID' },
    ]);
    c.setIssuer([
      { shortName: 'CN', value: issuer.cn },
      { shortName: 'C', value: 'ID' },
    ]);
    c.setExtensions([
      { name: 'basicConstraints', cA: ca },
      ca ? { name: 'keyUsage', keyCertSign: true, cRLSign: true } : { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    ]);
    c.sign(issuer.priv as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
    return c;
  }

  it('trusted through --ca ROOT.pem (the intermediate carried in the signature); refused with another root', async () => {
    const rootKey = newKey();
    const root = cert('Root CA Uji', rootKey.pub, { cn: 'Root CA Uji', priv: rootKey.priv }, true);
    const interKey = newKey();
    const inter = cert('CA Antara Uji', interKey.pub, { cn: 'Root CA Uji', priv: rootKey.priv }, true);
    const leafKey = newKey();
    const leaf = cert(CN, leafKey.pub, { cn: 'CA Antara Uji', priv: interKey.priv }, false);
    const p12 = Buffer.from(
      forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(leafKey.priv, [leaf, inter], 'sandi-p12-uji', { algorithm: '3des' })).getBytes(),
      'binary',
    );
    const doc = await document(p12, 'sandi-p12-uji');
    const dir = tempDir();
    const file = save(dir, 'bsre.pdf', doc.pdf);
    const rootPem = join(dir, 'root.pem');
    writeFileSync(rootPem, forge.pki.certificateToPem(root));
    const ok = await verifyJson(file, '--ca', rootPem);
    expect(ok.code).toBe(0);
    expect(ok.r).toMatchObject({ ok: true, trustedBy: 'ca' });

    // A root that did not issue the chain, and the leaf itself given as a "CA": neither vouches.
    const otherKey = newKey();
    const otherRoot = join(dir, 'other.pem');
    writeFileSync(
      otherRoot,
      forge.pki.certificateToPem(cert('Root CA Uji', otherKey.pub, { cn: 'Root CA Uji', priv: otherKey.priv }, true)),
    );
    expect((await verifyJson(file, '--ca', otherRoot)).reasons).toEqual(['UNTRUSTED_SIGNER']);
    const leafPem = join(dir, 'leaf.pem');
    writeFileSync(leafPem, forge.pki.certificateToPem(leaf));
    expect((await verifyJson(file, '--ca', leafPem)).code).toBe(1);
  }, 60_000);
});
