import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../main/domain/audit/chain';
import type { ResultsView } from '../../shared/contract';
import { CallFailed, failure } from '../helpers/api-client';
import { committeeVault } from '../helpers/committee';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const excelCsv = (header: string, rows: string[]) => `\ufeff${[header, ...rows].join('\r\n')}\r\n`;

/** A CPNS selection (administrasi gate, SKD and SKB external) with four applicants and a committee. */
async function cpns(home: string) {
  const c = await committeeVault(home);
  const secretary = await c.addPerson('Rina Wulandari, S.E.', 'secretary');
  const member = await c.addPerson('Ani Suryani, M.Pd.', 'member');
  const observer = await c.addPerson('Inspektur Pembantu', 'observer');
  const sel = await c.call('selection.create', { template: 'cpns', title: 'CPNS Kabupaten Muaro Jambi 2026' });
  await c.call('committee.set', {
    selectionId: sel.id,
    personIds: [c.chair.personId, secretary.personId, member.personId, observer.personId],
  });
  const applicants = [];
  for (const [i, name] of ['Siti Aminah', 'Budi Santoso', 'Citra Lestari', 'Dedi Kurniawan'].entries()) {
    applicants.push(
      await c.call('applicants.add', {
        selectionId: sel.id,
        applicant: { registrationNumber: `2026-00${i + 1}`, name, nik: `157101010180000${i + 1}` },
      }),
    );
  }
  const stage = (name: string) => sel.setup.stages.find((s) => s.name.startsWith(name))!;
  return { ...c, secretary, member, observer, sel, applicants, admin: stage('Seleksi administrasi'), skd: stage('SKD'), skb: stage('SKB') };
}

const audit = async (c: { app: { workspace: { vault: unknown } } }, action: string) => {
  const vault = (c.app.workspace as unknown as { vault: { db: import('kysely').Kysely<import('../../main/vault/schema').Database> } })
    .vault;
  const rows = await vault.db
    .selectFrom('audit_events')
    .select(['action', 'summary', 'actor_name'])
    .where('action', '=', action)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ ...r, summary: JSON.parse(r.summary) as Record<string, unknown> }));
};

