import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { demoApplicants, DISAGREEMENT } from '../../main/demo/applicants';
import { demoPeople } from '../../main/demo/people';
import { closeVault, openVaultReadOnly } from '../../main/vault/vault';
import { failure, testApp } from '../helpers/api-client';
import { pdftotext } from '../helpers/pdf-tools';
import { PASSPHRASE, sha256File, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
afterEach(() => {
  delete process.env.PANELIS_PASSPHRASE;
});

/** Path, SHA-256 and mtime of every file in the folder (and the vault), to prove nothing changed. */
function state(dir: string, vault: string): string[] {
  return [vault, ...readdirSync(dir).map((f) => join(dir, f))].map((p) => `${p} ${sha256File(p)} ${statSync(p).mtimeMs}`);
}

const pdfs = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .sort();

describe('panelis demo', () => {
  it('refuses without a passphrase, without --out, and when DIR already holds PDFs; writes nothing then', async () => {
    const home = tempDir();
    const vault = join(home, 'demo.panelis');
    const out = join(home, 'dokumen');
    expect((await cli('demo', '--vault', vault, '--out', out)).code).toBe(2);
    process.env.PANELIS_PASSPHRASE = PASSPHRASE;
    expect((await cli('demo', '--vault', vault)).code).toBe(2);
    expect((await cli('demo', '--out', out)).code).toBe(2);
    expect((await cli('demo', 'extra', '--vault', vault, '--out', out)).code).toBe(2);
    mkdirSync(out);
    writeFileSync(join(out, 'surat-lain.pdf'), '%PDF-1.4 someone else’s file');
    const refused = await cli('demo', '--vault', vault, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('surat-lain.pdf');
    expect(refused.err).toContain('--force');
    expect(refused.err).toMatch(/sudah ada/);
    expect(refused.err).toMatch(/already exist/);
    expect(existsSync(vault)).toBe(false);
    expect(readdirSync(out)).toEqual(['surat-lain.pdf']);
  });

  it('builds the Jambi JPT workspace through the API: every PDF verifies, the vault checks, the record holds; a second run refuses, --force replaces', async () => {
    const home = tempDir();
    const vault = join(home, 'demo', 'panelis-demo.panelis');
    const out = join(home, 'demo', 'dokumen');
    process.env.PANELIS_PASSPHRASE = PASSPHRASE;

    const run = await cli('demo', '--vault', vault, '--out', out);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(vault);
    expect(run.out).toContain('Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama Provinsi Jambi Tahun 2026');
    for (const p of demoPeople) {
      expect(run.out).toContain(p.name);
      expect(run.out).toContain(p.password);
    }

    // The documents: 1 instrument per panel stage, 1 sheet per anggota per round, minutes,
    // berita acara, announcement, 12 individual results.
    const files = pdfs(out);
    const count = (part: string) => files.filter((f) => f.includes(part)).length;
    expect(count('-instrumen-')).toBe(3);
    expect(count('-lembar-penilaian-')).toBe(9);
    expect(count('-notulen-')).toBe(1);
    expect(count('-berita-acara-')).toBe(2);
    expect(count('-pengumuman-')).toBe(2);
    expect(count('-hasil-individu-')).toBe(12);
    // ...and the small PPPK selection's berita acara and pengumuman.
    expect(count('-pppk-')).toBe(2);
    expect(files).toHaveLength(29);
    const readme = readFileSync(join(out, 'README-demo.txt'), 'utf8');
    for (const p of demoPeople) expect(readme).toContain(`${p.name} — ${p.label} — ${p.password}`);
    for (const f of files) expect(readme).toContain(f);

    // verify accepts every PDF against the vault's registry; vault check finds nothing.
    for (const f of files) {
      const v = await cli('verify', join(out, f), '--vault', vault, '--json');
      expect(v.code, `${f}: ${v.out}`).toBe(0);
      expect(JSON.parse(v.out)).toMatchObject({ ok: true, registryChecked: true });
    }
    const check = await cli('vault', 'check', vault);
    expect(check.code, check.out + check.err).toBe(0);
    expect(check.out).toContain('11 signed sheets');

    // What the documents print: the posts' applicants, the meeting's revision.
    const text = (part: string) =>
      pdftotext(
        join(
          out,
          files.find((f) => f.includes(part))!,
        ),
      ).replace(/\s+/g, ' ');
    const pengumuman = text('-pengumuman-hasil-seleksi');
    for (const a of demoApplicants) expect(pengumuman).toContain(a.name);
    const notulen = text('-notulen-');
    expect(notulen).toContain('Ruang Rapat Pola Kantor Gubernur Jambi');
    expect(notulen).toContain('Pengambilan keputusan');
    expect(text('-hasil-individu-jpt-jmb-2026-007')).toContain('dr. Siti Maryam, M.Kes.');
    expect(text('-hasil-individu-jpt-jmb-2026-007')).not.toContain('Andi Rachman');
    // Each selection prints its own committee and legal basis, never the other's.
    const jptBa = text('-berita-acara-hasil-seleksi');
    const pppkBa = text('-pppk-berita-acara-');
    expect(jptBa).toContain('Nomor 15 Tahun 2019');
    expect(jptBa).not.toMatch(/PPPK|Nomor 49 Tahun 2018/);
    expect(pppkBa).toContain('Panitia Seleksi Pengadaan PPPK Guru Provinsi Jambi Tahun 2026');
    expect(pppkBa).toContain('Nomor 49 Tahun 2018');
    expect(pppkBa).not.toMatch(/Nomor 15 Tahun 2019|Terbuka JPT/);
    const pppkPeng = text('-pppk-pengumuman-');
    expect(pppkPeng).toContain('masa sanggah');
    expect(pppkPeng).toContain('abjad nama tanpa gelar');

    // The audit chain holds the steps of a real committee, once each where once is right.
    const ro = openVaultReadOnly(vault, PASSPHRASE);
    try {
      const rows = ro.raw.prepare('select action, summary from audit_events order by seq').all() as { action: string; summary: string }[];
      const n = (action: string) => rows.filter((r) => r.action === action).length;
      expect(n('deliberation.revise')).toBe(1);
      expect(rows.find((r) => r.action === 'deliberation.revise')!.summary).toContain(DISAGREEMENT.revisionReason.slice(0, 40));
      expect(n('rounds.reveal')).toBe(4);
      expect(n('deliberation.finalise')).toBe(2);
      expect(n('conflicts.declare')).toBe(1);
      expect(n('desk.submit')).toBe(11);
      expect(n('rounds.close')).toBe(4);
      expect(n('scores.import')).toBe(1);
      expect(n('deliberation.vote')).toBe(10);
      expect(n('documents.generate')).toBe(29);
      // The revision came before the reveal, the reveal before the finalisation.
      const at = (action: string) => rows.findIndex((r) => r.action === action);
      expect(at('deliberation.revise')).toBeLessThan(at('rounds.reveal'));
      expect(at('rounds.reveal')).toBeLessThan(at('deliberation.finalise'));
    } finally {
      await closeVault(ro);
    }

    // The printed passwords sign in; the results are final, complete and agree.
    const app = testApp({ home: tempDir() });
    await app.call('vault.unlock', { path: vault, passphrase: PASSPHRASE });
    const ketua = demoPeople.find((p) => p.key === 'ketua')!;
    const people = await app.call('session.people', {});
    const idOf = (name: string) => people.find((p) => p.name === name)!.id;
    expect(await failure(app.call('session.signIn', { personId: idOf(ketua.name), password: 'bukan-sandinya' }))).toBe('WRONG_PASSWORD');
    const s = await app.call('session.signIn', { personId: idOf(ketua.name), password: ketua.password });
    expect(s.mustChangePassword).toBe(false);
    const list = await app.call('selection.list', {});
    expect(list.map((x) => x.kind).sort()).toEqual(['jpt', 'pppk']);
    const selection = list.find((x) => x.kind === 'jpt');
    const results = await app.call('results.get', { selectionId: selection!.id });
    expect(results.provisional).toBe(false);
    expect(results.rows).toHaveLength(12);
    expect(results.rows.every((r) => r.rank !== null && r.final !== null)).toBe(true);
    // The one disagreement was resolved by the revision: no flag is left.
    expect(results.rows.flatMap((r) => r.flags.disagreement)).toEqual([]);
    const overview = await app.call('deliberation.overview', { selectionId: selection!.id });
    expect(overview.final).not.toBeNull();
    expect(overview.meetings).toHaveLength(1);
    expect(overview.objectionDeadline).toBe('2026-11-26');
    for (const m of demoPeople.filter((p) => p.role !== 'chair')) {
      await app.call('session.signOut', {});
      expect((await app.call('session.signIn', { personId: idOf(m.name), password: m.password })).mustChangePassword).toBe(false);
    }
    await app.app.close();

    // A second run into the same place refuses and changes nothing.
    const before = state(out, vault);
    const again = await cli('demo', '--vault', vault, '--out', out);
    expect(again.code).toBe(1);
    expect(again.err).toContain(vault);
    expect(again.err).toContain('--force');
    expect(state(out, vault)).toEqual(before);

    // --force replaces the vault and the documents; the new ones verify against the new vault.
    const oldVault = sha256File(vault);
    const forced = await cli('demo', '--vault', vault, '--out', out, '--force');
    expect(forced.code, forced.err).toBe(0);
    expect(sha256File(vault)).not.toBe(oldVault);
    expect(pdfs(out)).toEqual(files);
    const ba = files.find((f) => f.includes('-berita-acara-'))!;
    expect(sha256File(join(out, ba))).not.toBe(before.find((l) => l.includes(ba))!.split(' ')[1]);
    expect((await cli('verify', join(out, ba), '--vault', vault)).code).toBe(0);
  }, 300_000);
});
