/**
 * The access matrix of issue 4: every API method x every role x every round state, with the
 * asking person's own data and someone else's, asserting allowed or denied. A denied call
 * fails with an access or state refusal and changes nothing (the audit chain does not grow);
 * an allowed read answers, and answers only what the role may see.
 *
 * Each round state is built once (draft with a calibration running, open, closed, revealed),
 * then every role gets a fresh copy of that vault, so one role's calls never disturb another's.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames, type Args, type MethodName } from '../../shared/contract';
import type { ErrorCode } from '../../shared/errors';
import type { Role } from '../../shared/roles';
import type { RoundState } from '../../shared/contract/scoring-types';
import { testApp } from '../helpers/api-client';
import { criteria, scoreAll, scoringCommittee } from '../helpers/scoring';
import { PASSPHRASE, useTempDir } from '../helpers/temp';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const tempDir = useTempDir();
const states: RoundState[] = ['draft', 'open', 'closed', 'revealed'];
const roles: Role[] = ['chair', 'secretary', 'member', 'observer'];

/** Refusals that mean "not you" or "not now". Anything else is a business answer to an allowed call. */
const DENIALS: ErrorCode[] = [
  'FORBIDDEN',
  'NOT_SIGNED_IN',
  'NOT_ON_COMMITTEE',
  'NOT_A_SCORER',
  'NOT_ASSIGNED',
  'RECUSED',
  'SHEET_SUBMITTED',
  'ROLE_NOT_ALLOWED',
  'ROUND_STATE',
  'CALIBRATION_STATE',
];

interface Fixture {
  path: string;
  passwords: Record<Role | 'budi', string>;
  people: Record<Role | 'budi', string>;
  selectionId: string;
  roundId: string;
  caseId: string | null;
  /** Ani (the member) scores a1; a2 is hers to recuse; a3 is only Budi's (panels). */
  a1: string;
  a2: string;
  a3: string;
}

async function buildFixture(state: RoundState, home: string): Promise<Fixture> {
  const c = await scoringCommittee(home);
  const [a1, a2, a3] = c.applicants.map((a) => a.id) as [string, string, string];
  await c.call('panels.save', {
    selectionId: c.selection.id,
    stageId: 'st-int',
    panels: [
      { name: 'Panel A', memberIds: [c.ani.personId, c.budi.personId], applicantIds: [a1, a2] },
      { name: 'Panel B', memberIds: [c.budi.personId], applicantIds: [a3] },
    ],
  });
  await c.call('conflicts.declare', {
    selectionId: c.selection.id,
    applicantId: a2,
    personId: c.ani.personId,
    reasonKind: 'work',
    reasonText: 'Mantan bawahan langsung',
  });
  // Everyone signs in once, so every password is final.
  for (const p of [c.secretary, c.ani, c.budi, c.observer]) await c.as(p.personId);
  await c.as(c.chair.personId);
  const view = await c.call('calibration.start', {
    roundId: c.round.id,
    cases: [{ label: 'Kasus contoh A', description: 'Jawaban wawancara contoh' }],
  });
  const caseId = view.cases[0]!.id;
  for (const p of [c.ani, c.budi]) {
    await c.as(p.personId);
    for (const k of criteria) await c.call('calibration.save', { roundId: c.round.id, caseId, criterionId: k, value: p === c.ani ? 3 : 2 });
  }
  if (state !== 'draft') {
    await c.as(c.chair.personId);
    await c.call('calibration.close', { roundId: c.round.id });
    await c.call('rounds.open', { roundId: c.round.id });
    await c.as(c.budi.personId);
    await scoreAll(c, () => 2);
    await c.as(c.ani.personId);
    await c.call('scores.save', { roundId: c.round.id, applicantId: a1, criterionId: criteria[1]!, value: 3 });
  }
  if (state === 'closed' || state === 'revealed') {
    await scoreAll(c, () => 3);
    await c.call('desk.submit', { roundId: c.round.id, password: c.passwords.get(c.ani.personId)! });
    await c.as(c.budi.personId);
    await c.call('desk.submit', { roundId: c.round.id, password: c.passwords.get(c.budi.personId)! });
    await c.as(c.chair.personId);
    await c.call('rounds.close', { roundId: c.round.id });
  }
  if (state === 'revealed') {
    await c.as(c.chair.personId);
    await c.call('rounds.reveal', {
      roundId: c.round.id,
      password: c.passwords.get(c.chair.personId)!,
      secondPersonId: c.secretary.personId,
      secondPassword: c.passwords.get(c.secretary.personId)!,
    });
  }
  await c.app.close();
  const pw = (id: string) => c.passwords.get(id)!;
  return {
    path: c.path,
    passwords: {
      chair: pw(c.chair.personId),
      secretary: pw(c.secretary.personId),
      member: pw(c.ani.personId),
      observer: pw(c.observer.personId),
      budi: pw(c.budi.personId),
    },
    people: {
      chair: c.chair.personId,
      secretary: c.secretary.personId,
      member: c.ani.personId,
      observer: c.observer.personId,
      budi: c.budi.personId,
    },
    selectionId: c.selection.id,
    roundId: c.round.id,
    caseId,
    a1,
    a2,
    a3,
  };
}

