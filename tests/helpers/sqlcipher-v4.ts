import { createDecipheriv, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * An independent reader of the SQLCipher 4 file format (written from the published
 * design, not from the library): PBKDF2-HMAC-SHA512 with 256,000 iterations over the
 * 16-byte salt at the start of the file, AES-256-CBC per 4096-byte page with a random IV,
 * and an HMAC-SHA512 per page keyed by PBKDF2(key, salt ^ 0x3a, 2). Returns the plaintext
 * SQLite database, which plain SQLite then opens: proof that standard SQLCipher tools and
 * the passphrase are enough to read a vault.
 */
export function decryptSqlcipher4(file: string, passphrase: string): Buffer {
  const PAGE = 4096;
  const RESERVE = 80; // 16 IV + 64 HMAC
  const data = readFileSync(file);
  if (data.length % PAGE !== 0) throw new Error('not a whole number of pages');
  const salt = data.subarray(0, 16);
  const key = pbkdf2Sync(Buffer.from(passphrase, 'utf8'), salt, 256000, 32, 'sha512');
  const hmacSalt = Buffer.from(salt.map((b) => b ^ 0x3a));
  const hmacKey = pbkdf2Sync(key, hmacSalt, 2, 32, 'sha512');
  const out = Buffer.alloc(data.length);
  for (let p = 0; p < data.length / PAGE; p++) {
    const page = data.subarray(p * PAGE, (p + 1) * PAGE);
    const start = p === 0 ? 16 : 0;
    const body = page.subarray(start, PAGE - RESERVE);
    const iv = page.subarray(PAGE - RESERVE, PAGE - RESERVE + 16);
    const mac = page.subarray(PAGE - 64, PAGE);
    const pageNo = Buffer.alloc(4);
    pageNo.writeUInt32LE(p + 1);
    const expected = createHmac('sha512', hmacKey).update(body).update(iv).update(pageNo).digest();
    if (!timingSafeEqual(expected, mac)) throw new Error(`HMAC mismatch on page ${p + 1}`);
    const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    const plain = Buffer.concat([decipher.update(body), decipher.final()]);
    if (p === 0) Buffer.from('SQLite format 3\0', 'latin1').copy(out, 0);
    plain.copy(out, p * PAGE + start);
    // Reserved bytes stay zero: plain SQLite ignores them (header byte 20 says 80 are reserved).
  }
  return out;
}
