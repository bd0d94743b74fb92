import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import type { DocumentType, GeneratedDocument } from '../../shared/contract/documents-types';
import { failure, testApp } from '../helpers/api-client';
import { pdfsig, pdftotext, save } from '../helpers/pdf-tools';
import { scoreAll, scoringCommittee } from '../helpers/scoring';
import { PASSPHRASE, useTempDir } from '../helpers/temp';
import { signedBytes } from '../helpers/documents';

const tempDir = useTempDir();
type Committee = Awaited<ReturnType<typeof scoringCommittee>>;
const CERT = 'sandi-sertifikat-panitia';

afterEach(() => {
  delete process.env.PANELIS_PASSPHRASE;
});

/** Ani and Budi score and submit; the chair closes the round; signed in as the chair. */
async function closedRound(home: string): Promise<Committee> {
  const c = await scoringCommittee(home);
  await c.call('rounds.open', { roundId: c.round.id });
  for (const [m, values] of [
    [
      c.ani,
      [
        [4, 3, 3],
        [1, 2, 3],
        [3, 3, 2],
      ],
    ],
    [
      c.budi,
      [
        [4, 4, 4],
        [3, 3, 3],
        [3, 2, 2],
      ],
    ],
  ] as const) {
    await c.as(m.personId);
    await scoreAll(c, (a, k) => values[a]![k]!);
    await c.call('desk.submit', { roundId: c.round.id, password: c.passwords.get(m.personId)! });
  }
  await c.as(c.chair.personId);
  await c.call('rounds.close', { roundId: c.round.id });
  return c;
}

async function finalised(c: Committee) {
  const m = await c.call('deliberation.createMeeting', {
    selectionId: c.selection.id,
    date: '2026-11-23',
    time: '09:00',
    place: 'Ruang Rapat Lt. 2',
  });
  for (const p of [c.chair, c.secretary, c.ani, c.budi])
    await c.call('deliberation.setAttendance', { meetingId: m.id, personId: p.personId, present: true });
  const motion = await c.call('deliberation.addMotion', {
    meetingId: m.id,
    text: 'Hasil penilaian wawancara ditetapkan',
    rule: 'majority',
  });
  for (const p of [c.chair, c.secretary, c.ani, c.budi])
    await c.call('deliberation.vote', { motionId: motion.id, personId: p.personId, vote: 'setuju' });
  await c.call('deliberation.decideMotion', { motionId: motion.id });
  await c.call('deliberation.finalise', {
    meetingId: m.id,
    confirmed: (await c.call('deliberation.finaliseCheck', { meetingId: m.id })).counts,
  });
  return m;
}