describe('stage inputs: MS/TMS gate decisions', () => {
  it('records MS/TMS with reasons, bulk "all remaining MS" with a confirmed count; results follow; every change audited', async () => {
    const c = await cpns(tempDir());
    const sel = { selectionId: c.sel.id };
    const [a1, a2, a3, a4] = c.applicants as [
      (typeof c.applicants)[0],
      (typeof c.applicants)[0],
      (typeof c.applicants)[0],
      (typeof c.applicants)[0],
    ];

    const overview = await c.call('stageInputs.overview', sel);
    expect(overview.stages.map((s) => [s.name, s.kind, s.source])).toEqual([
      ['Seleksi administrasi', 'gate', 'panel'],
      ['SKD', 'scored', 'external'],
      ['SKB', 'scored', 'external'],
    ]);
    expect(overview.stages[0]!.gate).toEqual({ ms: 0, tms: 0, undecided: 4 });
    expect(overview.stages[1]!.components.map((x) => [x.code, x.max, x.minimum])).toEqual([
      ['TWK', 150, 65],
      ['TIU', 175, 80],
      ['TKP', 225, 166],
    ]);
    expect(overview).toMatchObject({
      optionsChosen: false,
      options: { method: 'mean', standardise: false, minScorers: 2, disagreementFraction: 0.4 },
    });
    let results: ResultsView = await c.call('results.get', sel);
    expect(results.stages.find((s) => s.stageId === c.admin.id)!.status).toBe('gateNotRecorded');

    await c.as(c.secretary.personId);
    const gate = { ...sel, stageId: c.admin.id };
    // TMS without a reason: refused, nothing written (the MS in the same call neither).
    expect(
      await failure(
        c.call('stageInputs.recordGate', {
          ...gate,
          decisions: [
            { applicantId: a1.id, decision: 'MS' },
            { applicantId: a2.id, decision: 'TMS', note: ' ' },
          ],
        }),
      ),
    ).toBe('TMS_NOTE_REQUIRED');
    expect((await c.call('stageInputs.gate', gate)).counts).toEqual({ ms: 0, tms: 0, undecided: 4 });
    // A gate call on a scored stage, an applicant of nobody, one named twice: refused.
    expect(
      await failure(c.call('stageInputs.recordGate', { ...sel, stageId: c.skd.id, decisions: [{ applicantId: a1.id, decision: 'MS' }] })),
    ).toBe('STAGE_NOT_GATE');
    expect(await failure(c.call('stageInputs.recordGate', { ...gate, decisions: [{ applicantId: 'nobody', decision: 'MS' }] }))).toBe(
      'APPLICANT_NOT_FOUND',
    );
    expect(
      await failure(
        c.call('stageInputs.recordGate', {
          ...gate,
          decisions: [
            { applicantId: a1.id, decision: 'MS' },
            { applicantId: a1.id, decision: 'TMS', note: 'dua kali' },
          ],
        }),
      ),
    ).toBe('BAD_ARGUMENTS');

    const first = await c.call('stageInputs.recordGate', {
      ...gate,
      decisions: [
        { applicantId: a1.id, decision: 'MS' },
        { applicantId: a2.id, decision: 'TMS', note: 'Ijazah tidak sesuai formasi' },
      ],
    });
    expect(first).toEqual({ changed: 2, counts: { ms: 1, tms: 1, undecided: 2 } });
    // The same again changes nothing.
    expect((await c.call('stageInputs.recordGate', { ...gate, decisions: [{ applicantId: a1.id, decision: 'MS' }] })).changed).toBe(0);

    // The confirmation said 3, there are 2 left: refused; with the right count all become MS.
    expect(await failure(c.call('stageInputs.markRemaining', { ...gate, decision: 'MS', undecided: 3 }))).toBe('GATE_COUNT_CHANGED');
    expect(await c.call('stageInputs.markRemaining', { ...gate, decision: 'MS', undecided: 2 })).toEqual({
      changed: 2,
      counts: { ms: 3, tms: 1, undecided: 0 },
    });

    const view = await c.call('stageInputs.gate', gate);
    expect(view.rows.map((r) => [r.registrationNumber, r.decision, r.decidedBy])).toEqual([
      ['2026-001', 'MS', 'Rina Wulandari, S.E.'],
      ['2026-002', 'TMS', 'Rina Wulandari, S.E.'],
      ['2026-003', 'MS', 'Rina Wulandari, S.E.'],
      ['2026-004', 'MS', 'Rina Wulandari, S.E.'],
    ]);
    expect(view.rows[1]!.note).toBe('Ijazah tidak sesuai formasi');

    results = await c.call('results.get', sel);
    expect(results.stages.find((s) => s.stageId === c.admin.id)!.status).toBe('counted');
    const budi = results.rows.find((r) => r.applicantId === a2.id)!;
    expect(budi.outcome).toBe('failed');
    expect(budi.reasons.map((r) => r.code)).toContain('gateNotMet');
    expect(JSON.stringify(budi.reasons)).toContain('Ijazah tidak sesuai formasi');
    // The others are not failed by the gate: they wait for SKD/SKB.
    expect(results.rows.find((r) => r.applicantId === a1.id)!.outcome).toBe('incomplete');
    // The gate's own view (results.get with stageId, `rank --stage`): MS passes, TMS fails with the note.
    const gateView = await c.call('results.get', { ...sel, stageId: c.admin.id });
    expect(gateView.rows.find((r) => r.applicantId === a1.id)!).toMatchObject({ passed: true, outcome: 'passed' });
    expect(gateView.rows.find((r) => r.applicantId === a2.id)!).toMatchObject({ passed: false, outcome: 'failed' });
    expect(gateView.rows.find((r) => r.applicantId === a2.id)!.reason!.code).toBe('gateNotMet');

    // Taking a decision back: undecided again, so incomplete ("gateUndecided").
    await c.call('stageInputs.recordGate', { ...gate, decisions: [{ applicantId: a3.id, decision: null }] });
    results = await c.call('results.get', sel);
    expect(results.rows.find((r) => r.applicantId === a3.id)!.reasons.map((r) => r.code)).toContain('gateUndecided');

    // A withdrawn applicant's decision cannot change.
    await c.call('applicants.withdraw', { selectionId: c.sel.id, applicantId: a4.id, reason: 'Mengundurkan diri' });
    expect(
      await failure(
        c.call('stageInputs.recordGate', { ...gate, decisions: [{ applicantId: a4.id, decision: 'TMS', note: 'Tidak hadir' }] }),
      ),
    ).toBe('APPLICANT_WITHDRAWN');

    const events = await audit(c, 'gates.record');
    expect(events).toHaveLength(4);
    expect(events[0]!.actor_name).toBe('Rina Wulandari, S.E.');
    expect(events[0]!.summary.after).toEqual([
      { applicantId: a1.id, registrationNumber: '2026-001', decision: 'MS', note: '' },
      { applicantId: a2.id, registrationNumber: '2026-002', decision: 'TMS', note: 'Ijazah tidak sesuai formasi' },
    ]);
    expect(events[2]!.summary).toMatchObject({ bulk: 'allRemainingMS' });
    expect((events[2]!.summary.after as unknown[]).length).toBe(2);
    expect(events[3]!.summary.before).toEqual([{ applicantId: a3.id, decision: 'MS', note: '' }]);
    expect((await verifyAuditChain(c.app.workspace.vault!)).ok).toBe(true);
  });

  it('members and observers read (members see codes only); neither records, imports or sets options', async () => {
    const c = await cpns(tempDir());
    const gate = { selectionId: c.sel.id, stageId: c.admin.id };
    const file = {
      selectionId: c.sel.id,
      stageId: c.skd.id,
      fileName: 'skd.csv',
      contentBase64: b64(excelCsv('No Peserta;TWK;TIU;TKP', ['2026-001;100;100;180'])),
    };
    for (const person of [c.member, c.observer]) {
      await c.as(person.personId);
      const view = await c.call('stageInputs.gate', gate);
      expect(view.rows).toHaveLength(4);
      const blind = person === c.member;
      expect(view.rows.every((r) => (r.name === null) === blind && (r.registrationNumber === null) === blind)).toBe(true);
      expect((await c.call('stageInputs.overview', { selectionId: c.sel.id })).stages).toHaveLength(3);
      expect(
        await failure(c.call('stageInputs.recordGate', { ...gate, decisions: [{ applicantId: c.applicants[0]!.id, decision: 'MS' }] })),
      ).toBe('FORBIDDEN');
      expect(await failure(c.call('stageInputs.markRemaining', { ...gate, decision: 'MS', undecided: 4 }))).toBe('FORBIDDEN');
      expect(await failure(c.call('stageInputs.importPreview', file))).toBe('FORBIDDEN');
      expect(await failure(c.call('stageInputs.importCommit', { ...file, mapping: {} }))).toBe('FORBIDDEN');
      expect(
        await failure(
          c.call('stageInputs.setOptions', {
            selectionId: c.sel.id,
            options: { method: 'median', standardise: false, minScorers: 2, disagreementFraction: 0.4 },
          }),
        ),
      ).toBe('FORBIDDEN');
    }
    await c.as(c.chair.personId);
    expect((await c.call('stageInputs.gate', gate)).counts.undecided).toBe(4);
  });
});

