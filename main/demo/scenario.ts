import type { DocumentRecord, MadeDocument } from '../../shared/contract';
import { runPppkSelection } from './pppk-scenario';
import type { SelectionSetup, Stage } from '../../shared/selection/selection';
import { applicantInput, CONFLICT, demoApplicants, DISAGREEMENT, POSITIONS } from './applicants';
import type { DemoClient } from './client';
import { CERTIFICATE_PASSPHRASE, COMMITTEE_NAME, demoPeople, oneTimePassword, type DemoPerson } from './people';
import { assessmentScore, demoScore } from './scores';
import { demoSay } from './demo-text';

/**
 * The demo scenario, step by step through the contract (the same calls the app's screens
 * make): vault and people, the JPT selection for two posts, twelve applicants, the
 * administration gate and the imported assessment, a declared conflict, three blind panel
 * rounds scored and signed by the three anggota, the plenary meeting (a flagged disagreement
 * on the agenda, a vote, a member's revision), the two-person reveal, finalisation and every
 * signed document. Data lives in people.ts, applicants.ts and scores.ts.
 */

export const SELECTION_TITLE = 'Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama Provinsi Jambi Tahun 2026';
export const MEETING_DATE = '2026-11-23';
export const MEETING_PLACE = 'Ruang Rapat Pola Kantor Gubernur Jambi, Jalan Jenderal Ahmad Yani No. 1, Telanaipura';

export interface DemoOutcome {
  selectionId: string;
  selectionTitle: string;
  people: (DemoPerson & { personId: string })[];
  applicants: number;
  conflict: { member: string; applicantCode: string };
  disagreement: { applicantCode: string; criterion: string; member: string; from: number; to: number };
  rounds: { stage: string; roundId: string }[];
  finalSha256: string;
  /** Every document generated, in order, with a file label (type, stage, member, applicant). */
  documents: { record: DocumentRecord; label: string }[];
  /** What the meeting's agenda proposed from the results' disagreement flags. */
  proposals: { code: string; criteria: string[] }[];
}

const log = (progress: ((line: string) => void) | undefined, line: string) => progress?.(line);

