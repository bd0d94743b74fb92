/**
 * A certificate the committee brings (for example from BSrE) arrives as a .p12 made by other
 * software. Here OpenSSL makes one in its current form (PBES2, AES-256) and in the legacy form
 * many issuers still use (3DES / RC2); both import, sign a document that pdfsig calls valid,
 * and `verify` prints the imported certificate's fingerprint.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failure } from '../helpers/api-client';
import { pdfsig, save } from '../helpers/pdf-tools';
import { scoringCommittee } from '../helpers/scoring';
import { useTempDir } from '../helpers/temp';
import { signedBytes } from '../helpers/documents';

const tempDir = useTempDir();
const PASS = 'rahasia-sertifikat-bsre';

function opensslP12(dir: string, legacy: boolean): Buffer {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const out = join(dir, legacy ? 'legacy.p12' : 'modern.p12');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '365',
      '-subj',
      '/C=ID/O=Pemerintah Provinsi Jambi/CN=Dr. Siti Rahmawati, S.Sos., M.Si.',
    ],
    { stdio: 'ignore' },
  );
  execFileSync(
    'openssl',
    ['pkcs12', '-export', ...(legacy ? ['-legacy'] : []), '-inkey', key, '-in', cert, '-out', out, '-passout', `pass:${PASS}`],
    { stdio: 'ignore' },
  );
  return readFileSync(out);
}

describe('an imported .p12 made by other software', () => {
  for (const legacy of [false, true]) {
    it(`imports an OpenSSL ${legacy ? 'legacy (3DES/RC2)' : 'current (AES-256)'} .p12 and signs with it`, async () => {
      const home = tempDir();
      const p12 = opensslP12(home, legacy);
      const c = await scoringCommittee(home);
      // A wrong passphrase imports nothing.
      expect(await failure(c.call('documents.importCertificate', { p12Base64: p12.toString('base64'), passphrase: 'bukan-ini' }))).toBe(
        'CERTIFICATE_PASSPHRASE_WRONG',
      );
      expect(await c.call('documents.certificate', {})).toBeNull();

      const cert = await c.call('documents.importCertificate', { p12Base64: p12.toString('base64'), passphrase: PASS });
      expect(cert.subject).toContain('Dr. Siti Rahmawati');
      const doc = signedBytes(
        await c.call('documents.generate', {
          returnBytes: true,
          request: { type: 'instrumen', selectionId: c.selection.id, stageId: 'st-int' },
          passphrase: PASS,
        }),
      );
      const file = save(home, 'instrumen.pdf', Buffer.from(doc.pdf, 'base64'));
      expect(pdfsig(file)).toContain('Signature is Valid');
      const verdict = await c.call('documents.verify', { pdfBase64: doc.pdf });
      expect(verdict.ok).toBe(true);
      expect(JSON.stringify(verdict)).toContain(cert.fingerprint);
    }, 60_000);
  }
});