describe('stage inputs: externally scored stages', () => {
  it('preview reports every problem by row and writes nothing; commit imports; re-import replaces and keeps the old values in the audit', async () => {
    const c = await cpns(tempDir());
    const base = { selectionId: c.sel.id, stageId: c.skd.id, fileName: 'hasil-skd.csv' };
    const bad = excelCsv('NO. PESERTA;Nama;Nilai TWK;Nilai TIU;Nilai TKP', [
      '2026-001;Siti;100;120;180',
      '2026-009;X;100;120;180',
      '2026-002;Budi;90,5;200;170',
      '2026-001;Siti;1;1;1',
      '2026-003;Citra;;100;170',
    ]);
    const preview = await c.call('stageInputs.importPreview', { ...base, contentBase64: b64(bad) });
    const byCode = new Map(preview.components.map((x) => [x.criterionId, x.code]));
    expect(
      Object.entries(preview.mapping).map(([h, t]) => [h, t === null ? null : t === 'registrationNumber' ? t : byCode.get(t)]),
    ).toEqual([
      ['NO. PESERTA', 'registrationNumber'],
      ['Nama', null],
      ['Nilai TWK', 'TWK'],
      ['Nilai TIU', 'TIU'],
      ['Nilai TKP', 'TKP'],
    ]);
    expect(preview.problems.map((p) => [p.rowNumber, p.code, p.criterionId && byCode.get(p.criterionId)])).toEqual([
      [3, 'UNKNOWN_REGISTRATION', null],
      [4, 'OFF_SCALE', 'TIU'],
      [5, 'DUPLICATE_IN_FILE', null],
      [6, 'MISSING_VALUE', 'TWK'],
    ]);
    expect(preview.problems[1]!.message.id).toBe('Nilai TIU 200 di luar skala 0–175.');
    expect(preview).toMatchObject({ totalRows: 5, acceptedRows: 1, replaces: null });
    expect(preview.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await failure(c.call('stageInputs.importCommit', { ...base, contentBase64: b64(bad), mapping: preview.mapping }))).toBe(
      'SCORES_REJECTED_ROWS',
    );
    expect((await c.call('stageInputs.overview', { selectionId: c.sel.id })).stages[1]!.import).toBeNull();

    // A mapping that leaves TKP out, or takes TWK twice: refused.
    const twk = preview.components[0]!.criterionId;
    expect(
      await failure(
        c.call('stageInputs.importPreview', { ...base, contentBase64: b64(bad), mapping: { ...preview.mapping, 'Nilai TKP': null } }),
      ),
    ).toBe('SCORES_MAPPING_INCOMPLETE');
    expect(
      await failure(c.call('stageInputs.importPreview', { ...base, contentBase64: b64(bad), mapping: { ...preview.mapping, Nama: twk } })),
    ).toBe('SCORES_MAPPING_INVALID');
    // Not an external stage.
    expect(await failure(c.call('stageInputs.importPreview', { ...base, stageId: c.admin.id, contentBase64: b64(bad) }))).toBe(
      'STAGE_NOT_EXTERNAL',
    );
    expect(await failure(c.call('stageInputs.importPreview', { ...base, contentBase64: b64('%PDF-1.4 not a sheet') }))).toBe(
      'IMPORT_UNREADABLE',
    );

    const good = excelCsv('NO. PESERTA;TWK;TIU;TKP', ['2026-001;100;120;180', '2026-002;60;150;200', '2026-003;120;100;170']);
    const ok = await c.call('stageInputs.importPreview', { ...base, contentBase64: b64(good) });
    expect(ok).toMatchObject({ problems: [], acceptedRows: 3, notInFile: 1 });
    expect(await c.call('stageInputs.importCommit', { ...base, contentBase64: b64(good), mapping: ok.mapping })).toEqual({
      imported: 3,
      sha256: ok.sha256,
      replaced: false,
    });
    const info = (await c.call('stageInputs.overview', { selectionId: c.sel.id })).stages[1]!.import!;
    expect(info).toMatchObject({
      fileName: 'hasil-skd.csv',
      sha256: ok.sha256,
      rowCount: 3,
      rubricVersion: 1,
      importedBy: 'Dr. H. Ahmad Fauzi, M.Si.',
    });

    let results = await c.call('results.get', { selectionId: c.sel.id, stageId: c.skd.id });
    expect(results.stages.find((s) => s.stageId === c.skd.id)).toMatchObject({ status: 'counted', rubricVersion: 1 });
    const skdOf = (v: ResultsView, id: string) => v.rows.find((r) => r.applicantId === id)!;
    expect(skdOf(results, c.applicants[0]!.id).final).toBe(400);
    expect(skdOf(results, c.applicants[1]!.id).outcome).toBe('failed');
    // The rubric is frozen by the import: the secretary can no longer change SKD's passing grades.
    const detail = await c.call('selection.get', { selectionId: c.sel.id });
    expect(detail.rubricVersions.find((v) => v.stageId === c.skd.id)!.frozenAt).not.toBeNull();

    // Re-import: the new file replaces the old values; the audit keeps them.
    const corrected = excelCsv('NO. PESERTA;TWK;TIU;TKP', ['2026-001;100;120;180', '2026-002;70;150;200']);
    const p2 = await c.call('stageInputs.importPreview', { ...base, fileName: 'hasil-skd-revisi.csv', contentBase64: b64(corrected) });
    expect(p2.replaces).toMatchObject({ fileName: 'hasil-skd.csv', rowCount: 3 });
    expect(
      (
        await c.call('stageInputs.importCommit', {
          ...base,
          fileName: 'hasil-skd-revisi.csv',
          contentBase64: b64(corrected),
          mapping: p2.mapping,
        })
      ).replaced,
    ).toBe(true);
    results = await c.call('results.get', { selectionId: c.sel.id, stageId: c.skd.id });
    expect(skdOf(results, c.applicants[1]!.id).final).toBe(420);
    expect(skdOf(results, c.applicants[2]!.id).final).toBeNull();

    const events = await audit(c, 'scores.import');
    expect(events).toHaveLength(2);
    expect(events[0]!.summary).toMatchObject({
      fileName: 'hasil-skd.csv',
      sha256: ok.sha256,
      rowCount: 3,
      stageId: c.skd.id,
      before: null,
    });
    expect(events[1]!.summary).toMatchObject({
      fileName: 'hasil-skd-revisi.csv',
      rowCount: 2,
      before: { fileName: 'hasil-skd.csv', values: { '2026-002': { TWK: 60, TIU: 150, TKP: 200 }, '2026-003': { TWK: 120 } } },
    });
    expect((await verifyAuditChain(c.app.workspace.vault!)).ok).toBe(true);
  });
});

