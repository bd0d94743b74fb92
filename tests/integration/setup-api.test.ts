import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../main/domain/audit/chain';
import { freezeRubric } from '../../main/domain/selections/rubric-versions';
import { CallFailed } from '../helpers/api-client';
import { committeeVault } from '../helpers/committee';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CallFailed) return e.error.code;
    throw e;
  }
  return 'OK';
}

describe('setting up a selection through the API', () => {
  it('the secretary applies the JPT template, edits weights and rubric; everything is on the record', async () => {
    const c = await committeeVault(tempDir());
    const secretary = await c.addPerson('Sri Wahyuni, S.E.', 'secretary');
    await c.as(secretary.personId);
    const detail = await c.call('selection.create', { template: 'jpt', title: 'Seleksi Terbuka JPT Pratama Provinsi Jambi 2026' });
    expect(detail.setup.stages.map((s) => s.weight)).toEqual([0, 25, 20, 35, 20]);
    expect(detail.members.map((m) => m.personId)).toEqual([secretary.personId]);
    // The template is complete; what is missing is someone with the member role to score.
    expect(detail.issues).toEqual([{ kind: 'noMembers' }]);
    expect(detail.rubricVersions).toHaveLength(4);

    const setup = structuredClone(detail.setup);
    setup.stages[3]!.weight = 30;
    setup.stages[3]!.rubric!.criteria[0]!.description = 'Konsisten antara kata dan perbuatan.';
    const saved = await c.call('selection.update', { selectionId: detail.id, setup });
    expect(saved.issues).toContainEqual({ kind: 'stageWeights', sum: 95 });
    expect(saved.setup.stages[3]!.rubric!.criteria[0]!.description).toBe('Konsisten antara kata dan perbuatan.');
    // A draft rubric is updated in place: still version 1, new hash.
    const v = saved.rubricVersions.find((r) => r.stageId === setup.stages[3]!.id)!;
    expect(v.version).toBe(1);

    const audit = await c.app.workspace
      .vault!.db.selectFrom('audit_events')
      .select(['action', 'summary'])
      .where('action', 'like', 'selection.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['selection.create', 'selection.update']);
    expect(JSON.parse(audit[1]!.summary).before.stages[3].weight).toBe(35);
    expect(JSON.parse(audit[1]!.summary).after.stages[3].weight).toBe(30);
    expect((await verifyAuditChain(c.app.workspace.vault!)).ok).toBe(true);
  });

  it('a frozen rubric changes only by the chair, as a new recorded version; its stage cannot be removed', async () => {
    const c = await committeeVault(tempDir());
    const secretary = await c.addPerson('Sri Wahyuni', 'secretary');
    const detail = await c.call('selection.create', { template: 'pppk', title: 'Seleksi PPPK Guru 2026' });
    const stage = detail.setup.stages[1]!;
    const vault = c.app.workspace.vault!;
    // A round opening freezes the rubric (rounds come with scoring; the freeze is here).
    await vault.db.transaction().execute((trx) => freezeRubric(trx, detail.id, stage.id, new Date().toISOString()));

    const edited = structuredClone(detail.setup);
    edited.stages[1]!.rubric!.criteria[0]!.name = 'Integritas';
    await c.as(secretary.personId);
    expect(await code(c.call('selection.update', { selectionId: detail.id, setup: edited }))).toBe('RUBRIC_FROZEN');
    const withoutStage = { ...structuredClone(detail.setup), stages: [detail.setup.stages[0]!], tieBreak: [] };
    expect(await code(c.call('selection.update', { selectionId: detail.id, setup: withoutStage }))).toBe('STAGE_IN_USE');

    await c.as(c.chair.personId);
    const after = await c.call('selection.update', { selectionId: detail.id, setup: edited });
    const versions = after.rubricVersions.filter((r) => r.stageId === stage.id);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions.every((v) => v.frozenAt !== null)).toBe(true);
    expect(versions[0]!.sha256).not.toBe(versions[1]!.sha256);
  });

  it('refuses references to stages or criteria that do not exist', async () => {
    const c = await committeeVault(tempDir());
    const detail = await c.call('selection.create', { template: 'cpns', title: 'CPNS Kabupaten Muaro Jambi' });
    const setup = structuredClone(detail.setup);
    setup.tieBreak.push({ kind: 'stageTotal', stageId: 'tidak-ada' });
    expect(await code(c.call('selection.update', { selectionId: detail.id, setup }))).toBe('INVALID_SETUP');
    const dup = structuredClone(detail.setup);
    dup.stages[2]!.id = dup.stages[1]!.id;
    expect(await code(c.call('selection.update', { selectionId: detail.id, setup: dup }))).toBe('INVALID_SETUP');
  });
});

