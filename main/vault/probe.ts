import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

export const PAGE_SIZE = 4096;

export type ProbeVerdict = 'looks-encrypted' | 'not-a-vault' | 'truncated' | 'missing';

const knownMagic: readonly Buffer[] = [
  Buffer.from('SQLite format 3\0', 'latin1'), // an unencrypted SQLite file
  Buffer.from('%PDF'),
  Buffer.from([0x50, 0x4b, 0x03, 0x04]), // zip, xlsx, docx
  Buffer.from([0xff, 0xd8, 0xff]), // jpeg
  Buffer.from([0x89, 0x50, 0x4e, 0x47]), // png
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), // old office
  Buffer.from('MZ'),
  Buffer.from([0x7f, 0x45, 0x4c, 0x46]), // elf
  Buffer.from([0x1f, 0x8b]), // gzip
];

/**
 * An SQLCipher file is indistinguishable from random bytes: its first page starts with a
 * random salt and everything else is ciphertext. A chi-square test over the byte histogram
 * tells such a page from text, spreadsheets and most other files. The threshold is far
 * above what 4096 random bytes produce (mean 255, sd ~22.6).
 */
export function looksRandom(bytes: Buffer): boolean {
  if (bytes.length < 256) return false;
  const counts = new Array<number>(256).fill(0);
  for (const b of bytes) counts[b] = (counts[b] ?? 0) + 1;
  const expected = bytes.length / 256;
  let chi = 0;
  for (const c of counts) chi += ((c - expected) * (c - expected)) / expected;
  return chi < 400;
}

/** Reads the head of a file and says what it looks like, before any key is tried. */
export function probeFile(path: string): ProbeVerdict {
  if (!existsSync(path)) return 'missing';
  const st = statSync(path);
  if (!st.isFile()) return 'not-a-vault';
  if (st.size === 0) return 'not-a-vault';
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(Math.min(st.size, PAGE_SIZE));
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (knownMagic.some((m) => head.subarray(0, m.length).equals(m))) return 'not-a-vault';
  if (!looksRandom(head)) return 'not-a-vault';
  if (st.size % PAGE_SIZE !== 0) return 'truncated';
  return 'looks-encrypted';
}