type Expect = 'allow' | 'deny';
interface Probe<M extends MethodName = MethodName> {
  method: M;
  label: string;
  args: Args<M>;
  /** Whether the call must be refused for this role in this state. */
  expect(role: Role, state: RoundState): Expect;
  /** For an allowed read: what must (not) be in the answer. */
  check?(value: unknown, role: Role, state: RoundState): void;
  /** Reads answer outright when allowed; mutations may give a business refusal (ROUND_EXISTS...). */
  read?: boolean;
}

const byContract =
  (m: MethodName) =>
  (role: Role): Expect => {
    const access = contract[m].access;
    return access.kind !== 'roles' || access.roles.includes(role) ? 'allow' : 'deny';
  };
const only =
  (...rs: Role[]) =>
  (role: Role): Expect =>
    rs.includes(role) ? 'allow' : 'deny';
const memberIn =
  (...ss: RoundState[]) =>
  (role: Role, state: RoundState): Expect =>
    role === 'member' && ss.includes(state) ? 'allow' : 'deny';
const never = (): Expect => 'deny';
const noScoreValues = (v: unknown) => expect(JSON.stringify(v)).not.toMatch(/"value"|"subtotal"|"scores"|ownMean|panelMean/);

function probes(fx: Fixture, home: string): Probe[] {
  const round = { roundId: fx.roundId };
  const sel = { selectionId: fx.selectionId };
  const other = (role: Role) => (role === 'chair' ? fx.people.secretary : fx.people.chair);
  const list: Probe[] = [];
  const add = <M extends MethodName>(p: Probe<M>) => list.push(p as unknown as Probe);
  const ani = fx.people.member;

  // --- reads
  add({ method: 'app.status', label: 'status', args: {}, expect: () => 'allow', read: true });
  add({ method: 'app.activity', label: 'activity', args: {}, expect: () => 'allow', read: true });
  add({ method: 'session.people', label: 'people to sign in', args: {}, expect: () => 'allow', read: true });
  add({ method: 'vault.check', label: 'check', args: {}, expect: byContract('vault.check'), read: true });
  add({ method: 'people.list', label: 'people', args: {}, expect: byContract('people.list'), read: true });
  add({ method: 'selection.list', label: 'selections', args: {}, expect: () => 'allow', read: true });
  add({ method: 'selection.get', label: 'selection', args: sel, expect: () => 'allow', read: true });
  add({ method: 'panels.list', label: 'panels', args: sel, expect: byContract('panels.list'), read: true });
  add({
    method: 'applicants.list',
    label: 'applicants',
    args: { ...sel, query: '', status: 'all', offset: 0, limit: 50 },
    expect: () => 'allow',
    read: true,
    check: (v, role) => {
      const page = v as { rows: { name: string | null; registrationNumber: string | null; fields: Record<string, unknown> }[] };
      // Members never receive hidden identity fields from the applicant list.
      if (role === 'member')
        for (const r of page.rows)
          expect([r.name, r.registrationNumber, r.fields.nik, r.fields.name]).toEqual([null, null, undefined, undefined]);
      else expect(page.rows.every((r) => r.name !== null)).toBe(true);
    },
  });
  add({
    method: 'conflicts.list',
    label: 'conflicts',
    args: sel,
    expect: () => 'allow',
    read: true,
    check: (v, role) => {
      const rows = v as { personId: string; applicantName: string | null }[];
      if (role === 'member') expect(rows.every((r) => r.personId === ani && r.applicantName === null)).toBe(true);
    },
  });
  add({ method: 'jobs.status', label: 'unknown job', args: { jobId: 'no-such-job' }, expect: () => 'allow' });
  add({ method: 'rounds.list', label: 'rounds', args: sel, expect: () => 'allow', read: true, check: noScoreValues });
  add({
    method: 'rounds.board',
    label: 'board',
    args: round,
    expect: only('chair', 'secretary', 'observer'),
    read: true,
    check: noScoreValues,
  });
  add({
    method: 'rounds.leniency',
    label: 'leniency',
    args: round,
    expect: (role, state) => (role === 'chair' && (state === 'closed' || state === 'revealed') ? 'allow' : 'deny'),
    read: true,
  });
  add({
    method: 'desk.queue',
    label: 'my queue',
    args: round,
    expect: memberIn('open', 'closed', 'revealed'),
    read: true,
    check: (v, _r, state) => {
      const q = v as { items: { applicantId: string; name: string | null }[] };
      expect(q.items.map((i) => i.applicantId).sort()).toEqual([fx.a1, fx.a2].sort());
      expect(q.items.every((i) => (state === 'revealed' ? i.name !== null : i.name === null))).toBe(true);
    },
  });
  add({
    method: 'desk.applicant',
    label: 'my applicant',
    args: { ...round, applicantId: fx.a1 },
    expect: memberIn('open', 'closed', 'revealed'),
    read: true,
    check: (v, _r, state) => {
      const d = v as { applicant: { name: string | null; fields: Record<string, unknown> } };
      if (state !== 'revealed') expect([d.applicant.name, d.applicant.fields.nik]).toEqual([null, undefined]);
    },
  });
  add({ method: 'desk.applicant', label: "another member's applicant", args: { ...round, applicantId: fx.a3 }, expect: never, read: true });
  add({ method: 'desk.applicant', label: 'a recused applicant', args: { ...round, applicantId: fx.a2 }, expect: never, read: true });
  add({
    method: 'desk.review',
    label: 'my review',
    args: round,
    expect: memberIn('open', 'closed', 'revealed'),
    read: true,
    check: (v) => {
      expect((v as { rows: { applicantId: string }[] }).rows.map((r) => r.applicantId).sort()).toEqual([fx.a1, fx.a2].sort());
    },
  });
  add({
    method: 'calibration.get',
    label: 'calibration',
    args: round,
    expect: () => 'allow',
    read: true,
    check: (v, role) => {
      const view = v as { mine: Record<string, Record<string, number | null>> };
      if (role !== 'member') expect(view.mine).toEqual({});
      else
        expect(
          Object.values(view.mine)
            .flatMap((m) => Object.values(m))
            .every((x) => x === 3),
        ).toBe(true); // Ani's own, never Budi's 2s
    },
  });
  add({
    method: 'calibration.results',
    label: 'calibration results',
    args: round,
    expect: (_role, state) => (state === 'draft' ? 'deny' : 'allow'),
    read: true,
    check: (v, role) => {
      const r = v as { criteria: { members: { personId: string }[] }[] };
      const seen = new Set(r.criteria.flatMap((c) => c.members.map((m) => m.personId)));
      if (role === 'member') expect([...seen]).toEqual([ani]);
      else expect(seen.size).toBe(2);
    },
  });

  add({
    method: 'results.get',
    label: 'results',
    args: sel,
    expect: () => 'allow',
    read: true,
    check: (v, role, state) => {
      const r = v as {
        blind: boolean;
        rows: {
          name: string | null;
          registrationNumber: string | null;
          final: number | null;
          stages: { score: number | null; criteria: unknown[] }[];
        }[];
        agreement: unknown[];
        disagreements: unknown[];
      };
      expect(r.rows).toHaveLength(3);
      // Members: codes only until the round is revealed; everyone else sees identities.
      if (role === 'member' && state !== 'revealed')
        expect(r.rows.every((x) => x.name === null && x.registrationNumber === null)).toBe(true);
      else expect(r.rows.every((x) => x.name !== null && x.registrationNumber !== null)).toBe(true);
      if (state === 'draft' || state === 'open') {
        // Independence: no value of an unclosed round, for anyone.
        expect(r.rows.every((x) => x.final === null && x.stages.every((s) => s.score === null && s.criteria.length === 0))).toBe(true);
        expect([r.agreement, r.disagreements]).toEqual([[], []]);
        noScoreValues(v);
      } else expect(r.rows.every((x) => x.final !== null)).toBe(true);
    },
  });
  add({
    method: 'results.get',
    label: 'results of a stage',
    args: { ...sel, stageId: 'st-int' },
    expect: () => 'allow',
    read: true,
    check: (v, _role, state) => {
      const r = v as { rows: { final: number | null }[] };
      if (state === 'draft' || state === 'open') expect(r.rows.every((x) => x.final === null)).toBe(true);
    },
  });

  // --- mutations: denied ones must change nothing; allowed ones may still meet a business rule
  add({
    method: 'scores.save',
    label: "another member's applicant",
    args: { ...round, applicantId: fx.a3, criterionId: criteria[0]!, value: 2 },
    expect: never,
  });
  add({
    method: 'scores.save',
    label: 'a recused applicant',
    args: { ...round, applicantId: fx.a2, criterionId: criteria[0]!, value: 2 },
    expect: never,
  });
  add({
    method: 'scores.save',
    label: 'my applicant',
    args: { ...round, applicantId: fx.a1, criterionId: criteria[2]!, value: 2 },
    expect: memberIn('open'),
  });
  add({
    method: 'calibration.save',
    label: 'my calibration score',
    args: { ...round, caseId: fx.caseId ?? 'none', criterionId: criteria[0]!, value: 3 },
    expect: memberIn('draft'),
  });
  add({ method: 'desk.submit', label: 'my sheet', args: { ...round, password: fx.passwords.member }, expect: memberIn('open') });
  add({ method: 'rounds.create', label: 'round exists', args: { ...sel, stageId: 'st-int' }, expect: byContract('rounds.create') });
  add({ method: 'rounds.open', label: 'open', args: round, expect: byContract('rounds.open') });
  add({
    method: 'rounds.excuse',
    label: 'excuse Budi',
    args: { ...round, personId: fx.people.budi, reason: 'Dinas luar kota' },
    expect: byContract('rounds.excuse'),
  });
  add({ method: 'rounds.close', label: 'close', args: round, expect: byContract('rounds.close') });
  add({
    method: 'rounds.reveal',
    label: 'reveal',
    args: { ...round, password: 'bukan-sandi', secondPersonId: fx.people.budi, secondPassword: 'bukan-sandi' },
    expect: byContract('rounds.reveal'),
  });
  add({
    method: 'calibration.start',
    label: 'start calibration',
    args: { ...round, cases: [{ label: 'Kasus B', description: '' }] },
    expect: byContract('calibration.start'),
  });
  add({ method: 'calibration.close', label: 'close calibration', args: round, expect: byContract('calibration.close') });
  add({
    method: 'conflicts.declare',
    label: "someone else's conflict",
    args: { ...sel, applicantId: fx.a3, personId: fx.people.budi, reasonKind: 'other', reasonText: 'Dicatat oleh orang lain' },
    expect: only('chair', 'secretary'),
  });
  add({
    method: 'conflicts.declare',
    label: 'my own conflict',
    args: { ...sel, applicantId: fx.a1, reasonKind: 'family', reasonText: 'Ternyata keponakan' },
    expect: only('chair', 'secretary', 'member'),
  });
  add({
    method: 'panels.save',
    label: 'panels',
    args: { ...sel, stageId: 'st-int', panels: [{ name: 'P', memberIds: [fx.people.budi], applicantIds: [fx.a1] }] },
    expect: byContract('panels.save'),
  });
  add({
    method: 'committee.set',
    label: 'committee',
    args: { ...sel, personIds: Object.values(fx.people) },
    expect: byContract('committee.set'),
  });
  add({
    method: 'selection.create',
    label: 'create selection',
    args: { template: null, title: 'Seleksi lain' },
    expect: byContract('selection.create'),
  });
  add({
    method: 'selection.update',
    label: 'update selection',
    args: {
      ...sel,
      setup: {
        kind: 'other',
        title: 'Seleksi diubah',
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
    expect: byContract('selection.update'),
  });
  add({
    method: 'selection.setVisibleFields',
    label: 'visible fields',
    args: { ...sel, fields: ['education', 'name'] },
    expect: byContract('selection.setVisibleFields'),
  });
  add({
    method: 'applicants.add',
    label: 'add applicant',
    args: { ...sel, applicant: { registrationNumber: 'PPPK-099', name: 'Pelamar Baru' } },
    expect: byContract('applicants.add'),
  });
  add({
    method: 'applicants.update',
    label: 'update applicant',
    args: { ...sel, applicantId: fx.a3, applicant: { registrationNumber: 'PPPK-003', name: 'Nama Diubah' } },
    expect: byContract('applicants.update'),
  });
  add({
    method: 'applicants.withdraw',
    label: 'withdraw applicant',
    args: { ...sel, applicantId: fx.a3, reason: 'Mengundurkan diri' },
    expect: byContract('applicants.withdraw'),
  });
  add({
    method: 'applicants.importParse',
    label: 'import',
    args: { ...sel, fileName: 'a.csv', contentBase64: Buffer.from('No Peserta;Nama\nX-1;Siti\n').toString('base64') },
    expect: byContract('applicants.importParse'),
  });
  add({
    method: 'applicants.importPreview',
    label: 'unknown import',
    args: { importId: 'none', overrides: {} },
    expect: byContract('applicants.importPreview'),
  });
  add({
    method: 'applicants.importCommit',
    label: 'unknown import',
    args: { importId: 'none', mapping: {}, overrides: {} },
    expect: byContract('applicants.importCommit'),
  });
  add({
    method: 'people.add',
    label: 'add a member',
    args: { name: 'Anggota Baru', nip: '', position: '', role: 'member', initialPassword: 'sementara-9' },
    expect: byContract('people.add'),
  });
  add({ method: 'settings.setIdleMinutes', label: 'idle', args: { minutes: 12 }, expect: byContract('settings.setIdleMinutes') });
  add({ method: 'vault.backup', label: 'backup', args: {}, expect: byContract('vault.backup') });
  add({
    method: 'vault.rekey',
    label: 'rekey, wrong current',
    args: { currentPassphrase: 'bukan-frasa-sandinya', newPassphrase: 'frasa-baru-panjang-1', newPassphraseRepeat: 'frasa-baru-panjang-1' },
    expect: byContract('vault.rekey'),
  });
  add({ method: 'app.setLanguage', label: 'language', args: { language: 'en' }, expect: () => 'allow' });
  add({ method: 'app.pickVaultPath', label: 'pick', args: { mode: 'open' }, expect: () => 'allow' });
  add({
    method: 'vault.create',
    label: 'while open',
    args: { path: join(home, 'x.panelis'), passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, committeeName: 'X', language: 'id' },
    expect: () => 'allow',
  });
  add({ method: 'vault.unlock', label: 'while open', args: { path: fx.path, passphrase: PASSPHRASE }, expect: () => 'allow' });
  add({
    method: 'people.setupChair',
    label: 'second chair',
    args: { name: 'Penyusup', nip: '', password: 'rahasia-penyusup', passwordRepeat: 'rahasia-penyusup' },
    expect: () => 'allow',
  });
  add({
    method: 'session.changePassword',
    label: 'wrong current',
    args: { currentPassword: 'bukan-sandinya', newPassword: 'sandi-baru-1', newPasswordRepeat: 'sandi-baru-1' },
    expect: () => 'allow',
  });
  add({
    method: 'session.signIn',
    label: 'as someone else, wrong password',
    args: { personId: other('member'), password: 'bukan-sandinya' },
    expect: () => 'allow',
  });
  // --- stage inputs: gate decisions, external scores, result options
  const gate = { ...sel, stageId: 'st-adm' };
  const scoresFile = {
    ...sel,
    stageId: 'st-int',
    fileName: 'skd.csv',
    contentBase64: Buffer.from('No Peserta;Nilai\nPPPK-001;10\n').toString('base64'),
  };
  add({ method: 'stageInputs.overview', label: 'stage inputs', args: sel, expect: () => 'allow', read: true });
  // Not `read: true`: earlier allowed probes of this session may have removed the stage (selection.update in draft).
  add({
    method: 'stageInputs.gate',
    label: 'gate decisions',
    args: gate,
    expect: () => 'allow',
    check: (v, role) => {
      const r = v as { rows: { name: string | null; registrationNumber: string | null }[] };
      expect(r.rows.length).toBeGreaterThanOrEqual(3);
      // Members: codes only, as in the applicant list.
      expect(r.rows.every((x) => (x.name === null && x.registrationNumber === null) === (role === 'member'))).toBe(true);
    },
  });
  add({
    method: 'stageInputs.recordGate',
    label: 'record MS',
    args: { ...gate, decisions: [{ applicantId: fx.a1, decision: 'MS', note: '' }] },
    expect: byContract('stageInputs.recordGate'),
  });
  add({
    method: 'stageInputs.markRemaining',
    label: 'all remaining MS, stale count',
    args: { ...gate, decision: 'MS', undecided: 999, note: '' },
    expect: byContract('stageInputs.markRemaining'),
  });
  add({
    method: 'stageInputs.importPreview',
    label: 'scores of a panel stage',
    args: scoresFile,
    expect: byContract('stageInputs.importPreview'),
  });
  add({
    method: 'stageInputs.importCommit',
    label: 'scores of a panel stage',
    args: { ...scoresFile, mapping: {} },
    expect: byContract('stageInputs.importCommit'),
  });
  add({
    method: 'stageInputs.setOptions',
    label: 'result options',
    args: { ...sel, options: { method: 'median', standardise: false, minScorers: 2, disagreementFraction: 0.4 } },
    expect: byContract('stageInputs.setOptions'),
  });
  // (end of stage inputs)

  // --- results screen: exports, member-level scores for charts
  const blindFor = (role: Role, state: RoundState) => role === 'member' && state !== 'revealed';
  // The "add applicant" probe above has run by now for the roles allowed to add one.
  const rowsFor = (role: Role) => (byContract('applicants.add')(role) === 'allow' ? 4 : 3);
  add({
    method: 'results.summary',
    label: 'results summary',
    args: sel,
    expect: () => 'allow',
    read: true,
    check: (v, role, state) => {
      const r = v as { blind: boolean; agreement: unknown[]; disagreements: unknown[]; counts: { all: number } };
      expect([r.counts.all, r.blind]).toEqual([rowsFor(role), blindFor(role, state)]);
      if (state === 'draft' || state === 'open') {
        expect([r.agreement, r.disagreements]).toEqual([[], []]);
        noScoreValues(v);
      }
      if (blindFor(role, state)) expect(JSON.stringify(v)).not.toMatch(/PPPK-00|Yohanes|Sitti|Made Wijaya/);
    },
  });
  add({
    method: 'results.table',
    label: 'result table page',
    args: { ...sel, sort: { column: 'final', direction: 'desc' }, filter: { outcome: 'all', query: '' }, offset: 0, limit: 50 },
    expect: () => 'allow',
    read: true,
    check: (v, role, state) => {
      const r = v as {
        total: number;
        rows: { name: string | null; registrationNumber: string | null; stages: { score: number | null; criteria: unknown[] }[] }[];
      };
      expect(r.total).toBe(rowsFor(role));
      if (blindFor(role, state)) expect(r.rows.every((x) => x.name === null && x.registrationNumber === null)).toBe(true);
      else expect(r.rows.every((x) => x.name !== null && x.registrationNumber !== null)).toBe(true);
      // Independence: no stage score of an unclosed round (the chair's set-up probe may have emptied the stages by now).
      if (state === 'draft' || state === 'open')
        expect(r.rows.every((x) => x.stages.every((st) => st.score === null && st.criteria.length === 0))).toBe(true);
    },
  });
  add({
    method: 'results.export',
    label: 'CSV export',
    args: { ...sel, format: 'csv', language: 'id' },
    expect: () => 'allow',
    read: true,
    check: (v, role, state) => {
      const text = Buffer.from((v as { base64: string }).base64, 'base64').toString('utf8');
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(rowsFor(role) + 1);
      if (blindFor(role, state)) expect(text).not.toMatch(/PPPK-00|Yohanes|Sitti|Made Wijaya/);
      else expect(text).toMatch(/PPPK-001/);
    },
  });
  // Before close: RESULTS_ROUND_NOT_COUNTED (a business refusal) for everyone; after: names for staff, a member sees only their own.
  add({
    method: 'results.memberScores',
    label: 'member scores for charts',
    args: { ...sel, stageId: 'st-int', applicantId: fx.a1 },
    expect: () => 'allow',
    check: (v, role, state) => {
      expect(['closed', 'revealed']).toContain(state);
      const r = v as { members: { name: string | null; self: boolean }[]; applicant: { name: string | null } };
      if (role === 'member') expect(r.members.filter((m) => m.name !== null).map((m) => m.self)).toEqual([true]);
      else expect(r.members.every((m) => m.name !== null)).toBe(true);
      expect(r.applicant.name === null).toBe(blindFor(role, state));
    },
  });
  // (end of results screen)

  // --- deliberation: meetings, votes, revisions, finalisation, objections
  // Meetings, items, motions and objections probed by unknown ids: allowed roles meet *_NOT_FOUND, never an access refusal.
  const meeting = { meetingId: 'no-such-meeting' };
  add({
    method: 'deliberation.overview',
    label: 'deliberation',
    args: sel,
    expect: () => 'allow',
    read: true,
    check: (v) => expect((v as { final: unknown }).final).toBeNull(),
  });
  add({ method: 'deliberation.meeting', label: 'unknown meeting', args: meeting, expect: byContract('deliberation.meeting') });
  add({ method: 'deliberation.minutes', label: 'unknown meeting', args: meeting, expect: byContract('deliberation.minutes') });
  add({
    method: 'deliberation.setConfig',
    label: 'quorum and objection period',
    args: { ...sel, quorumRule: { kind: 'twoThirds' }, objectionDays: 5 },
    expect: byContract('deliberation.setConfig'),
  });
  add({
    method: 'deliberation.createMeeting',
    label: 'open a meeting',
    args: { ...sel, date: '2026-11-24', time: '09:00', place: 'Ruang rapat' },
    expect: byContract('deliberation.createMeeting'),
  });
  add({
    method: 'deliberation.setAttendance',
    label: 'attendance',
    args: { ...meeting, personId: ani, present: true },
    expect: byContract('deliberation.setAttendance'),
  });
  add({
    method: 'deliberation.addItem',
    label: 'agenda item',
    args: { ...meeting, applicantId: fx.a1 },
    expect: byContract('deliberation.addItem'),
  });
  add({
    method: 'deliberation.setNotes',
    label: 'notes',
    args: { itemId: 'no-such-item', notes: 'catatan' },
    expect: byContract('deliberation.setNotes'),
  });
  add({
    method: 'deliberation.addMotion',
    label: 'motion',
    args: { ...meeting, text: 'Usulan', rule: 'majority' },
    expect: byContract('deliberation.addMotion'),
  });
  add({
    method: 'deliberation.vote',
    label: 'vote',
    args: { motionId: 'no-such-motion', personId: ani, vote: 'setuju' },
    expect: byContract('deliberation.vote'),
  });
  add({
    method: 'deliberation.decideMotion',
    label: 'decide',
    args: { motionId: 'no-such-motion' },
    expect: byContract('deliberation.decideMotion'),
  });
  add({
    method: 'deliberation.revise',
    label: 'revise Budi’s score, wrong password',
    args: {
      ...meeting,
      personId: fx.people.budi,
      password: 'bukan-sandi',
      applicantId: fx.a1,
      stageId: 'st-int',
      criterionId: 'c-know',
      value: 3,
      reason: 'Setelah pembahasan rapat',
    },
    expect: byContract('deliberation.revise'),
  });
  add({ method: 'deliberation.closeMeeting', label: 'close meeting', args: meeting, expect: byContract('deliberation.closeMeeting') });
  add({
    method: 'deliberation.finaliseCheck',
    label: 'what is still open before finalising',
    args: meeting,
    expect: byContract('deliberation.finaliseCheck'),
  });
  add({ method: 'deliberation.finalise', label: 'finalise', args: meeting, expect: byContract('deliberation.finalise') });
  add({
    method: 'deliberation.reopen',
    label: 'reopen, not final',
    args: { ...sel, reason: 'Sanggahan diterima' },
    expect: byContract('deliberation.reopen'),
  });
  add({
    method: 'deliberation.recordObjection',
    label: 'objection, not final',
    args: { ...sel, applicantId: fx.a1, receivedOn: '2026-11-24', text: 'Keberatan' },
    expect: byContract('deliberation.recordObjection'),
  });
  add({
    method: 'deliberation.answerObjection',
    label: 'answer',
    args: { objectionId: 'no-such-objection', answer: 'Jawaban', resultChanged: false },
    expect: byContract('deliberation.answerObjection'),
  });
  // (end of deliberation)

  // --- documents: generation, registry, verification
  // Allowed roles meet business refusals (no certificate, not final, unknown document), never an access refusal.
  add({ method: 'documents.settings', label: 'letterhead settings', args: sel, expect: byContract('documents.settings'), read: true });
  add({
    method: 'documents.defaults',
    label: 'vault-wide document defaults',
    args: {},
    expect: byContract('documents.defaults'),
    read: true,
  });
  add({ method: 'documents.certificate', label: 'signing certificate', args: {}, expect: byContract('documents.certificate'), read: true });
  add({ method: 'documents.list', label: 'generated documents', args: sel, expect: byContract('documents.list'), read: true });
  add({
    method: 'documents.verify',
    label: 'verify a file',
    args: { pdfBase64: Buffer.from('bukan PDF').toString('base64') },
    expect: byContract('documents.verify'),
    read: true,
    check: (v) => expect((v as { ok: boolean }).ok).toBe(false),
  });
  add({
    method: 'documents.download',
    label: 'unknown document',
    args: { documentId: 'no-such-document' },
    expect: byContract('documents.download'),
  });
  add({
    method: 'documents.open',
    label: 'open in the system viewer (desktop only)',
    args: { documentId: 'no-such-document', action: 'open' },
    expect: byContract('documents.open'),
  });
  add({
    method: 'documents.saveSettings',
    label: 'letterhead',
    args: {
      ...sel,
      settings: {
        agency: 'Pemda',
        unit: '',
        address: '',
        place: 'Kupang',
        logo: null,
        numberFormat: '{seq}/{code}/{year}',
        paper: 'A4',
        margins: { top: 20, right: 20, bottom: 20, left: 25 },
        footer: null,
        legalBasis: [],
        committeeName: 'Panitia Seleksi',
        timeZone: 'WITA',
        fingerprintPublishedAt: '',
      },
    },
    expect: byContract('documents.saveSettings'),
  });
  add({
    method: 'documents.saveDefaults',
    label: 'document defaults',
    args: {
      settings: {
        agency: 'Pemda',
        unit: '',
        address: '',
        place: 'Kupang',
        logo: null,
        numberFormat: '{seq}/{code}/{year}',
        paper: 'A4',
        margins: { top: 20, right: 20, bottom: 20, left: 25 },
        footer: null,
        legalBasis: [],
        committeeName: 'Panitia Seleksi',
        timeZone: 'WITA',
        fingerprintPublishedAt: '',
      },
    },
    expect: byContract('documents.saveDefaults'),
  });
  add({
    method: 'documents.importCertificate',
    label: 'not a .p12',
    args: { p12Base64: 'AAAA', passphrase: 'x' },
    expect: byContract('documents.importCertificate'),
  });
  add({
    method: 'documents.generate',
    label: 'berita acara, not final',
    args: { request: { type: 'beritaAcara', ...sel }, passphrase: 'sandi-sertifikat' },
    expect: byContract('documents.generate'),
  });
  add({
    method: 'documents.generateIndividualBatch',
    label: 'individual results, not final',
    args: { ...sel, passphrase: 'sandi-sertifikat' },
    expect: byContract('documents.generateIndividualBatch'),
  });
  add({
    method: 'documents.generateCertificate',
    label: 'committee certificate',
    args: { commonName: 'Panitia Seleksi', organization: 'Pemda', passphrase: 'sandi-sertifikat', passphraseRepeat: 'sandi-sertifikat' },
    expect: byContract('documents.generateCertificate'),
  });
  // (end of documents)

  // Last: these end the session (after every area's probes, which need it).
  add({ method: 'session.signOut', label: 'sign out', args: {}, expect: () => 'allow' });
  add({ method: 'vault.lock', label: 'lock', args: {}, expect: () => 'allow' });
  return list;
}

const fixtures = new Map<RoundState, Fixture>();
const buildHome = mkdtempSync(join(tmpdir(), 'panelis-matrix-'));

beforeAll(async () => {
  for (const state of states) fixtures.set(state, await buildFixture(state, join(buildHome, state)));
  return () => rmSync(buildHome, { recursive: true, force: true });
}, 240_000);

describe('access matrix: every method x role x round state x own/other data', () => {
  it('covers every method of the contract', () => {
    const fx = {
      path: '',
      passwords: {},
      people: { chair: 'c', secretary: 's', member: 'm', observer: 'o', budi: 'b' },
      selectionId: 's',
      roundId: 'r',
      caseId: 'k',
      a1: '1',
      a2: '2',
      a3: '3',
    } as unknown as Fixture;
    const covered = new Set(probes(fx, '/tmp').map((p) => p.method));
    expect(methodNames.filter((m) => !covered.has(m))).toEqual([]);
  });

  for (const state of states) {
    for (const role of roles) {
      it(`${role} while the round is ${state}`, async () => {
        const fx = fixtures.get(state)!;
        const home = tempDir();
        const path = join(home, 'copy.panelis');
        copyFileSync(fx.path, path);
        const { app, raw, call } = testApp({ home });
        await call('vault.unlock', { path, passphrase: PASSPHRASE });
        await call('session.signIn', { personId: fx.people[role], password: fx.passwords[role] });
        const events = async () =>
          app.workspace.vault
            ? Number(
                (
                  await app.workspace.vault.db
                    .selectFrom('audit_events')
                    .select((eb) => eb.fn.countAll<number>().as('n'))
                    .executeTakeFirstOrThrow()
                ).n,
              )
            : -1;
        const start = await events();
        const failures: string[] = [];
        for (const p of probes(fx, home)) {
          const before = await events();
          const result = await raw(p.method, p.args);
          const where = `${role}/${state}: ${p.method} (${p.label})`;
          const expected = p.expect(role, state);
          if (expected === 'deny') {
            if (result.ok) failures.push(`${where}: allowed, expected a refusal`);
            else if (!DENIALS.includes(result.error.code))
              failures.push(`${where}: refused with ${result.error.code}, not an access refusal`);
            if ((await events()) !== before) failures.push(`${where}: a refused call changed the record`);
          } else if (!result.ok && DENIALS.includes(result.error.code) && p.read !== false) {
            // Allowed calls may meet a business rule (ROUND_EXISTS, WRONG_PASSWORD); never an access refusal, except
            // a state refusal for a mutation that earlier allowed calls of this same session made moot.
            if (p.read || !['ROUND_STATE', 'CALIBRATION_STATE', 'SHEET_SUBMITTED'].includes(result.error.code))
              failures.push(`${where}: refused with ${result.error.code}, expected allowed`);
          } else if (p.read && !result.ok) {
            failures.push(`${where}: read refused with ${result.error.code}`);
          } else if (result.ok && p.check) {
            try {
              p.check(result.value, role, state);
            } catch (e) {
              failures.push(`${where}: ${(e as Error).message.split('\n')[0]}`);
            }
          }
        }
        // An observer changes nothing (the sign-out and lock at the end are the only events).
        if (role === 'observer') {
          const reopened = testApp({ home });
          await reopened.call('vault.unlock', { path, passphrase: PASSPHRASE });
          const after = Number(
            (
              await reopened.app.workspace
                .vault!.db.selectFrom('audit_events')
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          );
          const actions = await reopened.app.workspace
            .vault!.db.selectFrom('audit_events')
            .select('action')
            .where('seq', '>', start)
            .orderBy('seq')
            .execute();
          expect(actions.map((a) => a.action)).toEqual(['session.signOut', 'vault.lock']);
          expect(after).toBe(start + 2);
          await reopened.app.close();
        }
        expect(failures).toEqual([]);
        await app.close();
      }, 60_000);
    }
  }
});
