import type { DocumentRecord, MadeDocument } from '../../shared/contract';
import type { DemoClient } from './client';
import { PPPK_COMMITTEE, PPPK_LEGAL_BASIS, PPPK_MEETING, PPPK_TITLE, levelNote, pppkApplicants } from './pppk';

export interface PppkContext {
  /** Signs in as one of the pansel (ketua, sekretaris, anggota1, anggota2). */
  signInAs(key: 'ketua' | 'sekretaris' | 'anggota1' | 'anggota2'): Promise<void>;
  idOf(key: 'ketua' | 'sekretaris' | 'anggota1' | 'anggota2'): string;
  password(key: 'ketua' | 'sekretaris' | 'anggota1' | 'anggota2'): string;
  certificatePassphrase: string;
}

/**
 * A PPPK interview in the same vault with its own committee and legal basis: set up from the
 * PPPK template, four applicants, all MS at the gate, one blind round by two anggota, reveal,
 * a meeting with quorum, finalised; its berita acara and pengumuman. Through the dispatcher.
 */
export async function runPppkSelection(c: DemoClient, ctx: PppkContext): Promise<{ selectionId: string; documents: { record: DocumentRecord; label: string }[] }> {
  await ctx.signInAs('ketua');
  const created = await c.call('selection.create', { template: 'pppk', title: PPPK_TITLE });
  const selectionId = created.id;
  await c.call('selection.update', {
    selectionId,
    setup: { ...created.setup, agency: 'Pemerintah Provinsi Jambi', unit: 'Dinas Pendidikan Provinsi Jambi', decreeNumber: '800.1.2/1310/KEP.GUB/BKD-2.1/2026', startDate: '2026-11-20', endDate: '2026-12-04' },
  });
  const defaults = await c.call('documents.settings', { selectionId });
  await c.call('documents.saveSettings', {
    selectionId,
    settings: {
      ...defaults,
      agency: 'Pemerintah Provinsi Jambi',
      unit: PPPK_COMMITTEE,
      address: 'Jalan Jenderal Ahmad Yani No. 12, Telanaipura, Kota Jambi 36122',
      place: 'Jambi',
      numberFormat: '800.1.2/{seq}/{code}-PPPK/{roman}/{year}',
      committeeName: PPPK_COMMITTEE,
      legalBasis: PPPK_LEGAL_BASIS,
      timeZone: 'WIB',
      fingerprintPublishedAt: 'laman bkd.jambiprov.go.id/pppk dan papan pengumuman Dinas Pendidikan Provinsi Jambi',
    },
  });
  const keys = ['ketua', 'sekretaris', 'anggota1', 'anggota2'] as const;
  await c.call('committee.set', { selectionId, personIds: keys.map((k) => ctx.idOf(k)) });
  const applicants = [];
  for (const a of pppkApplicants) applicants.push(await c.call('applicants.add', { selectionId, applicant: { registrationNumber: a.registrationNumber, name: a.name, nik: a.nik, education: a.education } }));
  const setup = (await c.call('selection.get', { selectionId })).setup;
  const gate = setup.stages.find((s) => s.kind === 'gate')!;
  const interview = setup.stages.find((s) => s.kind === 'scored')!;
  await c.call('stageInputs.markRemaining', { selectionId, stageId: gate.id, decision: 'MS', undecided: applicants.length, note: 'Berkas lengkap dan memenuhi syarat formasi.' });

  const round = await c.call('rounds.create', { selectionId, stageId: interview.id });
  await c.call('rounds.open', { roundId: round.id });
  const byId = new Map(applicants.map((a, i) => [a.id, i]));
  for (const [m, key] of (['anggota1', 'anggota2'] as const).entries()) {
    await ctx.signInAs(key);
    const queue = await c.call('desk.queue', { roundId: round.id });
    for (const item of queue.items) {
      const a = pppkApplicants[byId.get(item.applicantId)!]!;
      for (const [k, criterion] of queue.rubric.criteria.entries()) {
        const value = a.levels[m]![k]!;
        await c.call('scores.save', { roundId: round.id, applicantId: item.applicantId, criterionId: criterion.id, value, note: levelNote[value]! });
      }
    }
    await c.call('desk.submit', { roundId: round.id, password: ctx.password(key) });
  }
  await ctx.signInAs('ketua');
  await c.call('rounds.close', { roundId: round.id });
  await c.call('rounds.reveal', { roundId: round.id, password: ctx.password('ketua'), secondPersonId: ctx.idOf('sekretaris'), secondPassword: ctx.password('sekretaris') });

  const meeting = await c.call('deliberation.createMeeting', { selectionId, ...PPPK_MEETING });
  for (const k of keys) await c.call('deliberation.setAttendance', { meetingId: meeting.id, personId: ctx.idOf(k), present: true });
  const check = await c.call('deliberation.finaliseCheck', { meetingId: meeting.id });
  await c.call('deliberation.finalise', { meetingId: meeting.id, confirmed: check.counts });
  await c.call('deliberation.closeMeeting', { meetingId: meeting.id });

  await ctx.signInAs('sekretaris');
  const sign = { passphrase: ctx.certificatePassphrase };
  const documents: { record: DocumentRecord; label: string }[] = [];
  const keep = (label: string, d: MadeDocument) => void documents.push({ record: d.record, label });
  keep('pppk-berita-acara-hasil-seleksi', await c.call('documents.generate', { request: { type: 'beritaAcara', selectionId }, ...sign }));
  keep(
    'pppk-pengumuman-hasil-seleksi',
    await c.call('documents.generate', { request: { type: 'pengumuman', selectionId, options: { identity: 'name', scores: false, alphabetical: true, passedOnly: false } }, ...sign }),
  );
  return { selectionId, documents };
}