describe('stage inputs: result options', () => {
  it('chair or secretary choose the method; results are computed with it; bad options are refused', async () => {
    const c = await cpns(tempDir());
    const options = { method: 'trimmed' as const, standardise: true, minScorers: 3, disagreementFraction: 0.25 };
    expect(await failure(c.call('stageInputs.setOptions', { selectionId: c.sel.id, options: { ...options, minScorers: 0 } }))).toBe(
      'BAD_ARGUMENTS',
    );
    expect(
      await failure(c.call('stageInputs.setOptions', { selectionId: c.sel.id, options: { ...options, disagreementFraction: 0 } })),
    ).toBe('BAD_ARGUMENTS');
    expect(
      await failure(
        c.raw('stageInputs.setOptions', { selectionId: c.sel.id, options: { ...options, extra: 1 } }).then((e) => {
          if (!e.ok) throw new CallFailed(e.error);
        }),
      ),
    ).toBe('BAD_ARGUMENTS');
    await c.as(c.secretary.personId);
    expect(await c.call('stageInputs.setOptions', { selectionId: c.sel.id, options })).toEqual(options);
    const overview = await c.call('stageInputs.overview', { selectionId: c.sel.id });
    expect(overview).toMatchObject({ optionsChosen: true, options });
    const results = await c.call('results.get', { selectionId: c.sel.id });
    expect(results.options).toEqual(options);
    const events = await audit(c, 'results.options');
    expect(events.map((e) => [e.summary.before, e.summary.after])).toEqual([[null, options]]);
  });
});

