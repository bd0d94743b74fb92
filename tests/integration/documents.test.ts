import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { beritaAcaraContent, renderBeritaAcara } from '../../main/documents/kinds/berita-acara';
import { openP12 } from '../../main/documents/certificate';
import { PAPER_POINTS } from '../../main/documents/layout';
import { produce, type Produced } from '../../main/documents/produce';
import { signPdf } from '../../main/documents/sign';
import { noTrust, type TrustAnchors } from '../../main/documents/verify/trust';
import { verifyPdf } from '../../main/documents/verify/verify';
import {
  CERT_PASSPHRASE,
  committeeCertificate,
  fakeResults,
  letterhead,
  otherCertificate,
  pageSetup,
  signatories,
} from '../helpers/documents';
import { pdfinfo, pdfsig, pdftotext, pdftoppm, replaceEmbeddedJson, save } from '../helpers/pdf-tools';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

async function beritaAcara(n: number, paper: 'A4' | 'F4', opts: { measure?: boolean; language?: 'id' | 'en' } = {}): Promise<Produced> {
  const language = opts.language ?? 'id';
  const content = beritaAcaraContent({
    language,
    selectionTitle: 'Seleksi Terbuka JPT Pratama Sekretaris Daerah',
    committeeName: 'Panitia Seleksi Terbuka JPT Pratama',
    number: '800/123/BA-PANSEL/XI/2026',
    date: '2026-11-23',
    place: 'Kota Contoh',
    legalBasis: [
      'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;',
      'Peraturan Menteri PANRB Nomor 15 Tahun 2019 tentang Pengisian JPT secara Terbuka dan Kompetitif.',
    ],
    final: fakeResults(n),
    signatories,
    snapshot: { id: 'snap-1', sha256: 'a'.repeat(64), finalisedAt: '2026-11-23T02:00:00.000Z' },
  });
  const cert = committeeCertificate();
  return produce({
    type: 'beritaAcara',
    content,
    title: 'Berita Acara Hasil Seleksi',
    setup: pageSetup(paper, language),
    letterhead,
    footer:
      'Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik. Verifikasi: https://contoh.go.id/verifikasi',
    signer: openP12(cert.p12, CERT_PASSPHRASE),
    place: 'Kota Contoh',
    createdAt: new Date('2026-11-23T03:00:00Z'),
    measure: opts.measure ?? false,
    render: (l) => renderBeritaAcara(l, content),
  });
}

/** The verifier who knows the committee's fingerprint (as published by the agency). */
const committeeTrust = (): TrustAnchors => ({ ...noTrust(), fingerprints: [committeeCertificate().fingerprint] });
const reasons = async (pdf: Buffer) => (await verifyPdf(pdf, undefined, committeeTrust())).findings.map((f) => f.reason);

