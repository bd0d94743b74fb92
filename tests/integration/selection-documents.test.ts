/**
 * Documents belong to their selection: letterhead, committee name, legal basis, numbering and
 * time zone are per selection, prefilled from the template and the vault defaults. Numbers are
 * unique. Votes corrected with a reason are on the record. Times on paper are long dates with
 * the zone, never a machine timestamp.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DocumentSettings } from '../../shared/contract';
import { closeVault, openVault } from '../../main/vault/vault';
import { migrations } from '../../main/vault/migrations';
import { failure } from '../helpers/api-client';
import { committeeVault } from '../helpers/committee';
import { finalisedSelection } from '../helpers/final';
import { pdftotext, save } from '../helpers/pdf-tools';
import { PASSPHRASE, useTempDir } from '../helpers/temp';
import { signedBytes } from '../helpers/documents';

const tempDir = useTempDir();
const CERT = 'sandi-sertifikat-panitia';

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('documents belong to their selection', () => {
  it('a new selection takes its template’s committee name and legal basis, never another selection’s', async () => {
    const c = await committeeVault(tempDir());
    const jpt = await c.call('selection.create', { template: 'jpt', title: 'Seleksi Terbuka JPT Pratama 2026' });
    const jptSettings = await c.call('documents.settings', { selectionId: jpt.id });
    expect(jptSettings.legalBasis.join('\n')).toContain('Nomor 15 Tahun 2019');
    await c.call('documents.saveSettings', {
      selectionId: jpt.id,
      settings: {
        ...jptSettings,
        committeeName: 'Panitia Seleksi Terbuka JPT Pratama Provinsi Jambi',
        legalBasis: [...jptSettings.legalBasis, 'Keputusan Gubernur Jambi Nomor 800.1.3/1127/KEP.GUB/BKD-2.1/2026'],
      },
    });
    const pppk = await c.call('selection.create', { template: 'pppk', title: 'Seleksi PPPK Tenaga Kesehatan 2026' });
    const pppkSettings = await c.call('documents.settings', { selectionId: pppk.id });
    expect(pppkSettings.committeeName).toBe('Panitia Seleksi Pengadaan Pegawai Pemerintah dengan Perjanjian Kerja');
    expect(pppkSettings.legalBasis.join('\n')).toContain('Nomor 49 Tahun 2018');
    expect(pppkSettings.legalBasis.join('\n')).not.toContain('Nomor 15 Tahun 2019');
    expect(pppkSettings.legalBasis.join('\n')).not.toContain('Gubernur');
    // The vault's defaults prefill letterhead and numbering; the template still sets the legal basis.
    const defaults = await c.call('documents.defaults', {});
    await c.call('documents.saveDefaults', {
      settings: { ...defaults, agency: 'Pemerintah Provinsi Jambi', numberFormat: '800/{seq}/{code}/{year}', timeZone: 'WIB' },
    });
    const cpns = await c.call('documents.settings', {
      selectionId: (await c.call('selection.create', { template: 'cpns', title: 'CPNS 2026' })).id,
    });
    expect(cpns).toMatchObject({ agency: 'Pemerintah Provinsi Jambi', numberFormat: '800/{seq}/{code}/{year}' });
    expect(cpns.legalBasis.join('\n')).toContain('Nomor 321 Tahun 2024');
    // Saving one selection's settings leaves the other's alone.
    expect((await c.call('documents.settings', { selectionId: pppk.id })).agency).toBe('');
    expect((await c.call('documents.settings', { selectionId: jpt.id })).committeeName).toBe(
      'Panitia Seleksi Terbuka JPT Pratama Provinsi Jambi',
    );
  });

  it('prints its own kop, committee and legal basis; numbers never repeat; times are long dates with the zone', async () => {
    const f = await finalisedSelection(tempDir());
    const { c, sel } = f;
    await c.call('documents.generateCertificate', {
      commonName: 'Panitia Seleksi PPPK Guru',
      organization: 'Pemerintah Kabupaten Kupang',
      passphrase: CERT,
      passphraseRepeat: CERT,
    });
    const other = await c.call('selection.create', { template: 'jpt', title: 'Seleksi Terbuka JPT Pratama' });
    const otherSettings = await c.call('documents.settings', { selectionId: other.id });
    await c.call('documents.saveSettings', {
      selectionId: other.id,
      settings: {
        ...otherSettings,
        agency: 'Pemerintah Provinsi Jambi',
        committeeName: 'Pansel JPT Jambi',
        legalBasis: ['Peraturan Menteri PANRB Nomor 15 Tahun 2019'],
      },
    });
    // The finalised selection's document settings are frozen with it.
    const mine = await c.call('documents.settings', { selectionId: sel });
    const wanted: DocumentSettings = {
      ...mine,
      agency: 'Pemerintah Kabupaten Kupang',
      committeeName: 'Panitia Seleksi PPPK Guru Kabupaten Kupang',
      legalBasis: ['Peraturan Pemerintah Nomor 49 Tahun 2018'],
      numberFormat: '800/{code}/2026',
      timeZone: 'WITA',
      fingerprintPublishedAt: 'laman bkpsdm.kupangkab.go.id',
    };
    expect(await failure(c.call('documents.saveSettings', { selectionId: sel, settings: wanted }))).toBe('SELECTION_FINAL');
    await c.call('deliberation.reopen', { selectionId: sel, reason: 'Kop surat belum diisi' });
    await c.call('documents.saveSettings', { selectionId: sel, settings: wanted });
    const fin = await c.call('deliberation.finalise', { meetingId: f.meetingId, confirmed: { flagged: 1, undecided: 0, incomplete: 0 } });
    expect(fin.sha256).toMatch(/^[0-9a-f]{64}$/);

    const ba = signedBytes(
      await c.call('documents.generate', {
        returnBytes: true,
        request: { type: 'beritaAcara', selectionId: sel },
        passphrase: CERT,
        date: '2026-11-23',
      }),
    );
    const text = oneLine(pdftotext(save(tempDir(), 'ba.pdf', Buffer.from(ba.pdf, 'base64'))));
    expect(text).toContain('Pemerintah Kabupaten Kupang'.toUpperCase());
    expect(text).toContain('Panitia Seleksi PPPK Guru Kabupaten Kupang');
    expect(text).toContain('Peraturan Pemerintah Nomor 49 Tahun 2018');
    expect(text).not.toMatch(/Jambi|Nomor 15 Tahun 2019/);
    expect(ba.record.number).toBe('800/BA/2026');
    // A pattern without {seq} gives the same number twice for one type: refused, nothing registered.
    const before = (await c.call('documents.list', { selectionId: sel })).length;
    const again = await c.raw('documents.generate', {
      request: { type: 'beritaAcara', selectionId: sel },
      passphrase: CERT,
      date: '2026-11-23',
    });
    expect(again.ok ? null : again.error.code).toBe('DOCUMENT_NUMBER_TAKEN');
    expect((await c.call('documents.list', { selectionId: sel })).length).toBe(before);

    const peng = signedBytes(
      await c.call('documents.generate', {
        returnBytes: true,
        request: {
          type: 'pengumuman',
          selectionId: sel,
          options: { identity: 'code', scores: false, alphabetical: false, passedOnly: false },
        },
        passphrase: CERT,
        date: '2026-11-23',
      }),
    );
    const pengText = oneLine(pdftotext(save(tempDir(), 'peng.pdf', Buffer.from(peng.pdf, 'base64'))));
    expect(pengText).toContain('Panitia Seleksi PPPK Guru Kabupaten Kupang');
    expect(pengText).toContain('masa sanggah');
    expect(pengText).not.toContain('diganggu gugat');
    expect(pengText).toContain('laman bkpsdm.kupangkab.go.id');
    expect(peng.record.number).toBe('800/PENG/2026');
    // The unique index stands behind the rule, whatever writes the registry.
    expect(() =>
      c.app.workspace.vault!.raw.prepare('update documents set number = ? where id = ?').run(ba.record.number, peng.record.id),
    ).toThrow(/UNIQUE/);

    // Lembar penilaian: "Dikirim" as a long date with the time and the selection's zone.
    const sheet = signedBytes(
      await c.call('documents.generate', {
        returnBytes: true,
        request: { type: 'lembarPenilaian', roundId: c.round.id, personId: c.ani.personId },
        passphrase: CERT,
        date: '2026-11-23',
      }),
    );
    const sheetText = oneLine(pdftotext(save(tempDir(), 'lp.pdf', Buffer.from(sheet.pdf, 'base64'))));
    expect(sheetText).toMatch(/\d{1,2} November 2026 pukul \d{2}\.\d{2} WITA/);
    expect(sheetText).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    // Instrumen: "dibekukan" likewise.
    const ins = signedBytes(
      await c.call('documents.generate', {
        returnBytes: true,
        request: { type: 'instrumen', selectionId: sel, stageId: 'st-int' },
        passphrase: CERT,
        date: '2026-11-23',
      }),
    );
    expect(oneLine(pdftotext(save(tempDir(), 'ins.pdf', Buffer.from(ins.pdf, 'base64'))))).toMatch(
      /dibekukan \d{1,2} November 2026 pukul \d{2}\.\d{2} WITA/,
    );
    // Notulen: the meeting's time with the zone.
    const not = signedBytes(
      await c.call('documents.generate', {
        returnBytes: true,
        request: { type: 'notulen', meetingId: f.meetingId },
        passphrase: CERT,
        date: '2026-11-23',
        language: 'en',
      }),
    );
    const notText = oneLine(pdftotext(save(tempDir(), 'not.pdf', Buffer.from(not.pdf, 'base64'))));
    expect(notText).toContain('09:00 WITA');
  });

  it('a vote recorded wrongly is corrected before the decision with a reason, kept in the minutes and the notulen', async () => {
    const f = await finalisedSelection(tempDir());
    const { c, sel } = f;
    await c.call('deliberation.reopen', { selectionId: sel, reason: 'Koreksi pencatatan suara' });
    const motion = await c.call('deliberation.addMotion', { meetingId: f.meetingId, text: 'Menetapkan hasil', rule: 'majority' });
    await c.call('deliberation.vote', { motionId: motion.id, personId: c.ani.personId, vote: 'tidakSetuju' });
    expect(await failure(c.call('deliberation.vote', { motionId: motion.id, personId: c.ani.personId, vote: 'setuju' }))).toBe(
      'VOTE_CORRECTION_REASON',
    );
    expect(
      await failure(c.call('deliberation.vote', { motionId: motion.id, personId: c.ani.personId, vote: 'setuju', reason: ' x ' })),
    ).toBe('VOTE_CORRECTION_REASON');
    await c.call('deliberation.vote', {
      motionId: motion.id,
      personId: c.ani.personId,
      vote: 'setuju',
      reason: 'Salah klik oleh notulis; anggota menyatakan setuju',
    });
    // The same vote again is no correction.
    await c.call('deliberation.vote', { motionId: motion.id, personId: c.ani.personId, vote: 'setuju' });
    const view = await c.call('deliberation.meeting', { meetingId: f.meetingId });
    const m = view.motions.find((x) => x.id === motion.id)!;
    expect(m.votes.find((v) => v.personId === c.ani.personId)!.vote).toBe('setuju');
    expect(m.corrections).toEqual([
      expect.objectContaining({
        personId: c.ani.personId,
        from: 'tidakSetuju',
        to: 'setuju',
        reason: 'Salah klik oleh notulis; anggota menyatakan setuju',
      }),
    ]);
    const audit = c.app.workspace
      .vault!.raw.prepare(`select count(*) as n from audit_events where action = 'deliberation.vote.correct'`)
      .get() as { n: number };
    expect(audit.n).toBe(1);
    for (const p of [c.chair, c.budi]) await c.call('deliberation.vote', { motionId: motion.id, personId: p.personId, vote: 'setuju' });
    await c.call('deliberation.decideMotion', { motionId: motion.id });
    // After the decision nothing changes, not even with a reason.
    expect(
      await failure(c.call('deliberation.vote', { motionId: motion.id, personId: c.ani.personId, vote: 'abstain', reason: 'terlambat' })),
    ).toBe('MOTION_DECIDED');
    await c.call('documents.generateCertificate', {
      commonName: 'Panitia',
      organization: 'Pemda',
      passphrase: CERT,
      passphraseRepeat: CERT,
    });
    const not = signedBytes(
      await c.call('documents.generate', {
        returnBytes: true,
        request: { type: 'notulen', meetingId: f.meetingId },
        passphrase: CERT,
        date: '2026-11-23',
      }),
    );
    const text = oneLine(pdftotext(save(tempDir(), 'not.pdf', Buffer.from(not.pdf, 'base64'))));
    expect(text).toContain(
      'Koreksi pencatatan suara Ani Suryani, M.Pd.: semula Tidak setuju, menjadi Setuju. Alasan: Salah klik oleh notulis; anggota menyatakan setuju',
    );
    expect(text).toContain('09.00 WIB');
  });

  it('the migration gives each existing selection a copy of the settings it printed with', async () => {
    const c = await committeeVault(tempDir());
    const s1 = await c.call('selection.create', { template: 'jpt', title: 'JPT lama' });
    await c.app.close();
    // Roll the vault back to before per-selection settings, as a vault of the previous version.
    let vault = await openVault(c.path, PASSPHRASE);
    // Later migrations first: a vault of the previous version has none of them.
    for (const name of ['0009_formations', '0008_documents_and_votes']) {
      await migrations[name]!.down!(vault.db as never);
      await sql`delete from kysely_migration where name = ${name}`.execute(vault.db);
    }
    const old = {
      agency: 'Pemerintah Provinsi Jambi',
      unit: 'BKD',
      address: 'Jl. A. Yani 1',
      place: 'Jambi',
      logo: null,
      numberFormat: '800/{seq}/{code}/{year}',
      paper: 'F4',
      margins: { top: 20, right: 20, bottom: 20, left: 25 },
      footer: null,
      legalBasis: ['Peraturan Menteri PANRB Nomor 15 Tahun 2019'],
    };
    await sql`insert into document_settings (key, value, updated_at) values ('documents', ${JSON.stringify(old)}, '2026-11-01T00:00:00Z') on conflict(key) do update set value = excluded.value`.execute(
      vault.db,
    );
    await closeVault(vault);
    vault = await openVault(c.path, PASSPHRASE);
    try {
      const rows = await sql<{ value: string }>`select value from selection_documents where selection_id = ${s1.id}`.execute(vault.db);
      expect(JSON.parse(rows.rows[0]!.value)).toMatchObject({
        ...old,
        committeeName: 'Pansel JPT Provinsi Jambi',
        timeZone: 'WIB',
        fingerprintPublishedAt: '',
      });
    } finally {
      await closeVault(vault);
    }
  });
});
