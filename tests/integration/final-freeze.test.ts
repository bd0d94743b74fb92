/**
 * Final means final: the whole contract walked against a finalised selection. Every method
 * whose declared effect is `results` is refused with SELECTION_FINAL (who, when, how to
 * reopen), and afterwards the audit chain, `results.get` and the snapshot's hash are exactly
 * as they were. Methods that write without the flag carry a written reason. The CLI's two
 * writing imports are refused the same way, writing nothing.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, methodNames, type Args, type MethodName } from '../../shared/contract';
import type { Role } from '../../shared/roles';
import { failure } from '../helpers/api-client';
import { cli } from '../helpers/cli';
import { finalisedSelection } from '../helpers/final';
import { criteria } from '../helpers/scoring';
import { PASSPHRASE, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const finalised = () => finalisedSelection(tempDir());

describe('final means final', () => {
  it('refuses every method that alters results in a finalised selection; nothing moves', async () => {
    const f = await finalised();
    const { c, sel } = f;
    const vault = c.app.workspace.vault!;
    const [a0, a1] = c.applicants;
    const chainLength = async () => Number((vault.raw.prepare('select count(*) as n from audit_events').get() as { n: number }).n);
    const snapshotHash = () => {
      const row = vault.raw
        .prepare('select payload, sha256 from final_snapshots where selection_id = ? and reopened_at is null')
        .get(sel) as { payload: string; sha256: string };
      expect(createHash('sha256').update(row.payload).digest('hex')).toBe(row.sha256);
      return row.sha256;
    };
    const before = {
      chain: await chainLength(),
      results: JSON.stringify(await c.call('results.get', { selectionId: sel })),
      sha: snapshotHash(),
    };
    expect(before.sha).toBe(f.fin.sha256);

    const settings = await c.call('documents.settings', { selectionId: sel });
    const setup = (await c.call('selection.get', { selectionId: sel })).setup;
    const gateFile = {
      selectionId: sel,
      stageId: 'st-int',
      fileName: 'nilai.csv',
      contentBase64: Buffer.from('No Peserta;Nilai\r\nPPPK-001;80\r\n').toString('base64'),
    };
    /** Arguments aimed at the finalised selection for every method flagged as altering results. */
    const args: { [M in MethodName]?: Args<M> } = {
      'selection.update': { selectionId: sel, setup: { ...setup, title: 'Judul yang diubah setelah final' } },
      'selection.setVisibleFields': { selectionId: sel, fields: ['education'] },
      'applicants.add': { selectionId: sel, applicant: { registrationNumber: 'PPPK-010', name: 'Pelamar Baru' } },
      'applicants.update': { selectionId: sel, applicantId: a0!.id, applicant: { name: 'Nama Diubah' } },
      'applicants.withdraw': { selectionId: sel, applicantId: a1!.id, reason: 'Mengundurkan diri setelah final' },
      'applicants.importParse': {
        selectionId: sel,
        fileName: 'lagi.csv',
        contentBase64: Buffer.from('No Peserta;Nama\r\nPPPK-011;Siti\r\n').toString('base64'),
      },
      'applicants.importPreview': { importId: f.importId, overrides: {} },
      'applicants.importCommit': { importId: f.importId, mapping: {}, overrides: {} },
      'committee.set': { selectionId: sel, personIds: [c.chair.personId, c.ani.personId] },
      'conflicts.declare': {
        selectionId: sel,
        applicantId: a0!.id,
        personId: c.budi.personId,
        reasonKind: 'family',
        reasonText: 'Ipar, baru diketahui',
      },
      'panels.save': {
        selectionId: sel,
        stageId: 'st-int',
        panels: [{ name: 'Panel A', memberIds: [c.ani.personId], applicantIds: [a0!.id] }],
      },
      'rounds.create': { selectionId: sel, stageId: 'st-int' },
      'rounds.open': { roundId: c.round.id },
      'rounds.excuse': { roundId: c.round.id, personId: c.budi.personId, reason: 'Berhalangan' },
      'rounds.close': { roundId: c.round.id },
      'rounds.reveal': {
        roundId: c.round.id,
        password: c.passwords.get(c.chair.personId)!,
        secondPersonId: c.secretary.personId,
        secondPassword: c.passwords.get(c.secretary.personId)!,
      },
      'scores.save': { roundId: c.round.id, applicantId: a0!.id, criterionId: criteria[0]!, value: 4 },
      'desk.submit': { roundId: c.round.id, password: c.passwords.get(c.ani.personId)! },
      'calibration.start': { roundId: c.round.id, cases: [{ label: 'Kasus', description: 'Contoh' }] },
      'calibration.save': { roundId: c.round.id, caseId: 'case-1', criterionId: criteria[0]!, value: 2 },
      'calibration.close': { roundId: c.round.id },
      'stageInputs.recordGate': {
        selectionId: sel,
        stageId: 'st-adm',
        decisions: [{ applicantId: a0!.id, decision: 'TMS', note: 'Berkas palsu' }],
      },
      'stageInputs.markRemaining': { selectionId: sel, stageId: 'st-adm', decision: 'MS', undecided: 1 },
      'stageInputs.importPreview': gateFile,
      'stageInputs.importCommit': { ...gateFile, mapping: {} },
      'stageInputs.setOptions': {
        selectionId: sel,
        options: { method: 'median', standardise: false, minScorers: 1, disagreementFraction: 0.5 },
      },
      'deliberation.setConfig': { selectionId: sel, quorumRule: { kind: 'all' }, objectionDays: 10 },
      'deliberation.createMeeting': { selectionId: sel, date: '2026-11-25', time: '10:00', place: 'Aula' },
      'deliberation.addMotion': { meetingId: f.meetingId, text: 'Usul baru', rule: 'majority' },
      'deliberation.vote': { motionId: f.motionId, personId: c.ani.personId, vote: 'setuju' },
      'deliberation.decideMotion': { motionId: f.motionId },
      'deliberation.revise': {
        meetingId: f.meetingId,
        itemId: f.itemId,
        personId: c.ani.personId,
        password: c.passwords.get(c.ani.personId)!,
        applicantId: a0!.id,
        stageId: 'st-int',
        criterionId: criteria[0]!,
        value: 3,
        reason: 'Setelah final',
      },
      'deliberation.finalise': { meetingId: f.meetingId, confirmed: { flagged: 1, undecided: 0, incomplete: 0 } },
      'documents.saveSettings': { selectionId: sel, settings: { ...settings, committeeName: 'Panitia Lain', legalBasis: ['Dasar lain'] } },
    };

    const flagged = methodNames.filter((m) => contract[m].effect.kind === 'results');
    const exempt = methodNames.filter((m) => contract[m].effect.kind === 'other');
    const reads = methodNames.filter((m) => contract[m].effect.kind === 'reads');
    // Every flagged method is walked: a new one without arguments here fails this line.
    expect(flagged.filter((m) => !(m in args))).toEqual([]);
    const refused: string[] = [];
    for (const m of flagged) {
      const access = contract[m].access;
      const roles: readonly Role[] = access.kind === 'roles' ? access.roles : ['chair'];
      await c.as((roles.includes('chair') ? c.chair : c.ani).personId);
      const env = await c.raw(m, args[m]);
      expect(env.ok, m).toBe(false);
      if (!env.ok) {
        expect(env.error.code, `${m}: ${env.error.message.en}`).toBe('SELECTION_FINAL');
        expect(env.error.message.id).toContain(c.chair.name);
        expect(env.error.message.id).toContain('23 November 2026 pukul');
        expect(env.error.message.id).toContain('WIB');
        expect(env.error.message.id).toContain(f.fin.sha256);
        expect(env.error.message.en).toContain('reopens the results with a reason');
        refused.push(m);
      }
    }
    await c.as(c.chair.personId);
    expect(refused).toEqual(flagged);
    // Methods that write without the flag say why in words.
    for (const m of exempt) {
      const e = contract[m].effect;
      expect(e.kind === 'other' && e.why.trim().length >= 30, m).toBe(true);
    }
    console.log(
      `contract walk: ${methodNames.length} methods, ${flagged.length} alter results (all ${refused.length} refused), ${exempt.length} write with a reason, ${reads.length} read`,
    );

    // Everything stands as it was: the audit chain (sign-ins aside), the results, the snapshot.
    const signIns = Number(
      (
        vault.raw
          .prepare(`select count(*) as n from audit_events where seq > ? and action in ('session.signIn', 'session.signOut')`)
          .get(before.chain) as { n: number }
      ).n,
    );
    expect((await chainLength()) - signIns).toBe(before.chain);
    expect(JSON.stringify(await c.call('results.get', { selectionId: sel }))).toBe(before.results);
    expect(snapshotHash()).toBe(before.sha);
    expect((await c.call('selection.get', { selectionId: sel })).final).toMatchObject({ sha256: f.fin.sha256, finalisedBy: c.chair.name });

    // A recorded reopening lifts the freeze; re-finalising works as before.
    await c.call('deliberation.reopen', { selectionId: sel, reason: 'Sanggahan peserta diterima' });
    expect((await c.call('selection.get', { selectionId: sel })).final).toBeNull();
    await c.call('selection.setVisibleFields', { selectionId: sel, fields: ['education'] });
    const again = await c.call('deliberation.finalise', { meetingId: f.meetingId, confirmed: { flagged: 1, undecided: 0, incomplete: 0 } });
    expect(again.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await failure(c.call('selection.setVisibleFields', { selectionId: sel, fields: [] }))).toBe('SELECTION_FINAL');
  });

  it('the CLI refuses applicant and score imports into a finalised selection, writing nothing', async () => {
    const f = await finalised();
    const { c, sel } = f;
    await c.app.close();
    const { openVault, closeVault } = await import('../../main/vault/vault');
    const counts = async () => {
      const v = await openVault(c.path, PASSPHRASE);
      try {
        return {
          chain: Number((v.raw.prepare('select count(*) as n from audit_events').get() as { n: number }).n),
          applicants: Number((v.raw.prepare('select count(*) as n from applicants where selection_id = ?').get(sel) as { n: number }).n),
        };
      } finally {
        await closeVault(v);
      }
    };
    const before = await counts();
    const dir = tempDir();
    const applicants = join(dir, 'pelamar.csv');
    writeFileSync(applicants, 'No Peserta;Nama\r\nPPPK-020;Andi Mappaewa\r\n');
    const scores = join(dir, 'nilai.csv');
    writeFileSync(scores, 'No Peserta;Nilai\r\nPPPK-001;80\r\n');
    process.env.PANELIS_PASSPHRASE = PASSPHRASE;
    const imp = await cli('import', applicants, '--vault', c.path, '--selection', sel);
    expect(imp.code).toBe(1);
    expect(imp.err).toContain('Seleksi ini sudah final');
    expect(imp.err).toContain('This selection is final');
    const dry = await cli('import', applicants, '--vault', c.path, '--selection', sel, '--dry-run');
    expect(dry.code).toBe(1);
    const sc = await cli('scores', 'import', scores, '--vault', c.path, '--selection', sel, '--stage', 'st-int');
    expect(sc.code).toBe(1);
    expect(sc.err).toContain('ketua membuka kembali hasil dengan alasan');
    // Nothing was written: the chain is as long as before, the applicants as many.
    expect(await counts()).toEqual(before);
    expect(before.applicants).toBe(3);
  });
});
