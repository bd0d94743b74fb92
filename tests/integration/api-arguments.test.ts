import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, methodNames, type Args, type MethodName } from '../../shared/contract';
import { testApp } from '../helpers/api-client';
import { fileState, PASSPHRASE, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

/**
 * One valid argument object per method. Typed as a complete record, so a new contract
 * method cannot be added without being tested here.
 */
function validArgs(home: string): { [M in MethodName]: Args<M> } {
  return {
    'app.status': {},
    'app.activity': {},
    'app.pickVaultPath': { mode: 'create' },
    'app.setLanguage': { language: 'en' },
    'vault.create': {
      path: join(home, 'new.panelis'),
      passphrase: PASSPHRASE,
      passphraseRepeat: PASSPHRASE,
      committeeName: 'Panitia',
      language: 'id',
    },
    'vault.unlock': { path: join(home, 'v.panelis'), passphrase: PASSPHRASE },
    'vault.lock': {},
    'vault.rekey': { currentPassphrase: PASSPHRASE, newPassphrase: 'frasa-baru-panjang', newPassphraseRepeat: 'frasa-baru-panjang' },
    'vault.backup': {},
    'vault.check': {},
    'people.setupChair': { name: 'Budi Santoso', nip: '198001012005011001', password: 'rahasia-budi', passwordRepeat: 'rahasia-budi' },
    'session.people': {},
    'session.signIn': { personId: 'x', password: 'y' },
    'session.signOut': {},
    'settings.setIdleMinutes': { minutes: 15 },
    'selection.list': {},
    'selection.create': { template: 'jpt', title: 'Seleksi JPT' },
    'selection.get': { selectionId: 's1' },
    'selection.update': {
      selectionId: 's1',
      setup: {
        kind: 'other',
        title: 'Seleksi',
        agency: '',
        unit: '',
        address: '',
        decreeNumber: '',
        startDate: null,
        endDate: null,
        positions: [],
        stages: [],
        tieBreak: [],
      },
    },
    'selection.setVisibleFields': { selectionId: 's1', fields: ['education'] },
    'applicants.list': { selectionId: 's1', query: '', status: 'all', offset: 0, limit: 10 },
    'applicants.add': { selectionId: 's1', applicant: { registrationNumber: '001', name: 'Siti' } },
    'applicants.update': { selectionId: 's1', applicantId: 'a1', applicant: { name: 'Siti' } },
    'applicants.withdraw': { selectionId: 's1', applicantId: 'a1', reason: 'mengundurkan diri' },
    'applicants.importParse': { selectionId: 's1', fileName: 'a.csv', contentBase64: 'YQ==' },
    'applicants.importPreview': { importId: 'i1', mapping: { Nama: 'name' }, overrides: {} },
    'applicants.importCommit': { importId: 'i1', mapping: { Nama: 'name' }, overrides: {} },
    'jobs.status': { jobId: 'j1' },
    'people.list': {},
    'people.add': { name: 'Budi Santoso', nip: '', position: 'Kepala Bidang', role: 'member', initialPassword: 'sementara-1' },
    'session.changePassword': { currentPassword: 'a', newPassword: 'rahasia-baru', newPasswordRepeat: 'rahasia-baru' },
    'committee.set': { selectionId: 's1', personIds: ['p1'] },
    'conflicts.declare': { selectionId: 's1', applicantId: 'a1', personId: 'p1', reasonKind: 'family', reasonText: 'saudara kandung' },
    'conflicts.list': { selectionId: 's1' },
    'panels.save': { selectionId: 's1', stageId: 'st1', panels: [{ name: 'Panel A', memberIds: ['p1'], applicantIds: ['a1'] }] },
    'panels.list': { selectionId: 's1' },
    'rounds.list': { selectionId: 's1' },
    'rounds.create': { selectionId: 's1', stageId: 'st1' },
    'rounds.open': { roundId: 'r1' },
    'rounds.board': { roundId: 'r1' },
    'rounds.excuse': { roundId: 'r1', personId: 'p1', reason: 'sakit, surat dokter' },
    'rounds.close': { roundId: 'r1' },
    'rounds.reveal': { roundId: 'r1', password: 'rahasia-ketua', secondPersonId: 'p2', secondPassword: 'rahasia-sekretaris' },
    'rounds.leniency': { roundId: 'r1' },
    'desk.queue': { roundId: 'r1' },
    'desk.applicant': { roundId: 'r1', applicantId: 'a1' },
    'scores.save': { roundId: 'r1', applicantId: 'a1', criterionId: 'c1', value: 3 },
    'desk.review': { roundId: 'r1' },
    'desk.submit': { roundId: 'r1', password: 'rahasia-anggota' },
    'calibration.start': { roundId: 'r1', cases: [{ label: 'Kasus A', description: 'Contoh jawaban' }] },
    'calibration.get': { roundId: 'r1' },
    'calibration.save': { roundId: 'r1', caseId: 'k1', criterionId: 'c1', value: 2 },
    'calibration.close': { roundId: 'r1' },
    'calibration.results': { roundId: 'r1' },
    'results.get': { selectionId: 's1', stageId: 'st1' },
    'results.summary': { selectionId: 's1', stageId: 'st1' },
    'results.table': {
      selectionId: 's1',
      sort: { column: 'rank', direction: 'asc' },
      filter: { outcome: 'all', query: '' },
      offset: 0,
      limit: 100,
    },
    'results.export': { selectionId: 's1', format: 'csv', language: 'id' },
    'results.memberScores': { selectionId: 's1', stageId: 'st1' },
    // --- stage inputs
    'stageInputs.overview': { selectionId: 's1' },
    'stageInputs.gate': { selectionId: 's1', stageId: 'st1' },
    'stageInputs.recordGate': {
      selectionId: 's1',
      stageId: 'st1',
      decisions: [{ applicantId: 'a1', decision: 'TMS', note: 'Ijazah tidak sesuai' }],
    },
    'stageInputs.markRemaining': { selectionId: 's1', stageId: 'st1', decision: 'MS', undecided: 3 },
    'stageInputs.importPreview': { selectionId: 's1', stageId: 'st1', fileName: 'skd.csv', contentBase64: 'Tm8gUGVzZXJ0YTtUV0sK' },
    'stageInputs.importCommit': {
      selectionId: 's1',
      stageId: 'st1',
      fileName: 'skd.csv',
      contentBase64: 'Tm8gUGVzZXJ0YTtUV0sK',
      mapping: { 'No Peserta': 'registrationNumber' },
    },
    'stageInputs.setOptions': {
      selectionId: 's1',
      options: { method: 'median', standardise: false, minScorers: 2, disagreementFraction: 0.4 },
    },
    // (end of stage inputs)
    // --- deliberation
    'deliberation.overview': { selectionId: 's1' },
    'deliberation.setConfig': { selectionId: 's1', quorumRule: { kind: 'moreThanHalf' }, objectionDays: 3 },
    'deliberation.createMeeting': { selectionId: 's1', date: '2026-11-23', time: '09:00', place: 'Ruang rapat' },
    'deliberation.meeting': { meetingId: 'm1' },
    'deliberation.minutes': { meetingId: 'm1' },
    'deliberation.setAttendance': { meetingId: 'm1', personId: 'p1', present: true },
    'deliberation.addItem': { meetingId: 'm1', title: 'Lain-lain' },
    'deliberation.setNotes': { itemId: 'i1', notes: 'catatan' },
    'deliberation.addMotion': { meetingId: 'm1', text: 'Usulan', rule: 'majority' },
    'deliberation.vote': { motionId: 'x1', personId: 'p1', vote: 'setuju' },
    'deliberation.decideMotion': { motionId: 'x1' },
    'deliberation.revise': {
      meetingId: 'm1',
      personId: 'p1',
      password: 'rahasia',
      applicantId: 'a1',
      stageId: 'st1',
      criterionId: 'c1',
      value: 3,
      reason: 'setelah pembahasan',
    },
    'deliberation.closeMeeting': { meetingId: 'm1' },
    'deliberation.finaliseCheck': { meetingId: 'm1' },
    'deliberation.finalise': { meetingId: 'm1' },
    'deliberation.reopen': { selectionId: 's1', reason: 'sanggahan diterima' },
    'deliberation.recordObjection': { selectionId: 's1', applicantId: 'a1', receivedOn: '2026-11-24', text: 'keberatan' },
    'deliberation.answerObjection': { objectionId: 'o1', answer: 'jawaban', resultChanged: false },
    // (end of deliberation)
    // --- documents
    'documents.settings': { selectionId: 's1' },
    'documents.saveSettings': {
      selectionId: 's1',
      settings: {
        agency: 'Pemda',
        unit: 'Pansel',
        address: 'Jl. Merdeka 1',
        place: 'Kupang',
        logo: null,
        numberFormat: '{seq}/{code}/{year}',
        paper: 'F4',
        margins: { top: 20, right: 20, bottom: 20, left: 25 },
        footer: null,
        legalBasis: [],
        committeeName: 'Pansel',
        timeZone: 'WIB',
        fingerprintPublishedAt: '',
      },
    },
    'documents.defaults': {},
    'documents.saveDefaults': {
      settings: {
        agency: 'Pemda',
        unit: 'Pansel',
        address: 'Jl. Merdeka 1',
        place: 'Kupang',
        logo: null,
        numberFormat: '{seq}/{code}/{year}',
        paper: 'F4',
        margins: { top: 20, right: 20, bottom: 20, left: 25 },
        footer: null,
        legalBasis: [],
        committeeName: 'Pansel',
        timeZone: 'WIB',
        fingerprintPublishedAt: '',
      },
    },
    'documents.certificate': {},
    'documents.generateCertificate': {
      commonName: 'Panitia Seleksi',
      organization: 'Pemda',
      passphrase: 'sandi-sertifikat',
      passphraseRepeat: 'sandi-sertifikat',
    },
    'documents.importCertificate': { p12Base64: 'AAAA', passphrase: 'x' },
    'documents.generate': { request: { type: 'beritaAcara', selectionId: 's1' }, passphrase: 'sandi-sertifikat' },
    'documents.generateIndividualBatch': { selectionId: 's1', passphrase: 'sandi-sertifikat' },
    'documents.list': {},
    'documents.download': { documentId: 'd1' },
    'documents.open': { documentId: 'd1', action: 'open' },
    'documents.verify': { pdfBase64: 'JVBERi0=' },
    // (end of documents)
  };
}

function malformedVariants(valid: Record<string, unknown>): [string, unknown][] {
  const variants: [string, unknown][] = [
    ['null', null],
    ['a number', 42],
    ['a string', 'vault.create'],
    ['an array', [valid]],
    ['an unexpected field', { ...valid, isChair: true }],
  ];
  for (const key of Object.keys(valid)) {
    const { [key]: _dropped, ...rest } = valid;
    variants.push([`without ${key}`, rest]);
    variants.push([`${key} as an object`, { ...valid, [key]: { $ne: null } }]);
    variants.push([`${key} far too long`, { ...valid, [key]: 'x'.repeat(5000) }]);
  }
  return variants;
}

describe('every method rejects malformed arguments with a typed error and changes nothing', () => {
  it('covers the whole contract', async () => {
    const home = tempDir();
    const { call, raw, app } = testApp({ home });
    const path = join(home, 'v.panelis');
    await call('vault.create', { path, passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, committeeName: 'Panitia', language: 'id' });
    await call('people.setupChair', { name: 'Ketua Panitia', nip: '', password: 'rahasia-ketua', passwordRepeat: 'rahasia-ketua' });

    const events = async () =>
      Number(
        (
          await app.workspace
            .vault!.db.selectFrom('audit_events')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const config = () => readFileSync(join(home, 'config.json'), 'utf8');
    const all = validArgs(home);
    let checked = 0;
    for (const method of methodNames) {
      for (const [label, args] of malformedVariants(all[method] as Record<string, unknown>)) {
        // Some variants are still valid (optional fields, defaults, no length limit): only
        // the malformed ones are under test here.
        if (contract[method].args.safeParse(args).success) continue;
        const before = { events: await events(), vault: fileState(path), config: config(), session: app.workspace.session };
        const result = await raw(method, args);
        expect(result.ok, `${method} with ${label}`).toBe(false);
        if (!result.ok) {
          expect(result.error.code, `${method} with ${label}`).toBe('BAD_ARGUMENTS');
          expect(result.error.message.id).toMatch(/^Data yang dikirim tidak sah/);
          expect(result.error.message.en).toMatch(/^The data sent is not valid/);
          expect(JSON.stringify(result.error)).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack trace
        }
        expect(await events(), `${method} with ${label}: audit`).toBe(before.events);
        expect(fileState(path), `${method} with ${label}: vault file`).toBe(before.vault);
        expect(config(), `${method} with ${label}: app config`).toBe(before.config);
        expect(app.workspace.session).toEqual(before.session);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(methodNames.length * 5);
  });

  it('an unknown method is refused by name, without a stack trace', async () => {
    const { raw } = testApp({ home: tempDir() });
    for (const name of ['vault.drop', '__proto__', 'constructor', 42, null]) {
      const result = await raw(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });
});

describe('access before the handler runs', () => {
  it('locked, not signed in, and wrong role are refused in order', async () => {
    const home = tempDir();
    const { call, raw, app } = testApp({ home });
    expect(await raw('vault.check', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect(await raw('session.people', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    await call('vault.create', {
      path: join(home, 'v.panelis'),
      passphrase: PASSPHRASE,
      passphraseRepeat: PASSPHRASE,
      committeeName: 'Panitia',
      language: 'id',
    });
    expect(await raw('vault.check', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    expect(await raw('settings.setIdleMinutes', { minutes: 5 })).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });

    // A member (added directly here: adding people through the API comes with selection set-up).
    await app.workspace
      .vault!.db.insertInto('people')
      .values({
        id: 'm1',
        name: 'Anggota Satu',
        nip: '',
        role: 'member',
        password_hash: 'x',
        public_key: 'x',
        private_key_enc: 'x',
        must_change_password: 0,
        active: 1,
        created_at: new Date().toISOString(),
      })
      .execute();
    app.workspace.session = { personId: 'm1', name: 'Anggota Satu', role: 'member', mustChangePassword: false };
    for (const [method, args] of [
      ['vault.check', {}],
      ['vault.backup', {}],
      ['vault.rekey', { currentPassphrase: PASSPHRASE, newPassphrase: 'frasa-baru-panjang', newPassphraseRepeat: 'frasa-baru-panjang' }],
      ['settings.setIdleMinutes', { minutes: 5 }],
    ] as const) {
      const result = await raw(method, args);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { role: 'member' } } });
    }
    app.workspace.session = { personId: 'm1', name: 'Anggota Satu', role: 'observer', mustChangePassword: false };
    expect(await raw('vault.check', {})).toMatchObject({ ok: true });
    expect(await raw('vault.backup', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