export async function runScenario(c: DemoClient, vaultPath: string, passphrase: string, progress?: (line: string) => void): Promise<DemoOutcome> {
  // --- 1. The vault and the pansel.
  log(progress, `${demoSay('stepVault')} ...`);
  await c.call('vault.create', { path: vaultPath, passphrase, passphraseRepeat: passphrase, committeeName: COMMITTEE_NAME, language: 'id' });
  const ketua = demoPeople.find((p) => p.role === 'chair')!;
  const chair = await c.call('people.setupChair', { name: ketua.name, nip: ketua.nip, password: ketua.password, passwordRepeat: ketua.password });
  const ids = new Map<DemoPerson['key'], string>([[ketua.key, chair.personId]]);
  for (const p of demoPeople.filter((x) => x !== ketua)) {
    const added = await c.call('people.add', { name: p.name, nip: p.nip, position: p.position, role: p.role, initialPassword: oneTimePassword(p) });
    ids.set(p.key, added.personId);
  }
  const person = (key: DemoPerson['key']) => demoPeople.find((p) => p.key === key)!;
  const idOf = (key: DemoPerson['key']) => ids.get(key)!;
  const firstSignIn = new Set<string>([ketua.key]);
  async function signInAs(key: DemoPerson['key']) {
    const p = person(key);
    await c.call('session.signOut', {});
    if (!firstSignIn.has(key)) {
      // The one-time password, then the person's own (the app forces the change).
      await c.call('session.signIn', { personId: idOf(key), password: oneTimePassword(p) });
      await c.call('session.changePassword', { currentPassword: oneTimePassword(p), newPassword: p.password, newPasswordRepeat: p.password });
      firstSignIn.add(key);
    } else {
      await c.call('session.signIn', { personId: idOf(key), password: p.password });
    }
  }

  // --- 2. The selection: JPT template, two posts, committee, applicants.
  log(progress, `${demoSay('stepSelection')} ...`);
  const created = await c.call('selection.create', { template: 'jpt', title: SELECTION_TITLE });
  const setup: SelectionSetup = {
    ...created.setup,
    title: SELECTION_TITLE,
    agency: 'Pemerintah Provinsi Jambi',
    unit: 'Badan Kepegawaian Daerah Provinsi Jambi',
    address: 'Jalan Jenderal Ahmad Yani No. 1, Telanaipura, Kota Jambi 36122',
    decreeNumber: '800.1.3/1127/KEP.GUB/BKD-2.1/2026',
    startDate: '2026-10-05',
    endDate: '2026-12-18',
    positions: [
      { id: 'jpt-dikbud', name: POSITIONS.pendidikan, places: 1, proposePerPlace: 3 },
      { id: 'jpt-dinkes', name: POSITIONS.kesehatan, places: 1, proposePerPlace: 3 },
    ],
  };
  const selection = await c.call('selection.update', { selectionId: created.id, setup });
  const selectionId = selection.id;
  await c.call('committee.set', { selectionId, personIds: demoPeople.map((p) => idOf(p.key)) });
  const applicants = [];
  for (const [i, a] of demoApplicants.entries()) applicants.push(await c.call('applicants.add', { selectionId, applicant: applicantInput(a, i) }));
  await c.call('stageInputs.setOptions', { selectionId, options: { method: 'mean', standardise: false, minScorers: 2, disagreementFraction: 0.4 } });
  await c.call('deliberation.setConfig', { selectionId, quorumRule: { kind: 'moreThanHalf' }, objectionDays: 3 });

  // --- 3. Letterhead and the committee certificate (chair only).
  await c.call('documents.saveSettings', {
    selectionId,
    settings: {
      agency: 'Pemerintah Provinsi Jambi',
      unit: COMMITTEE_NAME,
      address: 'Jalan Jenderal Ahmad Yani No. 1, Telanaipura, Kota Jambi 36122. Telepon (0741) 60123',
      place: 'Jambi',
      logo: null,
      numberFormat: '800.1.3/{seq}/{code}-PANSEL/{roman}/{year}',
      paper: 'F4',
      margins: { top: 20, right: 20, bottom: 20, left: 25 },
      footer: 'Dokumen ini ditandatangani secara elektronik oleh Panitia Seleksi. Periksa keasliannya dengan: panelis verify BERKAS.pdf',
      legalBasis: [
        'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara.',
        'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020.',
        'Peraturan Menteri PANRB Nomor 15 Tahun 2019 tentang Pengisian Jabatan Pimpinan Tinggi secara Terbuka dan Kompetitif di Lingkungan Instansi Pemerintah.',
        'Keputusan Gubernur Jambi Nomor 800.1.3/1127/KEP.GUB/BKD-2.1/2026 tentang Pembentukan Panitia Seleksi Terbuka JPT Pratama.',
      ],
      committeeName: COMMITTEE_NAME,
      timeZone: 'WIB',
      fingerprintPublishedAt: 'laman bkd.jambiprov.go.id/pansel dan papan pengumuman BKD Provinsi Jambi',
    },
  });
  await c.call('documents.generateCertificate', {
    // One signing certificate per vault: the agency's, which signs the papers of both selections.
    commonName: 'Badan Kepegawaian Daerah Provinsi Jambi',
    organization: 'Pemerintah Provinsi Jambi',
    passphrase: CERTIFICATE_PASSPHRASE,
    passphraseRepeat: CERTIFICATE_PASSPHRASE,
  });

  // --- 4. The secretary: administration gate (all MS) and the assessment centre's results.
  log(progress, `${demoSay('stepGateAndAssessment')} ...`);
  await signInAs('sekretaris');
  const stage = (name: string): Stage => setup.stages.find((s) => s.name === name)!;
  const admin = stage('Seleksi administrasi');
  await c.call('stageInputs.markRemaining', {
    selectionId,
    stageId: admin.id,
    decision: 'MS',
    undecided: demoApplicants.length,
    note: 'Berkas lengkap dan memenuhi syarat jabatan (pangkat, pendidikan, pengalaman, usia).',
  });
  const assessment = stage('Assessment');
  const csv = `\ufeffNo Peserta;Nama;Nilai assessment (JPM)\r\n${demoApplicants
    .map((a) => `${a.registrationNumber};${a.name.replace(/;/g, ',')};${assessmentScore(a).toFixed(2).replace('.', ',')}`)
    .join('\r\n')}\r\n`;
  const file = { selectionId, stageId: assessment.id, fileName: 'hasil-assessment-center-bkn-2026.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') };
  const preview = await c.call('stageInputs.importPreview', file);
  await c.call('stageInputs.importCommit', { ...file, mapping: preview.mapping });

  // --- 5. The anggota sign in for the first time; one declares a conflict of interest.
  const members = demoPeople.filter((p) => p.role === 'member');
  for (const m of members) await signInAs(m.key);
  await signInAs(CONFLICT.memberKey);
  const conflicted = applicants[CONFLICT.applicantIndex]!;
  await c.call('conflicts.declare', { selectionId, applicantId: conflicted.id, reasonKind: CONFLICT.reasonKind, reasonText: CONFLICT.reasonText });

  // --- 6. Three blind panel rounds: open (rubric frozen and published), score, sign, close.
  const panelStages = setup.stages.filter((s) => s.kind === 'scored' && s.source === 'panel');
  const rounds: DemoOutcome['rounds'] = [];
  const documents: DemoOutcome['documents'] = [];
  const keep = (label: string, d: MadeDocument) => void documents.push({ record: d.record, label });
  const byId = new Map(applicants.map((a, i) => [a.id, i]));
  for (const st of panelStages) {
    log(progress, `${demoSay('stepScoring', { stage: st.name })} ...`);
    await signInAs('ketua');
    const round = await c.call('rounds.create', { selectionId, stageId: st.id });
    await c.call('rounds.open', { roundId: round.id });
    rounds.push({ stage: st.name, roundId: round.id });
    // The instrument as frozen when scoring opened: published before anyone scores.
    keep(`instrumen-${slug(st.name)}`, await c.call('documents.generate', { request: { type: 'instrumen', selectionId, stageId: st.id }, passphrase: CERTIFICATE_PASSPHRASE }));
    for (const m of members) {
      await signInAs(m.key);
      const queue = await c.call('desk.queue', { roundId: round.id });
      for (const item of queue.items) {
        if (item.status === 'recused') continue;
        const index = byId.get(item.applicantId)!;
        for (const criterion of queue.rubric.criteria) {
          const score = demoScore(st.name, demoApplicants[index]!, index, criterion, m.key);
          await c.call('scores.save', { roundId: round.id, applicantId: item.applicantId, criterionId: criterion.id, value: score.value, ...(score.note ? { note: score.note } : {}) });
        }
      }
      await c.call('desk.submit', { roundId: round.id, password: m.password });
    }
    await signInAs('ketua');
    await c.call('rounds.close', { roundId: round.id });
  }

  // --- 7. Rapat pleno: the flagged disagreement, a vote, the member's revision.
  log(progress, `${demoSay('stepPlenary')} ...`);
  const interview = stage('Wawancara');
  const disputed = applicants[DISAGREEMENT.applicantIndex]!;
  const criterion = interview.rubric!.criteria.find((x) => x.code === DISAGREEMENT.criterionCode)!;
  const meeting = await c.call('deliberation.createMeeting', { selectionId, date: MEETING_DATE, time: '13:30', place: MEETING_PLACE });
  for (const p of demoPeople) await c.call('deliberation.setAttendance', { meetingId: meeting.id, personId: idOf(p.key), present: true });
  const view = await c.call('deliberation.meeting', { meetingId: meeting.id });
  const proposal = view.proposals.find((p) => p.applicantId === disputed.id);
  if (!proposal) throw new Error(`demo: the arranged disagreement (${disputed.code}, ${criterion.code}) was not flagged`);
  const proposals = view.proposals.map((p) => ({ code: p.code, criteria: p.flags.map((f) => f.criterionName) }));
  const item = await c.call('deliberation.addItem', { meetingId: meeting.id, applicantId: disputed.id });
  const outlier = person(DISAGREEMENT.memberKey);
  await c.call('deliberation.setNotes', {
    itemId: item.id,
    notes: `Selisih penilaian pada kriteria ${criterion.name} (${criterion.code}) tahap Wawancara melebihi batas 40 % rentang skala. ${outlier.name} menjelaskan dasar nilainya; anggota lain merujuk jawaban studi kasus relokasi anggaran rumah sakit. Rapat sepakat nilai ditinjau kembali oleh anggota yang bersangkutan.`,
  });
  const motion = await c.call('deliberation.addMotion', {
    meetingId: meeting.id,
    itemId: item.id,
    text: `Anggota yang memberi nilai berbeda meninjau kembali nilai kriteria ${criterion.name} pelamar ${disputed.code} berdasarkan catatan wawancara.`,
    rule: 'majority',
  });
  const votes: [DemoPerson['key'], 'setuju' | 'tidakSetuju' | 'abstain'][] = [
    ['ketua', 'setuju'],
    ['sekretaris', 'setuju'],
    ['anggota1', 'setuju'],
    ['anggota2', 'abstain'],
    ['anggota3', 'tidakSetuju'],
  ];
  for (const [key, vote] of votes) await c.call('deliberation.vote', { motionId: motion.id, personId: idOf(key), vote });
  const decided = await c.call('deliberation.decideMotion', { motionId: motion.id });
  if (decided.outcome !== 'carried') throw new Error(`demo: the motion was ${decided.outcome}`);
  await c.call('deliberation.revise', {
    meetingId: meeting.id,
    itemId: item.id,
    personId: idOf(DISAGREEMENT.memberKey),
    password: outlier.password,
    applicantId: disputed.id,
    stageId: interview.id,
    criterionId: criterion.id,
    value: DISAGREEMENT.revisedValue,
    reason: DISAGREEMENT.revisionReason,
  });

  // --- 8. The two-person reveal of every round (ketua signed in, sekretaris types her password).
  log(progress, `${demoSay('stepReveal')} ...`);
  for (const r of rounds) {
    await c.call('rounds.reveal', { roundId: r.roundId, password: ketua.password, secondPersonId: idOf('sekretaris'), secondPassword: person('sekretaris').password });
  }

  // --- 9. The result: agreed, finalised, the meeting closed.
  const adopt = await c.call('deliberation.addMotion', {
    meetingId: meeting.id,
    text: 'Menetapkan hasil akhir seleksi terbuka JPT Pratama dan mengusulkan tiga nama terbaik untuk setiap jabatan kepada Pejabat Pembina Kepegawaian.',
    rule: 'mufakat',
  });
  for (const p of demoPeople) await c.call('deliberation.vote', { motionId: adopt.id, personId: idOf(p.key), vote: 'setuju' });
  await c.call('deliberation.decideMotion', { motionId: adopt.id });
  // The chair reads what is still open (flagged applicants never discussed, undecided gates,
  // incomplete rows) and confirms exactly that, as the Finalise dialog asks.
  const check = await c.call('deliberation.finaliseCheck', { meetingId: meeting.id });
  const final = await c.call('deliberation.finalise', { meetingId: meeting.id, confirmed: check.counts });
  await c.call('deliberation.closeMeeting', { meetingId: meeting.id });

  // --- 10. The signed documents (the sekretaris prepares them; signed with the committee certificate).
  log(progress, `${demoSay('stepDocuments')} ...`);
  await signInAs('sekretaris');
  const sign = { passphrase: CERTIFICATE_PASSPHRASE };
  for (const r of rounds) {
    for (const [i, m] of members.entries()) {
      keep(`lembar-penilaian-${slug(r.stage)}-anggota-${i + 1}`, await c.call('documents.generate', { request: { type: 'lembarPenilaian', roundId: r.roundId, personId: idOf(m.key) }, ...sign }));
    }
  }
  keep('notulen-rapat-pleno', await c.call('documents.generate', { request: { type: 'notulen', meetingId: meeting.id }, ...sign }));
  keep('berita-acara-hasil-seleksi', await c.call('documents.generate', { request: { type: 'beritaAcara', selectionId }, ...sign }));
  keep(
    'pengumuman-hasil-seleksi',
    await c.call('documents.generate', {
      request: { type: 'pengumuman', selectionId, options: { identity: 'name', scores: false, alphabetical: false, passedOnly: false } },
      ...sign,
    }),
  );
  // One hasil penilaian individu per applicant (the Dokumen tab's batch makes the same, unnamed).
  for (const [i, a] of applicants.entries()) {
    keep(`hasil-individu-${slug(demoApplicants[i]!.registrationNumber)}`, await c.call('documents.generate', { request: { type: 'hasilIndividu', selectionId, applicantId: a.id }, ...sign }));
  }

  // --- 11. A second, small selection in the same vault: a PPPK interview with its own committee and legal basis.
  log(progress, `${demoSay('stepPppk')} ...`);
  const pppk = await runPppkSelection(c, {
    signInAs,
    idOf,
    password: (key) => person(key).password,
    certificatePassphrase: CERTIFICATE_PASSPHRASE,
  });
  documents.push(...pppk.documents);

  return {
    selectionId,
    selectionTitle: SELECTION_TITLE,
    people: demoPeople.map((p) => ({ ...p, personId: idOf(p.key) })),
    applicants: applicants.length,
    conflict: { member: person(CONFLICT.memberKey).name, applicantCode: conflicted.code },
    disagreement: { applicantCode: disputed.code, criterion: `${criterion.code} ${criterion.name}`, member: outlier.name, from: DISAGREEMENT.value, to: DISAGREEMENT.revisedValue },
    rounds,
    finalSha256: final.sha256,
    documents,
    proposals,
  };
}

/** "Penulisan makalah" -> "penulisan-makalah", for file names. */
export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
