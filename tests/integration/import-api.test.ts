import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult, JobStatus } from '../../shared/contract';
import { CallFailed } from '../helpers/api-client';
import { committeeVault } from '../helpers/committee';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

type Committee = Awaited<ReturnType<typeof committeeVault>>;

async function finished(c: Committee, jobId: string): Promise<JobStatus> {
  const seen: string[] = [];
  for (let i = 0; i < 500; i++) {
    const s = await c.call('jobs.status', { jobId });
    seen.push(s.phase);
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`job did not finish: ${seen.join(',')}`);
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('importing applicants through the API, as the import screen does', () => {
  it('parse as a job, see the rejected row with its number, fix it in place, import all in one go', async () => {
    const c = await committeeVault(tempDir());
    const s = await c.call('selection.create', { template: 'jpt', title: 'JPT 2026' });
    const csv = [
      'No Peserta;Nama Lengkap;NIK;Tanggal Lahir',
      '001;Siti Aminah;1571010101800001;17/08/1980',
      '002;Budi;15710101;01/02/1979',
      '003;Dewi Lestari, S.E.;1571010101810003;03-03-1981',
    ].join('\r\n');
    const { jobId } = await c.call('applicants.importParse', { selectionId: s.id, fileName: 'peserta.csv', contentBase64: base64(csv) });
    const parsed = await finished(c, jobId);
    expect(parsed.state).toBe('done');
    const preview = parsed.result as ImportPreview;
    expect(preview).toMatchObject({ fileName: 'peserta.csv', totalRows: 3, acceptedRows: 2 });
    expect(preview.rejected.map((r) => r.rowNumber)).toEqual([3]);
    expect(preview.rejected[0]!.reasons[0]!.field).toBe('nik');

    // Committing with a rejected row writes nothing.
    const refused = await finished(
      c,
      (await c.call('applicants.importCommit', { importId: preview.importId, mapping: preview.mapping, overrides: {} })).jobId,
    );
    expect(refused.state).toBe('failed');
    expect(refused.error?.code).toBe('IMPORT_REJECTED_ROWS');
    expect((await c.call('selection.get', { selectionId: s.id })).applicants.active).toBe(0);

    const fixed = await c.call('applicants.importPreview', {
      importId: preview.importId,
      mapping: preview.mapping,
      overrides: { '3': { nik: '1571010101790002' } },
    });
    expect(fixed.rejected).toEqual([]);
    const done = await finished(
      c,
      (
        await c.call('applicants.importCommit', {
          importId: preview.importId,
          mapping: preview.mapping,
          overrides: { '3': { nik: '1571010101790002' } },
        })
      ).jobId,
    );
    expect(done.state).toBe('done');
    expect((done.result as ImportResult).imported).toBe(3);
    const page = await c.call('applicants.list', { selectionId: s.id, query: 'Budi', status: 'all', offset: 0, limit: 10 });
    expect(page.rows[0]?.fields.nik).toBe('1571010101790002');
    // The preview is used up once imported.
    const again = c.call('applicants.importPreview', { importId: preview.importId, overrides: {} });
    await expect(again).rejects.toBeInstanceOf(CallFailed);
  });

  it('an unreadable file fails its job with a typed error; locking forgets pending imports', async () => {
    const c = await committeeVault(tempDir());
    const s = await c.call('selection.create', { template: 'pppk', title: 'PPPK 2026' });
    const bad = await finished(
      c,
      (
        await c.call('applicants.importParse', {
          selectionId: s.id,
          fileName: 'x.xlsx',
          contentBase64: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).toString('base64'),
        })
      ).jobId,
    );
    expect(bad.state).toBe('failed');
    expect(bad.error?.code).toBe('IMPORT_UNREADABLE');

    const ok = await finished(
      c,
      (await c.call('applicants.importParse', { selectionId: s.id, fileName: 'a.csv', contentBase64: base64('No Peserta,Nama\n1,Ani\n') }))
        .jobId,
    );
    const importId = (ok.result as ImportPreview).importId;
    await c.call('vault.lock', {});
    await c.call('vault.unlock', { path: c.path, passphrase: 'kuda-lumping-sore-hari-42' });
    await c.call('session.signIn', { personId: c.chair.personId, password: 'rahasia-ketua' });
    const expired = c.call('applicants.importPreview', { importId, overrides: {} });
    await expect(expired).rejects.toMatchObject({ error: { code: 'IMPORT_EXPIRED' } });
  });

  it("a member cannot import, and cannot read another person's job", async () => {
    const c = await committeeVault(tempDir());
    const m = await c.addPerson('Anggota Satu', 'member');
    const s = await c.call('selection.create', { template: 'pppk', title: 'PPPK 2026' });
    await c.call('committee.set', { selectionId: s.id, personIds: [c.chair.personId, m.personId] });
    const { jobId } = await c.call('applicants.importParse', {
      selectionId: s.id,
      fileName: 'a.csv',
      contentBase64: base64('No Peserta,Nama\n1,Ani\n'),
    });
    await c.as(m.personId);
    await expect(
      c.call('applicants.importParse', { selectionId: s.id, fileName: 'a.csv', contentBase64: base64('x') }),
    ).rejects.toMatchObject({ error: { code: 'FORBIDDEN' } });
    await expect(c.call('jobs.status', { jobId })).rejects.toMatchObject({ error: { code: 'JOB_NOT_FOUND' } });
  });
});