describe('stage inputs after finalisation', () => {
  it('gate decisions, imports and option changes are refused while a final snapshot stands, and allowed after a reopening', async () => {
    const c = await cpns(tempDir());
    const vault = c.app.workspace.vault!;
    // A standing final snapshot, as deliberation.finalise leaves it (the meeting flow is tested in the deliberation area).
    await vault.db
      .insertInto('final_snapshots')
      .values({
        id: 'snap-1',
        selection_id: c.sel.id,
        meeting_id: null,
        payload: '{}',
        sha256: 'a'.repeat(64),
        finalised_by: c.chair.personId,
        finalised_by_name: 'Ketua',
        finalised_at: '2026-11-23T02:00:00.000Z',
        reopened_by: null,
        reopened_at: null,
        reopen_reason: null,
      })
      .execute();
    const gate = { selectionId: c.sel.id, stageId: c.admin.id };
    const file = {
      selectionId: c.sel.id,
      stageId: c.skd.id,
      fileName: 'skd.csv',
      contentBase64: b64(excelCsv('No Peserta;TWK;TIU;TKP', ['2026-001;100;120;180'])),
    };
    const options = { method: 'median' as const, standardise: false, minScorers: 2, disagreementFraction: 0.4 };
    const events = async () => (await vault.db.selectFrom('audit_events').select('seq').execute()).length;
    const before = await events();
    expect(
      await failure(c.call('stageInputs.recordGate', { ...gate, decisions: [{ applicantId: c.applicants[0]!.id, decision: 'MS' }] })),
    ).toBe('SELECTION_FINAL');
    expect(await failure(c.call('stageInputs.markRemaining', { ...gate, decision: 'MS', undecided: 4 }))).toBe('SELECTION_FINAL');
    // Even the preview is refused: a final selection takes no new scores, so say so at once.
    expect(await failure(c.call('stageInputs.importPreview', file))).toBe('SELECTION_FINAL');
    expect(await failure(c.call('stageInputs.importCommit', { ...file, mapping: {} }))).toBe('SELECTION_FINAL');
    expect(await failure(c.call('stageInputs.setOptions', { selectionId: c.sel.id, options }))).toBe('SELECTION_FINAL');
    expect(await events()).toBe(before);
    expect((await c.call('stageInputs.gate', gate)).counts.undecided).toBe(4);

    await vault.db
      .updateTable('final_snapshots')
      .set({ reopened_by: c.chair.personId, reopened_at: '2026-11-24T02:00:00.000Z', reopen_reason: 'sanggahan' })
      .execute();
    expect(
      (await c.call('stageInputs.recordGate', { ...gate, decisions: [{ applicantId: c.applicants[0]!.id, decision: 'MS' }] })).changed,
    ).toBe(1);
  });
});