describe('people, committee, conflicts', () => {
  it('new people must change their one-time password before anything else', async () => {
    const c = await committeeVault(tempDir());
    const member = await c.addPerson('Budi Santoso', 'member');
    expect(member.mustChangePassword).toBe(true);
    await c.call('session.signOut', {});
    const s = await c.call('session.signIn', { personId: member.personId, password: 'sementara-12' });
    expect(s.mustChangePassword).toBe(true);
    expect(await code(c.call('selection.list', {}))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      await code(
        c.call('session.changePassword', { currentPassword: 'salah', newPassword: 'baru-budi-1', newPasswordRepeat: 'baru-budi-1' }),
      ),
    ).toBe('WRONG_PASSWORD');
    await c.call('session.changePassword', {
      currentPassword: 'sementara-12',
      newPassword: 'baru-budi-1',
      newPasswordRepeat: 'baru-budi-1',
    });
    expect(await c.call('selection.list', {})).toEqual([]);
    // The one-time password never reaches the record.
    const audit = await c.app.workspace.vault!.db.selectFrom('audit_events').select('summary').execute();
    expect(audit.some((a) => a.summary.includes('sementara-12') || a.summary.includes('baru-budi-1'))).toBe(false);
  });

  it('only the chair adds a chair or a secretary', async () => {
    const c = await committeeVault(tempDir());
    const secretary = await c.addPerson('Sri Wahyuni', 'secretary');
    await c.as(secretary.personId);
    expect(
      await code(c.call('people.add', { name: 'Orang Baru', nip: '', position: '', role: 'secretary', initialPassword: 'sementara-9' })),
    ).toBe('ROLE_NOT_ALLOWED');
    expect(
      (await c.call('people.add', { name: 'Anggota Baru', nip: '', position: '', role: 'member', initialPassword: 'sementara-9' })).role,
    ).toBe('member');
  });

  it('members see only selections they sit on, and declare only their own conflicts', async () => {
    const c = await committeeVault(tempDir());
    const m1 = await c.addPerson('Anggota Satu', 'member');
    const m2 = await c.addPerson('Anggota Dua', 'member');
    const jpt = await c.call('selection.create', { template: 'jpt', title: 'JPT Kepala Dinas' });
    const other = await c.call('selection.create', { template: 'pppk', title: 'PPPK Guru' });
    await c.call('committee.set', { selectionId: jpt.id, personIds: [c.chair.personId, m1.personId, m2.personId] });
    const a = await c.call('applicants.add', {
      selectionId: jpt.id,
      applicant: { registrationNumber: 'JPT-001', name: "Sitti Nur'aini, S.H., M.H.", nik: '1571010101800001', education: 'S2 Hukum' },
    });
    const b = await c.call('applicants.add', {
      selectionId: jpt.id,
      applicant: { registrationNumber: 'JPT-002', name: 'Ir. Bambang Setiawan', nik: '1571010101790002' },
    });
    // The secretary or chair records a conflict for a member.
    const recorded = await c.call('conflicts.declare', {
      selectionId: jpt.id,
      applicantId: b.id,
      personId: m2.personId,
      reasonKind: 'work',
      reasonText: 'Atasan langsung pelamar',
    });
    expect(recorded.applicantCode).toBe(b.code);

    await c.as(m1.personId);
    expect((await c.call('selection.list', {})).map((s) => s.id)).toEqual([jpt.id]);
    expect(await code(c.call('selection.get', { selectionId: other.id }))).toBe('NOT_ON_COMMITTEE');
    expect(
      await code(
        c.call('conflicts.declare', {
          selectionId: jpt.id,
          applicantId: a.id,
          personId: m2.personId,
          reasonKind: 'family',
          reasonText: 'Saudara',
        }),
      ),
    ).toBe('FORBIDDEN');
    const mine = await c.call('conflicts.declare', {
      selectionId: jpt.id,
      applicantId: a.id,
      reasonKind: 'family',
      reasonText: 'Sepupu saya',
    });
    expect(mine.personId).toBe(m1.personId);
    expect([mine.applicantName, mine.applicantRegistrationNumber]).toEqual([null, null]);
    expect(mine.declaredByName).toBe('Anggota Satu');
    expect(
      await code(c.call('conflicts.declare', { selectionId: jpt.id, applicantId: a.id, reasonKind: 'family', reasonText: 'Sepupu saya' })),
    ).toBe('CONFLICT_EXISTS');
    expect((await c.call('conflicts.list', { selectionId: jpt.id })).map((x) => x.personId)).toEqual([m1.personId]);

    await c.as(c.chair.personId);
    const all = await c.call('conflicts.list', { selectionId: jpt.id });
    expect(all).toHaveLength(2);
    expect(all.find((x) => x.personId === m2.personId)).toMatchObject({
      applicantName: 'Ir. Bambang Setiawan',
      applicantRegistrationNumber: 'JPT-002',
      declaredByName: 'Dr. H. Ahmad Fauzi, M.Si.',
    });
    expect((await c.call('selection.get', { selectionId: jpt.id })).conflicts).toBe(2);
  });

  it('a blind member sees codes and only the fields marked visible; identity is never sent', async () => {
    const c = await committeeVault(tempDir());
    const m1 = await c.addPerson('Anggota Satu', 'member');
    const jpt = await c.call('selection.create', { template: 'jpt', title: 'JPT Kepala Dinas' });
    await c.call('committee.set', { selectionId: jpt.id, personIds: [c.chair.personId, m1.personId] });
    await c.call('applicants.add', {
      selectionId: jpt.id,
      applicant: {
        registrationNumber: 'JPT-001',
        name: 'Çut Nyak Dhién',
        nik: '1171010101800001',
        birthDate: '17/08/1980',
        gender: 'P',
        education: 'S2',
        agency: 'Dinas Pendidikan',
      },
    });
    await c.call('selection.setVisibleFields', { selectionId: jpt.id, fields: ['education'] });

    await c.as(m1.personId);
    const page = await c.call('applicants.list', { selectionId: jpt.id, query: '', status: 'all', offset: 0, limit: 10 });
    const row = page.rows[0]!;
    expect(row.code).toMatch(/^[A-Z]{3}-\d{3}$/);
    expect(row.name).toBeNull();
    expect(row.registrationNumber).toBeNull();
    expect(row.fields).toEqual({ education: 'S2' });
    expect(JSON.stringify(page)).not.toMatch(/Dhién|1171010101800001|1980|Dinas Pendidikan/);
    // Searching by name would tell a blind member who is who: members search codes only.
    expect((await c.call('applicants.list', { selectionId: jpt.id, query: 'Dhién', status: 'all', offset: 0, limit: 10 })).total).toBe(0);
    expect((await c.call('applicants.list', { selectionId: jpt.id, query: row.code, status: 'all', offset: 0, limit: 10 })).total).toBe(1);
  });

  it('applicants: add, edit, duplicates refused, withdraw keeps the record', async () => {
    const c = await committeeVault(tempDir());
    const s = await c.call('selection.create', { template: 'cpns', title: 'CPNS 2026' });
    const a = await c.call('applicants.add', {
      selectionId: s.id,
      applicant: {
        registrationNumber: '24100110000123',
        name: '  Dr.  Ir. Bambang  Soesatyo, M.B.A. ',
        nik: '3201010101900001',
        gpa: '3,45',
      },
    });
    expect(a.name).toBe('Dr. Ir. Bambang Soesatyo, M.B.A.');
    expect(a.fields.gpa).toBe('3.45');
    expect(
      await code(c.call('applicants.add', { selectionId: s.id, applicant: { registrationNumber: '24100110000123', name: 'Lain' } })),
    ).toBe('DUPLICATE_APPLICANT');
    expect(
      await code(
        c.call('applicants.add', { selectionId: s.id, applicant: { registrationNumber: 'X2', name: 'Lain', nik: '3201010101900001' } }),
      ),
    ).toBe('DUPLICATE_APPLICANT');
    expect(
      await code(c.call('applicants.add', { selectionId: s.id, applicant: { registrationNumber: 'X3', name: 'Lain', nik: '320101' } })),
    ).toBe('APPLICANT_INVALID');
    const edited = await c.call('applicants.update', { selectionId: s.id, applicantId: a.id, applicant: { education: 'S3' } });
    expect(edited.fields.education).toBe('S3');
    expect(edited.code).toBe(a.code);
    const w = await c.call('applicants.withdraw', { selectionId: s.id, applicantId: a.id, reason: 'Mengundurkan diri secara tertulis' });
    expect(w.status).toBe('withdrawn');
    expect(await code(c.call('applicants.update', { selectionId: s.id, applicantId: a.id, applicant: { education: 'S2' } }))).toBe(
      'APPLICANT_WITHDRAWN',
    );
    const page = await c.call('applicants.list', { selectionId: s.id, query: '', status: 'withdrawn', offset: 0, limit: 10 });
    expect(page.rows[0]?.withdrawnReason).toBe('Mengundurkan diri secara tertulis');
  });
});
