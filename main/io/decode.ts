import { PanelisError } from '../../shared/errors';
import { joinBilingual } from '../../shared/error-messages/bilingual';
import { reason } from '../../shared/error-messages/reasons';

/**
 * Bytes of a text file -> text. Indonesian offices hand over CSVs saved by Excel as
 * "CSV UTF-8" (with a BOM), as plain "CSV" (Windows-1252 on Windows in id-ID/en-US), or as
 * "Unicode Text" (UTF-16 LE with a BOM). Nothing in the file says which, so: a BOM decides;
 * else bytes that are valid UTF-8 are UTF-8 (Windows-1252 text with accents is almost never
 * valid UTF-8); else, when not one multi-byte UTF-8 sequence is valid, Windows-1252, and the
 * caller is told it was a guess. Text that is UTF-8 except for a few bad bytes is never
 * reread as Windows-1252 behind the person's back: that would turn every correct "José" into
 * "JosÃ©" on signed documents. It is refused (IMPORT_ENCODING_MIXED) naming the rows, with
 * what each encoding would make of them, until the file is fixed or Windows-1252 is chosen.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
/** What the person may choose instead of the automatic rule. */
export type EncodingChoice = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** How the encoding was settled: a BOM or valid UTF-8, the person's choice, or a guess. */
  how: 'detected' | 'chosen' | 'guessed';
}

/**
 * Windows-1252 differs from Latin-1 in 0x80-0x9F (curly apostrophes, the euro sign, ...).
 * Node's TextDecoder('windows-1252') decodes those bytes as Latin-1 control characters
 * (U+0080-U+009F), which would turn "Nur’aini" into "Nur\u0092aini"; so the table is ours.
 * Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in Windows-1252 and kept as U+0081 etc.,
 * as the WHATWG Encoding Standard does.
 */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  // Latin-1 is Windows-1252 outside 0x80-0x9F; fix those few code points afterwards.
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)));
}

/** UTF-16 without a BOM (rare, but Excel users do produce it): every other byte is zero. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero < pairs * 0.1) return 'utf-16le';
  if (evenZero > pairs * 0.9 && oddZero < pairs * 0.1) return 'utf-16be';
  return null;
}

/** The length of the valid UTF-8 sequence at `i` (WHATWG rules), or 0 when it is not one. */
function utf8SequenceAt(b: Uint8Array, i: number): number {
  const c = b[i] as number;
  if (c < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k <= need; k++) {
    const d = b[i + k];
    if (d === undefined) return 0;
    if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return 0;
  }
  return need + 1;
}

interface Utf8Scan {
  /** Valid sequences of two bytes or more: proof that the writer meant UTF-8. */
  multiByte: number;
  invalidBytes: number;
  /** 1-based line numbers holding an invalid byte (the first few), with where each line starts. */
  badLines: { line: number; start: number }[];
  /** Other lines with non-ASCII text, which Windows-1252 would change too (the first few). */
  otherLines: { line: number; start: number }[];
  otherCount: number;
}

const LINES_KEPT = 20;

function scanUtf8(b: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { multiByte: 0, invalidBytes: 0, badLines: [], otherLines: [], otherCount: 0 };
  let line = 1;
  let lineStart = 0;
  let lineBad = false;
  let lineHigh = false;
  const endLine = () => {
    if (lineBad) {
      if (scan.badLines.length < LINES_KEPT) scan.badLines.push({ line, start: lineStart });
    } else if (lineHigh) {
      scan.otherCount++;
      if (scan.otherLines.length < LINES_KEPT) scan.otherLines.push({ line, start: lineStart });
    }
  };
  for (let i = 0; i < b.length;) {
    const c = b[i] as number;
    if (c === 0x0a) {
      endLine();
      line++;
      lineStart = i + 1;
      lineBad = false;
      lineHigh = false;
      i++;
      continue;
    }
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(b, i);
    if (n === 0) {
      scan.invalidBytes++;
      lineBad = true;
      i++;
    } else {
      scan.multiByte++;
      lineHigh = true;
      i += n;
    }
  }
  endLine();
  return scan;
}

function lineBytes(b: Uint8Array, start: number): Uint8Array {
  let end = start;
  while (end < b.length && b[end] !== 0x0a && b[end] !== 0x0d) end++;
  return b.subarray(start, end);
}

/** A line as the person would see it, cut around its first non-ASCII byte. */
function excerpt(text: string): string {
  const at = text.search(/[^\x00-\x7f]/);
  const from = Math.max(0, (at < 0 ? 0 : at) - 30);
  const cut = text.slice(from, from + 60);
  return `${from > 0 ? '…' : ''}${cut}${from + 60 < text.length ? '…' : ''}`;
}

function mixedEncodingError(bytes: Uint8Array, scan: Utf8Scan): PanelisError {
  const loose = new TextDecoder('utf-8');
  const show = (l: { line: number; start: number }) => {
    const raw = lineBytes(bytes, l.start);
    return reason('ENCODING_PREVIEW_LINE', {
      line: l.line,
      utf8: excerpt(loose.decode(raw)),
      windows1252: excerpt(decodeWindows1252(raw)),
    });
  };
  const preview = joinBilingual([...scan.badLines.slice(0, 3).map(show), ...scan.otherLines.slice(0, 2).map(show)], '; ');
  const rows = scan.badLines.map((l) => l.line).join(', ') + (scan.badLines.length === LINES_KEPT ? ', …' : '');
  return new PanelisError('IMPORT_ENCODING_MIXED', {
    count: scan.invalidBytes,
    rows,
    preview,
    // Rows whose UTF-8 text is correct now and that Windows-1252 would change as well.
    otherRows: scan.otherCount,
  });
}

export function decodeText(bytes: Uint8Array, choice?: EncodingChoice): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && choice !== 'windows-1252') {
    bytes = bytes.subarray(3);
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', how: 'detected' };
    } catch {
      throw mixedEncodingError(bytes, scanUtf8(bytes));
    }
  }
  if (choice === 'windows-1252') return { text: decodeWindows1252(bytes), encoding: 'windows-1252', how: 'chosen' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', how: 'detected' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', how: 'detected' };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, how: 'detected' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', how: choice ? 'chosen' : 'detected' };
  } catch {
    const scan = scanUtf8(bytes);
    if (scan.multiByte === 0 && choice !== 'utf-8') return { text: decodeWindows1252(bytes), encoding: 'windows-1252', how: 'guessed' };
    throw mixedEncodingError(bytes, scan);
  }
}