describe('stage inputs: an XLSX export from CAT BKN', () => {
  it('reads a workbook with a title row above the header, number cells and a formula total', async () => {
    const c = await cpns(tempDir());
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Hasil SKD');
    sheet.addRow(['REKAP HASIL SKD CPNS 2026']);
    sheet.addRow(['No', 'No Peserta', 'Nama', 'TWK', 'TIU', 'TKP', 'Total']);
    const rows: [string, number, number, number][] = [
      ['2026-001', 100, 120, 180],
      ['2026-002', 65, 80, 166],
      ['2026-004', 150, 175, 225],
    ];
    rows.forEach(([reg, twk, tiu, tkp], i) => {
      const r = sheet.addRow([i + 1, reg, 'x', twk, tiu, tkp]);
      r.getCell(7).value = { formula: `SUM(D${r.number}:F${r.number})`, result: twk + tiu + tkp };
    });
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const args = { selectionId: c.sel.id, stageId: c.skd.id, fileName: 'rekap-skd.xlsx', contentBase64: content };
    const preview = await c.call('stageInputs.importPreview', args);
    expect(preview).toMatchObject({ totalRows: 3, acceptedRows: 3, problems: [], notInFile: 1 });
    expect(preview.mapping).toMatchObject({ No: null, Total: null, 'No Peserta': 'registrationNumber' });
    await c.call('stageInputs.importCommit', { ...args, mapping: preview.mapping });
    const skd = await c.call('results.get', { selectionId: c.sel.id, stageId: c.skd.id });
    const score = (i: number) => skd.rows.find((r) => r.applicantId === c.applicants[i]!.id)!;
    expect([score(0).final, score(1).final, score(3).final]).toEqual([400, 311, 550]);
    // Exactly on every passing grade passes; Citra has no SKD row and is not scored.
    expect(score(1).passed).toBe(true);
    expect(score(2).final).toBeNull();
  });
});