describe('documents through the API', () => {
  it('generates, signs and registers every document type from the frozen data; verify checks them against the vault', async () => {
    const home = tempDir();
    const c = await closedRound(home);

    // Nothing to sign with yet; then only the chair may create the committee certificate.
    const ba = { type: 'beritaAcara' as const, selectionId: c.selection.id };
    expect(await failure(c.call('documents.generate', { request: ba, passphrase: CERT }))).toBe('CERTIFICATE_MISSING');
    await c.as(c.secretary.personId);
    expect(
      await failure(
        c.call('documents.generateCertificate', {
          commonName: 'Panitia Seleksi PPPK',
          organization: 'Pemerintah Kabupaten Kupang',
          passphrase: CERT,
          passphraseRepeat: CERT,
        }),
      ),
    ).toBe('FORBIDDEN');
    await c.as(c.chair.personId);
    expect(
      await failure(
        c.call('documents.generateCertificate', {
          commonName: 'Panitia Seleksi PPPK',
          organization: 'Pemda',
          passphrase: CERT,
          passphraseRepeat: 'lain',
        }),
      ),
    ).toBe('BAD_ARGUMENTS');
    const cert = await c.call('documents.generateCertificate', {
      commonName: 'Panitia Seleksi PPPK Guru',
      organization: 'Pemerintah Kabupaten Kupang',
      passphrase: CERT,
      passphraseRepeat: CERT,
    });
    expect(cert).toMatchObject({ source: 'generated', selfSigned: true });
    expect(await c.call('documents.certificate', {})).toEqual(cert);

    await c.call('documents.saveSettings', {
      selectionId: c.selection.id,
      settings: {
        agency: 'Pemerintah Kabupaten Kupang',
        unit: 'Panitia Seleksi PPPK Guru 2026',
        address: 'Jalan Timor Raya No. 1, Kupang',
        place: 'Kupang',
        logo: null,
        numberFormat: '800/{seq}/BA-PANSEL/{roman}/{year}',
        paper: 'F4',
        margins: { top: 20, right: 20, bottom: 20, left: 25 },
        footer: 'Dokumen ini ditandatangani secara elektronik. Verifikasi: panelis verify',
        legalBasis: ['Peraturan Menteri PANRB Nomor 14 Tahun 2023.'],
        committeeName: 'Panitia Seleksi PPPK Guru 2026',
        timeZone: 'WITA',
        fingerprintPublishedAt: '',
      },
    });

    // The rubric can be published before the selection is final; the results cannot.
    const instrumen = signedBytes(
      await c.call('documents.generate', {
        returnBytes: true,
        request: { type: 'instrumen', selectionId: c.selection.id, stageId: 'st-int' },
        passphrase: CERT,
        date: '2026-11-20',
      }),
    );
    expect(await failure(c.call('documents.generate', { request: ba, passphrase: CERT }))).toBe('SELECTION_NOT_FINAL');
    const lembar = signedBytes(
      await c.call('documents.generate', {
        returnBytes: true,
        request: { type: 'lembarPenilaian', roundId: c.round.id, personId: c.ani.personId },
        passphrase: CERT,
      }),
    );
    expect(
      await failure(
        c.call('documents.generate', {
          request: { type: 'lembarPenilaian', roundId: c.round.id, personId: c.secretary.personId },
          passphrase: CERT,
        }),
      ),
    ).toBe('SHEET_NOT_SUBMITTED');

    const meeting = await finalised(c);
    // A wrong certificate passphrase signs nothing and registers nothing.
    const before = (await c.call('documents.list', { selectionId: c.selection.id })).length;
    expect(await failure(c.call('documents.generate', { request: ba, passphrase: 'bukan-sandinya' }))).toBe('CERTIFICATE_PASSPHRASE_WRONG');
    expect(await c.call('documents.list', { selectionId: c.selection.id })).toHaveLength(before);

    const docs: Record<DocumentType, GeneratedDocument> = {
      instrumen,
      lembarPenilaian: lembar,
      beritaAcara: signedBytes(
        await c.call('documents.generate', { returnBytes: true, request: ba, passphrase: CERT, date: '2026-11-23' }),
      ),
      pengumuman: signedBytes(
        await c.call('documents.generate', {
          returnBytes: true,
          request: {
            type: 'pengumuman',
            selectionId: c.selection.id,
            options: { identity: 'name', scores: false, alphabetical: true, passedOnly: false },
          },
          passphrase: CERT,
          date: '2026-11-23',
        }),
      ),
      hasilIndividu: signedBytes(
        await c.call('documents.generate', {
          returnBytes: true,
          request: { type: 'hasilIndividu', selectionId: c.selection.id, applicantId: c.applicants[0]!.id },
          passphrase: CERT,
        }),
      ),
      notulen: signedBytes(
        await c.call('documents.generate', { returnBytes: true, request: { type: 'notulen', meetingId: meeting.id }, passphrase: CERT }),
      ),
    };

    const dir = tempDir();
    const texts: Partial<Record<DocumentType, string>> = {};
    for (const [type, d] of Object.entries(docs) as [DocumentType, GeneratedDocument][]) {
      const file = save(dir, `${type}.pdf`, Buffer.from(d.pdf, 'base64'));
      // To look at them: PANELIS_KEEP_PDFS=/some/dir.
      if (process.env.PANELIS_KEEP_PDFS) save(process.env.PANELIS_KEEP_PDFS, `${type}.pdf`, Buffer.from(d.pdf, 'base64'));
      expect(pdfsig(file), type).toContain('Signature is Valid');
      texts[type] = pdftotext(file).replace(/\s+/g, ' ');
      expect(d.record.type).toBe(type);
      const v = await c.call('documents.verify', { pdfBase64: d.pdf });
      expect(v.findings, type).toEqual([]);
      expect(v).toMatchObject({ ok: true, registryChecked: true, documentId: d.record.id, signerCertificate: cert.fingerprint });
    }

    // What each prints.
    expect(texts.beritaAcara).toContain('Pada hari ini, Senin tanggal Dua Puluh Tiga bulan November tahun Dua Ribu Dua Puluh Enam');
    expect(texts.beritaAcara).toContain('3 (tiga) orang');
    expect(texts.beritaAcara).toMatch(/800\/\d+\/BA-PANSEL\/XI\/2026/);
    expect(texts.beritaAcara).toContain('Yohanes Manurung');
    expect(texts.beritaAcara).toContain('PEMERINTAH KABUPATEN KUPANG');
    // The per-stage table after the final one.
    expect(texts.beritaAcara).toContain('Hasil tahap Wawancara:');
    expect(texts.beritaAcara).toContain('Peraturan Menteri PANRB Nomor 14 Tahun 2023.');
    for (const p of [c.chair, c.secretary, c.ani, c.budi]) expect(texts.beritaAcara).toContain(p.name);
    expect(texts.beritaAcara).not.toContain(c.observer.name);
    // The announcement: names, alphabetical, pass/fail only, no scores.
    expect(texts.pengumuman).toContain('Made Wijaya');
    expect(texts.pengumuman!.indexOf('Made Wijaya')).toBeLessThan(texts.pengumuman!.indexOf('Yohanes Manurung'));
    expect(texts.pengumuman).not.toMatch(/\d+,\d\d/);
    // The individual result: the applicant's own, nobody else's.
    expect(texts.hasilIndividu).toContain('Yohanes Manurung');
    expect(texts.hasilIndividu).not.toContain('Made Wijaya');
    expect(texts.hasilIndividu).not.toContain(c.ani.name);
    // The score sheet: the member, the sheet hash.
    expect(texts.lembarPenilaian).toContain(c.ani.name);
    expect(texts.notulen).toContain('Ruang Rapat Lt. 2');
    expect(texts.notulen).toContain('Hasil penilaian wawancara ditetapkan');
    expect(texts.instrumen).toMatch(/Versi 1 dibekukan|DRAF/);

    // The registry and the audit chain.
    const list = await c.call('documents.list', { selectionId: c.selection.id });
    expect(list.map((r) => r.type).sort()).toEqual(Object.keys(docs).sort());
    const check = await c.call('vault.check', {});
    expect(check.audit.ok).toBe(true);
    const events = c.app.workspace
      .vault!.raw.prepare("select count(*) as n from audit_events where action = 'documents.generate'")
      .get() as { n: number };
    expect(events.n).toBe(6);
    const dl = await c.call('documents.download', { documentId: docs.beritaAcara.record.id });
    expect(dl.pdf).toBe(docs.beritaAcara.pdf);

    // Batch: one individual result per applicant.
    const batch = await c.call('documents.generateIndividualBatch', { selectionId: c.selection.id, passphrase: CERT });
    expect(batch).toHaveLength(c.applicants.length);

    // A member may verify but not generate.
    await c.as(c.ani.personId);
    expect(await failure(c.call('documents.generate', { request: ba, passphrase: CERT }))).toBe('FORBIDDEN');
    expect((await c.call('documents.verify', { pdfBase64: docs.pengumuman.pdf })).ok).toBe(true);
    await c.as(c.chair.personId);

    // The CLI, against the vault's record.
    await c.call('vault.lock', {});
    const baFile = save(dir, 'ba.pdf', Buffer.from(docs.beritaAcara.pdf, 'base64'));
    process.env.PANELIS_PASSPHRASE = PASSPHRASE;
    const ok = await cli('verify', baFile, '--vault', c.path, '--json');
    expect(ok.code, ok.err).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ ok: true, registryChecked: true, documentId: docs.beritaAcara.record.id });
    // Without a trust anchor: intact, the fingerprint shown, but not valid (exit 1).
    const human = await cli('verify', baFile);
    expect(human.code).toBe(1);
    expect(human.out).toContain('TIDAK SAH / NOT VALID');
    expect(human.out).toContain('berkas utuh / file intact');
    expect(human.out).toContain('UNTRUSTED_SIGNER');
    const fingerprint = (JSON.parse(ok.out) as { signerFingerprint: string }).signerFingerprint;
    expect(human.out).toContain(fingerprint);
    // The agency's published fingerprint, named: valid.
    const named = await cli('verify', baFile, '--trust', fingerprint.toUpperCase().replace(/(..)(?!$)/g, '$1:'));
    expect(named.code, named.out).toBe(0);
    expect(named.out).toContain('SAH / VALID');
    const bad = Buffer.from(docs.beritaAcara.pdf, 'base64');
    bad[2000] = bad[2000]! ^ 0x20;
    const badFile = save(dir, 'bad.pdf', bad);
    const refused = await cli('verify', badFile, '--vault', c.path);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('SIGNATURE_INVALID');
    expect(refused.out).toContain('REGISTRY_MISMATCH');
    expect((await cli('verify')).code).toBe(2);
    expect((await cli('verify', join(dir, 'missing.pdf'))).code).toBe(2);

    // Desktop (Electron): the signed file from the registry goes to the system viewer or a save
    // dialog; the browser host has no such door and says so.
    await c.call('vault.unlock', { path: c.path, passphrase: PASSPHRASE });
    await c.call('session.signIn', { personId: c.chair.personId, password: c.passwords.get(c.chair.personId)! });
    expect(await failure(c.call('documents.open', { documentId: docs.beritaAcara.record.id, action: 'open' }))).toBe('DESKTOP_ONLY');
    await c.call('vault.lock', {});
    const handed: [string, string, Buffer][] = [];
    const desk = testApp({
      home: tempDir(),
      transport: 'electron',
      documentFiles: {
        open: async (name, bytes) => void handed.push(['open', name, Buffer.from(bytes)]),
        saveAs: async (name, bytes) => {
          handed.push(['save', name, Buffer.from(bytes)]);
          return `/home/sekretaris/Documents/${name}`;
        },
      },
    });
    expect((await desk.call('app.status', {})).desktopDocuments).toBe(true);
    await desk.call('vault.unlock', { path: c.path, passphrase: PASSPHRASE });
    await desk.call('session.signIn', { personId: c.chair.personId, password: c.passwords.get(c.chair.personId)! });
    expect(await desk.call('documents.open', { documentId: docs.beritaAcara.record.id, action: 'open' })).toEqual({ savedTo: null });
    const saved = await desk.call('documents.open', { documentId: docs.beritaAcara.record.id, action: 'save' });
    expect(saved.savedTo).toMatch(/\.pdf$/);
    expect(handed.map(([a]) => a)).toEqual(['open', 'save']);
    for (const [, name, bytes] of handed) {
      expect(name).toBe(docs.beritaAcara.fileName);
      expect(bytes.toString('base64')).toBe(docs.beritaAcara.pdf);
    }
    await desk.app.close();

    // A document of another vault is unknown here.
    const other = await closedRound(tempDir());
    await other.call('documents.generateCertificate', {
      commonName: 'Panitia Lain',
      organization: 'Pemda Lain',
      passphrase: CERT,
      passphraseRepeat: CERT,
    });
    const foreign = signedBytes(
      await other.call('documents.generate', {
        returnBytes: true,
        request: { type: 'instrumen', selectionId: other.selection.id, stageId: 'st-int' },
        passphrase: CERT,
      }),
    );
    const foreignFile = save(dir, 'foreign.pdf', Buffer.from(foreign.pdf, 'base64'));
    const unknown = await cli('verify', foreignFile, '--vault', c.path, '--json');
    expect(unknown.code).toBe(1);
    // In the app, the same foreign document: intact, but not signed by a certificate of this vault.
    await c.call('vault.unlock', { path: c.path, passphrase: PASSPHRASE });
    await c.call('session.signIn', { personId: c.chair.personId, password: c.passwords.get(c.chair.personId)! });
    const inApp = await c.call('documents.verify', { pdfBase64: foreign.pdf });
    expect(inApp).toMatchObject({ ok: false, intact: true, trusted: false, trustedBy: null });
    expect(inApp.findings.find((f) => f.reason === 'UNTRUSTED_SIGNER')?.text.en).toMatch(
      /The file is intact, but the signer is not trusted: certificate [0-9a-f]{64} is not a certificate registered in this vault/,
    );
    expect((await c.call('documents.verify', { pdfBase64: docs.beritaAcara.pdf })).trustedBy).toBe('vault');
    await c.call('vault.lock', {});
    // Another vault's document: unknown here, and its certificate is not this vault's.
    expect(JSON.parse(unknown.out).findings.map((f: { reason: string }) => f.reason)).toEqual(['UNKNOWN_DOCUMENT', 'UNTRUSTED_SIGNER']);

    // A final snapshot edited in the database no longer matches its SHA-256: nothing is printed from it.
    await finalised(other);
    other.app.workspace
      .vault!.raw.prepare("update final_snapshots set payload = replace(payload, 'Yohanes Manurung', 'Yohanes Manurang')")
      .run();
    expect(
      await failure(
        other.call('documents.generate', { request: { type: 'beritaAcara', selectionId: other.selection.id }, passphrase: CERT }),
      ),
    ).toBe('DOCUMENT_INPUT_INVALID');
  }, 240_000);
});