describe('berita acara: signed, verifiable, printable', () => {
  let doc: Produced;
  beforeAll(async () => {
    doc = await beritaAcara(40, 'F4', { measure: true });
  }, 60_000);
  // Each test's temp folder is removed after it: the file is written again where needed.
  const saved = () => save(tempDir(), 'berita-acara.pdf', doc.pdf);

  it('pdfsig reports the signature valid over the whole document', () => {
    const out = pdfsig(saved());
    expect(out).toContain('Signature is Valid');
    expect(out).toContain('Total document signed');
    expect(out).toContain('adbe.pkcs7.detached');
    expect(out).toContain('SHA-256');
  });

  it('verify accepts it: signature, certificate, data hash, and a signer the verifier trusts', async () => {
    const r = await verifyPdf(doc.pdf, undefined, committeeTrust());
    expect(r.findings).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r).toMatchObject({
      intact: true,
      trusted: true,
      trustedBy: 'fingerprint',
      signerFingerprint: committeeCertificate().fingerprint,
    });
    // Without an anchor the same file is intact but not valid: its printed fingerprint is its own claim.
    const alone = await verifyPdf(doc.pdf);
    expect(alone).toMatchObject({
      ok: false,
      intact: true,
      trusted: false,
      trustedBy: null,
      signerFingerprint: committeeCertificate().fingerprint,
    });
    expect(alone.findings.map((f) => f.reason)).toEqual(['UNTRUSTED_SIGNER']);
    expect(r).toMatchObject({
      documentId: doc.id,
      documentType: 'beritaAcara',
      dataSha256: doc.dataSha256,
      printedSha256: doc.dataSha256,
      signerCertificate: committeeCertificate().fingerprint,
    });
    expect(r.signer).toBe('Panitia Seleksi JPT Kabupaten Contoh');
  });

  it('prints the figures, names, the date and counts in words, the hash and the certificate fingerprint', () => {
    const text = pdftotext(saved());
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Pada hari ini, Senin tanggal Dua Puluh Tiga bulan November tahun Dua Ribu Dua Puluh Enam');
    expect(flat).toContain('800/123/BA-PANSEL/XI/2026');
    expect(flat).toContain('40 (empat puluh) orang');
    expect(flat).toContain('27 (dua puluh tujuh) orang');
    expect(flat).toContain('13 (tiga belas) orang');
    // Every name, accents included (the embedded font covers Latin).
    for (const name of ['Ömer Çelik-Nasution', 'Yohanes Émile Siahaan', 'Ni Luh Putu Ayu Kartika Dewi']) expect(flat).toContain(name);
    // The figures the UI shows (half up, decimal comma): applicant 0 final 57,00; applicant 3 final 70,98.
    expect(flat).toMatch(/KAB-100 .*60,00 55,00 57,00/);
    expect(flat).toContain('70,98');
    expect(flat).toContain('Ketua merangkap Anggota');
    expect(flat).toContain('NIP. 196801011993031001');
    expect(flat).toContain('Halaman 1 dari');
    const noSpace = text.replace(/\s+/g, '');
    expect(noSpace).toContain(doc.dataSha256);
    expect(noSpace).toContain(committeeCertificate().fingerprint);
    expect(noSpace).toContain(doc.id);
  });

  it('the embedded JSON holds exactly the printed figures', () => {
    const data = JSON.parse(doc.json) as { type: string; id: string; content: { rows: string[][]; counts: { total: number } } };
    expect(data.type).toBe('beritaAcara');
    expect(data.id).toBe(doc.id);
    expect(data.content.counts.total).toBe(40);
    expect(data.content.rows[0]).toEqual(['1', 'KAB-100', 'Siti Nurhaliza Rahmawati', 'MS', '60,00', '55,00', '57,00', '1', 'Lulus']);
  });

  it('no text overflows its cell (pdfkit measured widths) and it renders to PNG', () => {
    const cells = doc.layout.measures;
    expect(cells.length).toBeGreaterThan(40 * 9);
    for (const c of cells) {
      expect(c.maxLineWidth, c.text).toBeLessThanOrEqual(c.room + 0.01);
      expect(c.heightUsed, c.text).toBeLessThanOrEqual(c.heightGiven + 0.01);
    }
    // The long name wraps onto several lines rather than running out of its cell.
    expect(cells.find((c) => c.text.startsWith('Dr. Ir. Raden Mas'))!.lines).toBeGreaterThan(1);
    const dir = join(tempDir(), 'png');
    mkdirSync(dir);
    expect(pdftoppm(saved(), join(dir, 'p'))).toBe(0);
    expect(readdirSync(dir).length).toBe(doc.pages);
  });

  it('F4 and A4 are the sizes they claim; the header repeats on every page', async () => {
    const f4 = pdfinfo(saved());
    expect(f4.width).toBeCloseTo((215 / 25.4) * 72, 1);
    expect(f4.height).toBeCloseTo((330 / 25.4) * 72, 1);
    const a4doc = await beritaAcara(40, 'A4');
    const a4 = pdfinfo(save(tempDir(), 'a4.pdf', a4doc.pdf));
    expect([a4.width, a4.height]).toEqual(PAPER_POINTS.A4.map((v) => Number(v.toFixed(3))));
    expect(a4.pages).toBeGreaterThan(1);
    const pages = pdftotext(save(tempDir(), 'a4b.pdf', a4doc.pdf))
      .split('\f')
      .filter((p) => p.trim());
    expect(pages.length).toBe(a4.pages);
    // Every page that carries result rows carries the header with it.
    for (const p of pages.filter((x) => /\bK[A-Z]{2}-\d{3}\b/.test(x))) {
      expect(p).toContain('Peringkat');
      expect(p).toContain('Keterangan');
    }
    expect(pages[0]).toContain(`Halaman 1 dari ${a4.pages}`);
  }, 60_000);

  it('English is available', async () => {
    const en = await beritaAcara(5, 'A4', { language: 'en' });
    const flat = pdftotext(save(tempDir(), 'en.pdf', en.pdf)).replace(/\s+/g, ' ');
    expect(flat).toContain('On this day, Monday the Twenty-Three of November of the year Two Thousand and Twenty-Six');
    expect(flat).toContain('Page 1 of');
    expect(flat).toContain('5 (five) people');
  }, 60_000);

  describe('tampering is refused with the right reason', () => {
    it('a flipped byte', async () => {
      const bad = Buffer.from(doc.pdf);
      const at = Math.floor(bad.indexOf('/ByteRange') / 2);
      bad[at] = bad[at]! ^ 0x01;
      expect(await reasons(bad)).toContain('SIGNATURE_INVALID');
      expect(pdfsig(save(tempDir(), 'flipped.pdf', bad))).not.toContain('Signature is Valid');
    });

    it('a truncated file', async () => {
      const bad = doc.pdf.subarray(0, doc.pdf.length - 200);
      expect(await reasons(bad)).toContain('TRUNCATED');
      expect((await verifyPdf(doc.pdf.subarray(0, 1000))).ok).toBe(false);
    });

    it('bytes appended after signing', async () => {
      const bad = Buffer.concat([doc.pdf, Buffer.from('\n% appended\n')]);
      expect(await reasons(bad)).toEqual(['NOT_WHOLE_FILE']);
    });

    it('re-signed with another certificate', async () => {
      const other = otherCertificate();
      const resigned = await signPdf(doc.unsigned, other.p12, CERT_PASSPHRASE, {
        reason: 'x',
        name: 'Panitia Palsu',
        location: 'x',
        contactInfo: '',
      });
      // The signature itself is sound (pdfsig says so), but not by the certificate the document prints.
      expect(pdfsig(save(tempDir(), 'resigned.pdf', resigned))).toContain('Signature is Valid');
      const r = await verifyPdf(resigned, undefined, committeeTrust());
      expect(r.findings.map((f) => f.reason)).toEqual(['CERTIFICATE_MISMATCH', 'UNTRUSTED_SIGNER']);
      expect(r.signerCertificate).toBe(other.fingerprint);
      expect(r.printedCertificate).toBe(committeeCertificate().fingerprint);
    });

    it('an edited embedded JSON, appended after signing', async () => {
      const edited = doc.json.replace('"57,00"', '"97,00"');
      expect(edited).not.toBe(doc.json);
      const bad = replaceEmbeddedJson(doc.pdf, edited);
      const r = await reasons(bad);
      expect(r).toContain('DATA_HASH_MISMATCH');
      expect(r).toContain('NOT_WHOLE_FILE');
    });

    it('an edited embedded JSON signed again by someone holding the committee key', async () => {
      const edited = doc.json.replace('"57,00"', '"97,00"');
      const cert = committeeCertificate();
      const resigned = await signPdf(replaceEmbeddedJson(doc.unsigned, edited), cert.p12, CERT_PASSPHRASE, {
        reason: 'x',
        name: 'x',
        location: 'x',
        contactInfo: '',
      });
      expect(pdfsig(save(tempDir(), 'edited.pdf', resigned))).toContain('Signature is Valid');
      expect(await reasons(resigned)).toEqual(['DATA_HASH_MISMATCH']);
    });

    it('an unsigned PDF and a file that is not a PDF', async () => {
      expect(await reasons(doc.unsigned)).toEqual(['NOT_SIGNED']);
      expect(await reasons(Buffer.from('hello'))).toEqual(['NOT_A_PDF']);
    });

    it('an unknown document, given a registry', async () => {
      const r = await verifyPdf(doc.pdf, async () => null, committeeTrust());
      expect(r.findings.map((f) => f.reason)).toEqual(['UNKNOWN_DOCUMENT']);
      const known = await verifyPdf(
        doc.pdf,
        async () => ({ dataSha256: doc.dataSha256, pdfSha256: doc.pdfSha256, certificateSha256: doc.certificateSha256 }),
        committeeTrust(),
      );
      expect(known.ok).toBe(true);
      const other = await verifyPdf(
        doc.pdf,
        async () => ({ dataSha256: 'b'.repeat(64), pdfSha256: doc.pdfSha256, certificateSha256: doc.certificateSha256 }),
        committeeTrust(),
      );
      expect(other.findings.map((f) => f.reason)).toEqual(['REGISTRY_MISMATCH']);
    });
  });
});
