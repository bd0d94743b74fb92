/**
 * A small pull scanner for the XML inside an XLSX file, working on the bytes. A worksheet
 * of 100,000 applicants is ~60 MB of XML; building a DOM or a string of it, or an object per
 * cell as general-purpose readers do, costs seconds and hundreds of megabytes. This scanner
 * walks tags with indexOf, compares names byte by byte and decodes only the text of values.
 *
 * What it understands is what SpreadsheetML needs: elements (with or without a namespace
 * prefix, e.g. <x:c> from the Open XML SDK), attributes in either quote, character and
 * entity references, CDATA, comments and processing instructions (skipped), and OOXML's own
 * _xHHHH_ escapes in text. It never resolves external entities or DTDs: there is nothing
 * to fetch, and nothing a file can make it fetch.
 */

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const COLON = 0x3a;
const QUOT = 0x22;
const APOS = 0x27;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes character/entity references and OOXML's _xHHHH_ escapes (Excel writes a CR in a cell as _x000D_). */
export function unescapeXml(s: string): string {
  let out = s;
  if (out.includes('&')) {
    out = out.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
      if (ref.startsWith('#x')) return safeCodePoint(Number.parseInt(ref.slice(2), 16)) ?? whole;
      if (ref.startsWith('#')) return safeCodePoint(Number.parseInt(ref.slice(1), 10)) ?? whole;
      return NAMED_ENTITIES[ref] ?? whole;
    });
  }
  if (out.includes('_x')) {
    out = out.replace(/_x([0-9a-fA-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
  return out;
}

function safeCodePoint(n: number): string | null {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}

export class XmlScanner {
  readonly buf: Buffer;
  pos: number;
  private readonly end: number;

  /** The current tag: `<` at tagStart, just past `>` at tagEnd. */
  tagStart = 0;
  tagEnd = 0;
  closing = false;
  selfClosing = false;
  /** The local name (after any prefix) of the current tag, as a byte range. */
  private nameStart = 0;
  private nameEnd = 0;

  constructor(buf: Buffer, start = 0, end = buf.length) {
    this.buf = buf;
    this.pos = start;
    this.end = end;
  }

  /** Moves to the next element tag (open, close or empty); false at the end. */
  next(): boolean {
    const buf = this.buf;
    for (;;) {
      const lt = buf.indexOf(LT, this.pos);
      if (lt < 0 || lt >= this.end) {
        this.pos = this.end;
        return false;
      }
      const first = buf[lt + 1];
      if (first === QUESTION) {
        this.pos = this.skipPast(lt + 2, '?>');
        continue;
      }
      if (first === BANG) {
        // Comment, CDATA outside text we read, or a DOCTYPE: skipped, never interpreted.
        if (buf[lt + 2] === 0x2d) this.pos = this.skipPast(lt + 4, '-->');
        else if (buf[lt + 2] === 0x5b) this.pos = this.skipPast(lt + 9, ']]>');
        else this.pos = this.skipPast(lt + 2, '>');
        continue;
      }
      this.tagStart = lt;
      this.closing = first === SLASH;
      let i = this.closing ? lt + 2 : lt + 1;
      let nameStart = i;
      while (i < this.end) {
        const b = buf[i] as number;
        if (isSpace(b) || b === GT || b === SLASH) break;
        if (b === COLON) nameStart = i + 1;
        i++;
      }
      this.nameStart = nameStart;
      this.nameEnd = i;
      // Find the closing '>', skipping quoted attribute values (which may hold '>').
      while (i < this.end) {
        const b = buf[i] as number;
        if (b === QUOT || b === APOS) {
          const q = buf.indexOf(b, i + 1);
          if (q < 0 || q >= this.end) throw new Error('XML: unterminated attribute value');
          i = q + 1;
          continue;
        }
        if (b === GT) break;
        i++;
      }
      if (i >= this.end) throw new Error('XML: unterminated tag');
      this.selfClosing = buf[i - 1] === SLASH;
      this.tagEnd = i + 1;
      this.pos = i + 1;
      return true;
    }
  }

  private skipPast(from: number, marker: string): number {
    const at = this.buf.indexOf(marker, from, 'latin1');
    if (at < 0 || at >= this.end) throw new Error('XML: unterminated markup');
    return at + marker.length;
  }

  /** Whether the current tag's local name is `name` (ASCII). */
  is(name: string): boolean {
    if (this.nameEnd - this.nameStart !== name.length) return false;
    for (let k = 0; k < name.length; k++) {
      if (this.buf[this.nameStart + k] !== name.charCodeAt(k)) return false;
    }
    return true;
  }

  localName(): string {
    return this.buf.toString('latin1', this.nameStart, this.nameEnd);
  }

  /** The value of the current tag's attribute with this local name (prefix ignored), decoded; null if absent. */
  attr(name: string): string | null {
    const raw = this.attrRange(name);
    if (raw === null) return null;
    const s = this.buf.toString('utf8', raw[0], raw[1]);
    return s.includes('&') ? unescapeXml(s) : s;
  }

  /** An attribute holding a non-negative integer, read without making a string (row and style numbers). */
  intAttr(name: string): number | null {
    const raw = this.attrRange(name);
    if (raw === null) return null;
    let n = 0;
    for (let k = raw[0]; k < raw[1]; k++) {
      const d = (this.buf[k] as number) - 0x30;
      if (d < 0 || d > 9) return null;
      n = n * 10 + d;
    }
    return raw[1] > raw[0] ? n : null;
  }

  /** The byte range of an attribute's value in the current tag. */
  attrRange(name: string): [number, number] | null {
    const buf = this.buf;
    let i = this.nameEnd;
    const stop = this.tagEnd - 1;
    while (i < stop) {
      while (i < stop && isSpace(buf[i] as number)) i++;
      let localStart = i;
      while (i < stop && buf[i] !== 0x3d && !isSpace(buf[i] as number) && buf[i] !== SLASH) {
        if (buf[i] === COLON) localStart = i + 1;
        i++;
      }
      const localEnd = i;
      while (i < stop && isSpace(buf[i] as number)) i++;
      if (buf[i] !== 0x3d) {
        i++;
        continue;
      }
      i++;
      while (i < stop && isSpace(buf[i] as number)) i++;
      const q = buf[i];
      if (q !== QUOT && q !== APOS) return null;
      const close = buf.indexOf(q, i + 1);
      if (close < 0 || close > stop) return null;
      if (localEnd - localStart === name.length) {
        let same = true;
        for (let k = 0; k < name.length; k++) {
          if (buf[localStart + k] !== name.charCodeAt(k)) {
            same = false;
            break;
          }
        }
        if (same) return [i + 1, close];
      }
      i = close + 1;
    }
    return null;
  }

  /**
   * The text content of the current (open, not empty) element up to its next tag, decoded,
   * with CDATA sections taken literally. Leaves the scanner at that next tag's '<'.
   */
  text(): string {
    if (this.selfClosing || this.closing) return '';
    const buf = this.buf;
    let out = '';
    let i = this.tagEnd;
    for (;;) {
      const lt = buf.indexOf(LT, i);
      if (lt < 0 || lt >= this.end) throw new Error('XML: unterminated element');
      if (lt > i) {
        const s = buf.toString('utf8', i, lt);
        out += s.includes('&') || s.includes('_x') ? unescapeXml(s) : s;
      }
      if (buf[lt + 1] === BANG && buf.toString('latin1', lt, lt + 9) === '<![CDATA[') {
        const close = buf.indexOf(']]>', lt + 9, 'latin1');
        if (close < 0 || close >= this.end) throw new Error('XML: unterminated CDATA');
        out += buf.toString('utf8', lt + 9, close);
        i = close + 3;
        continue;
      }
      this.pos = lt;
      return out;
    }
  }

  /** Skips the current element with everything inside it (an empty element: nothing). */
  skipElement(): void {
    if (this.selfClosing || this.closing) return;
    let depth = 1;
    while (depth > 0 && this.next()) {
      if (this.closing) depth--;
      else if (!this.selfClosing) depth++;
    }
  }
}
