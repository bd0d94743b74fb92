import { DEFAULT_MARGINS as SHARED_DEFAULT_MARGINS } from '../../shared/documents/settings';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import type { Language } from '../../shared/errors';

/**
 * A small layout layer over pdfkit for official papers: A4 / F4 pages with margins in mm,
 * a kop surat, paragraphs, tables that wrap text inside their cells (measured with
 * pdfkit's widthOfString) and repeat their header on every page, signature tables,
 * "Halaman 1 dari N" and a verification block. Everything a document prints goes through
 * here, so fonts, sizes and page breaks are the same in every document.
 */

export type Paper = 'A4' | 'F4';

const MM = 72 / 25.4;
export const mm = (v: number): number => v * MM;

/** Page sizes in PDF points: A4 210 x 297 mm, F4 (folio) 215 x 330 mm. */
export const PAPER_POINTS: Record<Paper, [number, number]> = {
  A4: [mm(210), mm(297)],
  F4: [mm(215), mm(330)],
};

export interface MarginsMm {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const DEFAULT_MARGINS: MarginsMm = { ...SHARED_DEFAULT_MARGINS };

export interface PageSetup {
  paper: Paper;
  margins: MarginsMm;
  language: Language;
}

export interface Letterhead {
  agency: string;
  unit: string;
  address: string;
  /** PNG or JPEG bytes. */
  logo: Buffer | null;
}

/** Where resources/ is: next to the packaged app, or the repository (cli, host, tests). */
export function resourcePath(...parts: string[]): string {
  const candidates: string[] = [];
  const rp = (process as { resourcesPath?: string }).resourcesPath;
  if (rp) candidates.push(join(rp, 'resources'));
  let dir = __dirname;
  for (let i = 0; i < 6; i += 1) {
    candidates.push(join(dir, 'resources'));
    dir = dirname(dir);
  }
  candidates.push(resolve(process.cwd(), 'resources'));
  for (const c of candidates) {
    const p = join(c, ...parts);
    if (existsSync(p)) return p;
  }
  throw new Error(`resource not found: ${parts.join('/')} (looked in ${candidates.join(', ')})`);
}

export const FONT = 'Panelis-Regular';
export const FONT_BOLD = 'Panelis-Bold';

export type Align = 'left' | 'center' | 'right';

export interface Column {
  header: string;
  /** Relative width; the columns share the content width in proportion. */
  width: number;
  align?: Align;
  /** Width from the content: the widest cell (or the longest header word), never broken. */
  fit?: boolean;
  /** Upper bound of a fitted column, in points. */
  maxFit?: number;
  /** Room (points) a flexible column needs; below it the table's font shrinks (see minFontSize). */
  minWidth?: number;
}

export interface TableOptions {
  fontSize?: number;
  /** Smallest font the table may shrink to, in half points, so every minWidth column has its room. */
  minFontSize?: number;
  headerFill?: string;
  /** Minimum height of every body row (signature rows). */
  minRowHeight?: number;
  /** Keep the first N rows together with the header (no header alone at a page end). */
}

/** One measured cell, for the overflow test: every line's width against the room it had. */
export interface CellMeasure {
  text: string;
  maxLineWidth: number;
  room: number;
  lines: number;
  heightUsed: number;
  heightGiven: number;
}

export interface LayoutOptions {
  setup: PageSetup;
  title: string;
  subject?: string;
  author?: string;
  /** Generation time (also the PDF's CreationDate, so a document is reproducible). */
  createdAt: Date;
  /** Extra document-information entries (strings), e.g. the verification claims. */
  info?: Record<string, string>;
  /** Collect every cell's measurements (tests). */
  measure?: boolean;
  /** Footer text printed small on every page above the page number (e.g. BSrE wording). */
  footer?: string | null;
  /** Left part of the page footer, e.g. the document id. */
  footerLeft?: string;
}

const PAD = 3;

export class Layout {
  readonly doc: PDFKit.PDFDocument;
  readonly lang: Language;
  readonly measures: CellMeasure[] = [];
  private readonly glyphs = new GlyphCache();
  private readonly measure: boolean;
  private readonly footer: string | null;
  private readonly footerLeft: string;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(opts: LayoutOptions) {
    const [w, h] = PAPER_POINTS[opts.setup.paper];
    const m = opts.setup.margins;
    this.lang = opts.setup.language;
    this.measure = opts.measure ?? false;
    this.footer = opts.footer ?? null;
    this.footerLeft = opts.footerLeft ?? '';
    // Room for the page footer below the body.
    const footerRoom = this.footer ? 30 : 18;
    this.doc = new PDFDocument({
      size: [w, h],
      margins: { top: mm(m.top), right: mm(m.right), bottom: mm(m.bottom) + footerRoom, left: mm(m.left) },
      bufferPages: true,
      autoFirstPage: true,
      lang: opts.setup.language === 'id' ? 'id-ID' : 'en-GB',
      info: {
        Title: opts.title,
        Subject: opts.subject ?? opts.title,
        Author: opts.author ?? 'Panelis',
        Creator: 'Panelis',
        Producer: 'Panelis (pdfkit)',
        CreationDate: opts.createdAt,
        ModDate: opts.createdAt,
        ...(opts.info ?? {}),
      } as PDFKit.DocumentInfo,
    });
    this.doc.registerFont(FONT, resourcePath('fonts', 'DejaVuSans.ttf'));
    this.doc.registerFont(FONT_BOLD, resourcePath('fonts', 'DejaVuSans-Bold.ttf'));
    this.doc.font(FONT).fontSize(10.5);
    this.done = new Promise<Buffer>((res, rej) => {
      this.doc.on('data', (c: Buffer) => this.chunks.push(c));
      this.doc.on('end', () => res(Buffer.concat(this.chunks)));
      this.doc.on('error', rej);
    });
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get right(): number {
    return this.doc.page.width - this.doc.page.margins.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get y(): number {
    return this.doc.y;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.doc.page.margins.top;
  }

  /** Start a new page unless `height` points still fit. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  space(points = 8): void {
    this.doc.y += points;
  }

  /** Kop surat: logo on the left, agency, unit and address centred, a double rule below. */
  kop(lh: Letterhead): void {
    const d = this.doc;
    const top = d.y;
    const logoSize = 62;
    if (lh.logo) {
      try {
        d.image(lh.logo, this.left, top, { fit: [logoSize, logoSize] });
      } catch {
        // An unreadable logo must not stop an official document: it is printed without.
      }
    }
    const textLeft = this.left + (lh.logo ? logoSize + 6 : 0);
    const textWidth = this.right - textLeft - (lh.logo ? logoSize + 6 : 0);
    d.y = top;
    d.font(FONT_BOLD).fontSize(14).text(lh.agency.toUpperCase(), textLeft, d.y, { width: textWidth, align: 'center' });
    if (lh.unit) d.font(FONT_BOLD).fontSize(12).text(lh.unit.toUpperCase(), textLeft, d.y, { width: textWidth, align: 'center' });
    if (lh.address) d.font(FONT).fontSize(9).text(lh.address, textLeft, d.y, { width: textWidth, align: 'center' });
    const lineY = Math.max(d.y + 4, top + (lh.logo ? logoSize + 4 : 0));
    d.lineWidth(2).moveTo(this.left, lineY).lineTo(this.right, lineY).stroke();
    d.lineWidth(0.6)
      .moveTo(this.left, lineY + 3)
      .lineTo(this.right, lineY + 3)
      .stroke();
    d.lineWidth(1);
    d.x = this.left;
    d.y = lineY + 12;
    d.font(FONT).fontSize(10.5);
  }

  /** A centred title (bold, underlined) with an optional line below (the nomor surat). */
  title(text: string, below?: string): void {
    const d = this.doc;
    this.ensure(40);
    d.font(FONT_BOLD).fontSize(12.5).text(text.toUpperCase(), this.left, d.y, { width: this.width, align: 'center' });
    if (below) d.font(FONT).fontSize(10.5).text(below, this.left, d.y, { width: this.width, align: 'center' });
    d.font(FONT).fontSize(10.5);
    this.space(10);
  }

  heading(text: string): void {
    this.ensure(30);
    this.doc.font(FONT_BOLD).fontSize(11).text(text, this.left, this.doc.y, { width: this.width });
    this.doc.font(FONT).fontSize(10.5);
    this.space(3);
  }

  paragraph(text: string, opts: { align?: Align | 'justify'; bold?: boolean; size?: number; indent?: number } = {}): void {
    const d = this.doc;
    d.font(opts.bold ? FONT_BOLD : FONT).fontSize(opts.size ?? 10.5);
    const x = this.left + (opts.indent ?? 0);
    const width = this.width - (opts.indent ?? 0);
    this.ensure(Math.min(d.heightOfString(text, { width }), 40));
    d.text(text, x, d.y, { width, align: opts.align ?? 'justify' });
    d.font(FONT).fontSize(10.5);
    this.space(4);
  }

  /** Numbered lines ("1. ...") with a hanging indent: the dasar (legal basis) of a berita acara. */
  list(items: string[]): void {
    const d = this.doc;
    d.font(FONT).fontSize(10.5);
    items.forEach((item, i) => {
      const label = `${i + 1}.`;
      const h = d.heightOfString(item, { width: this.width - 18 });
      this.ensure(Math.min(h, 40));
      const y = d.y;
      d.text(label, this.left, y, { width: 16, lineBreak: false });
      d.text(item, this.left + 18, y, { width: this.width - 18, align: 'justify' });
    });
    this.space(4);
  }

  /** Key: value lines (label column fixed). */
  fields(pairs: [string, string][], labelWidth = 150): void {
    const d = this.doc;
    d.font(FONT).fontSize(10.5);
    for (const [k, v] of pairs) {
      const h = d.heightOfString(v || ' ', { width: this.width - labelWidth - 10 });
      this.ensure(h);
      const y = d.y;
      d.text(k, this.left, y, { width: labelWidth, lineBreak: false });
      d.text(':', this.left + labelWidth, y, { width: 8, lineBreak: false });
      d.text(v || ' ', this.left + labelWidth + 10, y, { width: this.width - labelWidth - 10 });
    }
    this.space(4);
  }

  /** Width of `text` at the current font and size (cached encodings; the same as widthOfString). */
  textWidth(text: string): number {
    const internals = this.doc as unknown as { _font: FontInternals; _fontSize: number };
    return (this.glyphs.get(internals._font, text).width * internals._fontSize) / 1000;
  }

  /**
   * Wrap `text` into lines that fit `room` points at the current font: greedy by words,
   * a word longer than the room broken by characters. Measured with `textWidth`, which is
   * also how table cells are drawn, so a measured line is exactly the drawn line.
   */
  wrap(text: string, room: number): { lines: string[]; widths: number[] } {
    const lines: string[] = [];
    const widths: number[] = [];
    for (const para of text.includes('\n') ? text.split('\n') : [text]) {
      const whole = this.textWidth(para);
      if (whole <= room) {
        lines.push(para);
        widths.push(whole);
        continue;
      }
      let line = '';
      let lineW = 0;
      const push = () => {
        lines.push(line);
        widths.push(lineW);
        line = '';
        lineW = 0;
      };
      for (const word of para.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        const cw = this.textWidth(candidate);
        if (cw <= room) {
          line = candidate;
          lineW = cw;
          continue;
        }
        if (line) push();
        const ww = this.textWidth(word);
        if (ww <= room) {
          line = word;
          lineW = ww;
          continue;
        }
        // A single word wider than the cell: break it by characters.
        let piece = '';
        for (const ch of Array.from(word)) {
          const next = piece + ch;
          const nw = this.textWidth(next);
          if (nw > room && piece) {
            line = piece;
            lineW = this.textWidth(piece);
            push();
            piece = ch;
          } else {
            piece = next;
          }
        }
        line = piece;
        lineW = this.textWidth(piece);
      }
      if (line || lines.length === 0) push();
    }
    return { lines, widths };
  }

  /**
   * A table: header repeated on every page, text wrapped inside cells, rows never split
   * across pages. `bold` marks rows (e.g. totals) printed in bold.
   */
  table(columns: Column[], rows: string[][], opts: TableOptions = {}): void {
    const d = this.doc;
    // Wide tables (many stages) shrink the font before a name column is squeezed to a word a line.
    let size = opts.fontSize ?? 9;
    let widths = this.columnWidths(columns, rows, size);
    const cramped = (ws: number[]) =>
      columns.some((c, i) => c.minWidth !== undefined && ws[i]! < Math.max(c.minWidth, this.headerWord(c, size) + 2 * PAD + 0.5));
    while (cramped(widths) && size - 0.5 >= (opts.minFontSize ?? size)) {
      size -= 0.5;
      widths = this.columnWidths(columns, rows, size);
    }
    const lineH = size * 1.2;

    // Column edges, formatted once for the grid of every row.
    const edges: string[] = [];
    {
      let cx = this.left;
      for (let i = 0; i < widths.length - 1; i += 1) {
        cx += widths[i]!;
        edges.push(n2(cx));
      }
    }
    let current = '';
    const useFont = (font: string) => {
      if (current !== font) d.font(font).fontSize(size);
      current = font;
    };
    const layoutRow = (cells: string[], font: string) => {
      useFont(font);
      let maxLines = 1;
      const wrapped = cells.map((raw, i) => {
        const text = raw ?? '';
        const room = widths[i]! - 2 * PAD;
        const w = this.wrap(text, room);
        if (w.lines.length > maxLines) maxLines = w.lines.length;
        return { lines: w.lines, widths: w.widths, room, text };
      });
      const height = Math.max(maxLines * lineH + 2 * PAD, opts.minRowHeight ?? 0);
      return { wrapped, height };
    };

    const drawRow = (row: ReturnType<typeof layoutRow>, font: string, fill?: string) => {
      let x = this.left;
      const y = d.y;
      if (fill) d.rect(this.left, y, this.width, row.height).fill(fill).fillColor('black');
      useFont(font);
      const text = new TextRun(d, this.glyphs);
      row.wrapped.forEach((cell, i) => {
        const w = widths[i]!;
        const align = columns[i]!.align ?? 'left';
        cell.lines.forEach((line, li) => {
          const lw = cell.widths[li]!;
          const tx = align === 'left' ? x + PAD : align === 'right' ? x + w - PAD - lw : x + (w - lw) / 2;
          text.add(line, tx, y + PAD + li * lineH);
        });
        if (this.measure) {
          this.measures.push({
            text: cell.text,
            maxLineWidth: Math.max(0, ...cell.widths),
            room: cell.room,
            lines: cell.lines.length,
            heightUsed: cell.lines.length * lineH + 2 * PAD,
            heightGiven: row.height,
          });
        }
        x += w;
      });
      text.end();
      // Grid: the row's box and the column rules, as one path.
      const top = n2(y);
      const bottom = n2(y + row.height);
      let ops = `0.5 w\n${n2(this.left)} ${top} ${n2(this.width)} ${n2(row.height)} re`;
      for (const cx of edges) ops += `\n${cx} ${top} m ${cx} ${bottom} l`;
      d.addContent(`${ops}\nS`);
      d.y = y + row.height;
    };

    const header = layoutRow(
      columns.map((c) => c.header),
      FONT_BOLD,
    );
    const drawHeader = () => drawRow(header, FONT_BOLD, opts.headerFill ?? '#e6e6e6');

    // The header never stands alone at the bottom of a page.
    const first = rows[0] ? layoutRow(rows[0], FONT) : null;
    this.ensure(header.height + (first?.height ?? 0));
    drawHeader();
    rows.forEach((cells, i) => {
      const row = i === 0 && first ? first : layoutRow(cells, FONT);
      if (d.y + row.height > this.bottom) {
        this.newPage();
        current = '';
        drawHeader();
      }
      drawRow(row, FONT);
    });
    d.x = this.left;
    d.font(FONT).fontSize(10.5);
    this.space(8);
  }

  /** Fitted columns take what their content needs (at most a quarter of the width); the rest share by weight. */
  /** The longest word of a column's header, in the header's bold font: it is never broken. */
  private headerWord(c: Column, size: number): number {
    this.doc.font(FONT_BOLD).fontSize(size);
    const w = Math.max(0, ...c.header.split(/\s+/).map((word) => this.textWidth(word)));
    this.doc.font(FONT).fontSize(size);
    return w;
  }

  private columnWidths(columns: Column[], rows: string[][], size: number): number[] {
    const d = this.doc;
    const fitted = columns.map((c, i) => {
      if (!c.fit) return null;
      d.font(FONT_BOLD).fontSize(size);
      let w = Math.max(0, ...c.header.split(/\s+/).map((word) => this.textWidth(word)));
      d.font(FONT).fontSize(size);
      const seen = new Set<string>();
      for (const r of rows) {
        const text = r[i] ?? '';
        if (seen.has(text)) continue;
        seen.add(text);
        w = Math.max(w, this.textWidth(text));
      }
      return Math.min(w + 2 * PAD + 0.5, c.maxFit ?? this.width / 4);
    });
    const used = fitted.reduce<number>((s, w) => s + (w ?? 0), 0);
    const weight = columns.reduce((s, c, i) => s + (fitted[i] === null ? c.width : 0), 0);
    const rest = Math.max(this.width - used, 0);
    const widths = columns.map((c, i) => fitted[i] ?? (weight ? (c.width / weight) * rest : 0));
    // A flexible column is never narrower than its header's longest word (a header broken
    // inside a word reads as a typo): the room it lacks comes from the flexible columns
    // that have more than their own floor, in proportion to what they have above it.
    const floor = columns.map((c, i) => (fitted[i] === null ? this.headerWord(c, size) + 2 * PAD + 0.5 : 0));
    const lacking = widths.reduce((s, w, i) => s + (fitted[i] === null ? Math.max(0, floor[i]! - w) : 0), 0);
    const spare = widths.reduce((s, w, i) => s + (fitted[i] === null ? Math.max(0, w - floor[i]!) : 0), 0);
    if (lacking > 0 && spare > lacking) {
      return widths.map((w, i) => (fitted[i] !== null ? w : w < floor[i]! ? floor[i]! : w - ((w - floor[i]!) / spare) * lacking));
    }
    return widths;
  }

  /** Place and date, right-aligned ("Jakarta, 23 November 2026"), with a line below it. */
  placeDate(text: string, below?: string): void {
    this.ensure(40);
    const d = this.doc;
    const x = this.left + this.width * 0.55;
    d.font(FONT)
      .fontSize(10.5)
      .text(text, x, d.y, { width: this.width * 0.45 });
    if (below) d.font(FONT_BOLD).text(below, x, d.y, { width: this.width * 0.45 });
    d.font(FONT);
    this.space(6);
  }

  /**
   * Signatures as committees print them: a table No | Nama / NIP | Jabatan | Tanda tangan,
   * the signing dots alternating left and right so neighbours do not sign over each other.
   */
  signatures(
    people: { name: string; nip: string; title: string }[],
    headers: { no: string; name: string; title: string; sign: string },
    nipLabel: string,
  ): void {
    const rows = people.map((p, i) => [
      String(i + 1),
      p.nip ? `${p.name}\n${nipLabel} ${p.nip}` : p.name,
      p.title,
      i % 2 === 0 ? `${i + 1}. ..............` : `          ${i + 1}. ..............`,
    ]);
    this.table(
      [
        { header: headers.no, width: 0.6, align: 'center' },
        { header: headers.name, width: 4.2 },
        { header: headers.title, width: 3 },
        { header: headers.sign, width: 3 },
      ],
      rows,
      { fontSize: 9.5, minRowHeight: 38 },
    );
  }

  /** One signature on the right: place and date, title, room to sign, name (bold), NIP. */
  signBlock(lines: { placeDate?: string; title: string; name: string; nip: string }, nipLabel: string): void {
    const d = this.doc;
    this.ensure(110);
    const x = this.left + this.width * 0.55;
    const w = this.width * 0.45;
    d.font(FONT).fontSize(10.5);
    if (lines.placeDate) d.text(lines.placeDate, x, d.y, { width: w });
    d.text(lines.title, x, d.y, { width: w });
    d.y += 48;
    d.font(FONT_BOLD).text(lines.name, x, d.y, { width: w, underline: true });
    if (lines.nip) d.font(FONT).text(`${nipLabel} ${lines.nip}`, x, d.y, { width: w });
    d.x = this.left;
    d.font(FONT);
    this.space(8);
  }

  /** The verification block: id, data hash, signer, certificate fingerprint, and the QR code. */
  verification(v: { lines: [string, string][]; qr: Buffer; caption: string }): void {
    const d = this.doc;
    const qrSize = 92;
    const tw0 = this.right - (this.left + qrSize + 12) - 6;
    d.font(FONT).fontSize(7.5);
    // A line without a label (the "check with" hint) prints its text alone, without a stray colon.
    const line = (k: string, val: string) => (k ? `${k}: ${val}` : val);
    const textH = v.lines.reduce((s, [k, val]) => s + d.heightOfString(line(k, val), { width: tw0 }), 14);
    const height = Math.max(qrSize, textH) + 10;
    this.ensure(height);
    const top = d.y;
    d.lineWidth(0.5).rect(this.left, top, this.width, height).stroke();
    d.image(v.qr, this.left + 5, top + 5, { width: qrSize, height: qrSize });
    const tx = this.left + qrSize + 12;
    const tw = this.right - tx - 6;
    d.font(FONT_BOLD)
      .fontSize(8.5)
      .text(v.caption, tx, top + 6, { width: tw });
    for (const [k, val] of v.lines) {
      if (k) d.font(FONT).fontSize(7.5).text(`${k}: `, tx, d.y, { width: tw, continued: true }).font(FONT).text(val, { width: tw });
      else d.font(FONT).fontSize(7.5).text(val, tx, d.y, { width: tw });
    }
    d.x = this.left;
    d.y = top + height + 6;
    d.font(FONT).fontSize(10.5);
  }

  /** Page footers ("Halaman 1 dari N") on every buffered page, then the finished PDF bytes. */
  async finish(pageLabel: (page: number, total: number) => string): Promise<Buffer> {
    const d = this.doc;
    const range = d.bufferedPageRange();
    const total = range.count;
    for (let i = range.start; i < range.start + total; i += 1) {
      d.switchToPage(i);
      const bottomMargin = d.page.margins.bottom;
      // Writing inside the bottom margin would otherwise add a page.
      d.page.margins.bottom = 0;
      const y = d.page.height - bottomMargin + 6;
      const left = d.page.margins.left;
      const width = d.page.width - left - d.page.margins.right;
      d.font(FONT).fontSize(7.5).fillColor('#333333');
      // Straight into the content stream (a 250-page document has 250 footers).
      const run = new TextRun(d, this.glyphs);
      let fy = y;
      if (this.footer) {
        for (const line of this.wrap(this.footer, width).lines.slice(0, 2)) {
          run.add(line, left + (width - this.textWidth(line)) / 2, fy);
          fy += 9;
        }
        fy += 2;
      }
      run.add(this.footerLeft, left, fy);
      const label = pageLabel(i + 1, total);
      run.add(label, left + width - this.textWidth(label), fy);
      run.end();
      d.fillColor('black');
      d.page.margins.bottom = bottomMargin;
    }
    d.end();
    return this.done;
  }
}

const n2 = (v: number): string => String(Math.round(v * 100) / 100);

interface FontInternals {
  id: string;
  ascender: number;
  ref(): unknown;
  encode(text: string, features?: unknown): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
}

/**
 * Single-line text fragments written straight into the page's content stream, one BT/ET
 * block for a whole table row: what pdfkit's text() emits for a line (glyphs from the
 * embedded font's encoder, kerning as TJ adjustments), without its per-call overhead, which
 * dominates a 250-page table. A line with glyph offsets (combining marks) goes through
 * pdfkit's own text().
 */
interface Encoded {
  /** The TJ operand (kerning in thousandths of an em: independent of the size). */
  tj: string;
  /** Advance width in thousandths of an em. */
  width: number;
  /** Glyph offsets (combining marks): drawn by pdfkit's text() instead. */
  offsets: boolean;
}

/**
 * Text of precomposed Latin, Greek, Cyrillic and punctuation, without combining marks: each
 * character is one glyph, so a table cell is encoded glyph by glyph from a per-character
 * cache (no kerning or ligatures, measured and drawn the same way). Anything else is shaped
 * by the font's own layout.
 */
const SIMPLE = /^[\u0020-\u007e\u00a0-\u02af\u0370-\u03ff\u0400-\u04ff\u1e00-\u1fff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf\u2100-\u214f]*$/;

/** Encodings per font and text: a 10,000-row table repeats most of its cells. */
class GlyphCache {
  private readonly byFont = new Map<string, Map<string, Encoded>>();
  private readonly chars = new Map<string, Map<string, { hex: string; width: number }>>();

  private byChars(font: FontInternals, text: string): Encoded {
    let cmap = this.chars.get(font.id);
    if (!cmap) {
      cmap = new Map();
      this.chars.set(font.id, cmap);
    }
    let hex = '';
    let width = 0;
    for (const ch of text) {
      let g = cmap.get(ch);
      if (!g) {
        // Registers the glyph in the font subset (widths, ToUnicode) as pdfkit's text() does.
        const [encoded, positions] = font.encode(ch);
        g = { hex: encoded.join(''), width: positions.reduce((sum, p) => sum + p.advanceWidth, 0) };
        cmap.set(ch, g);
      }
      hex += g.hex;
      width += g.width;
    }
    const e = { tj: `[<${hex}>] TJ`, width, offsets: false };
    this.byFont.get(font.id)!.set(text, e);
    return e;
  }

  get(font: FontInternals, text: string): Encoded {
    let map = this.byFont.get(font.id);
    if (!map) {
      map = new Map();
      this.byFont.set(font.id, map);
    }
    let e = map.get(text);
    if (!e && SIMPLE.test(text)) e = this.byChars(font, text);
    if (!e) {
      const [encoded, positions] = font.encode(text);
      const parts: string[] = [];
      let last = 0;
      let width = 0;
      let offsets = false;
      for (let i = 0; i < positions.length; i += 1) {
        const pos = positions[i]!;
        width += pos.xAdvance;
        if (pos.xOffset || pos.yOffset) offsets = true;
        const adjust = pos.xAdvance - pos.advanceWidth;
        if (adjust !== 0 || i === positions.length - 1) {
          parts.push(`<${encoded.slice(last, i + 1).join('')}> ${n2(-adjust)}`);
          last = i + 1;
        }
      }
      e = { tj: `[${parts.join(' ')}] TJ`, width, offsets };
      map.set(text, e);
    }
    return e;
  }
}

/**
 * Single-line text fragments written straight into the page's content stream, one BT/ET
 * block for a whole table row: what pdfkit's text() emits for a line (glyphs from the
 * embedded font's encoder, kerning as TJ adjustments), without its per-call overhead, which
 * dominates a 250-page table. A line with glyph offsets (combining marks) goes through
 * pdfkit's own text().
 */
class TextRun {
  private readonly ops: string[] = [];
  private readonly font: FontInternals;
  private readonly size: number;
  private readonly pageHeight: number;

  constructor(
    private readonly d: PDFKit.PDFDocument,
    private readonly cache: GlyphCache,
  ) {
    const internals = d as unknown as { _font: FontInternals; _fontSize: number; page: { fonts: Record<string, unknown>; height: number } };
    this.font = internals._font;
    this.size = internals._fontSize;
    this.pageHeight = internals.page.height;
    internals.page.fonts[this.font.id] ??= this.font.ref();
  }

  add(text: string, x: number, yTop: number): void {
    if (!text) return;
    const e = this.cache.get(this.font, text);
    if (e.offsets) {
      this.d.text(text, x, yTop, { lineBreak: false });
      return;
    }
    const y = this.pageHeight - yTop - (this.font.ascender / 1000) * this.size;
    this.ops.push(`1 0 0 1 ${n2(x)} ${n2(y)} Tm`, e.tj);
  }

  end(): void {
    if (!this.ops.length) return;
    this.d.addContent(`q\n1 0 0 -1 0 ${n2(this.pageHeight)} cm\nBT\n/${this.font.id} ${n2(this.size)} Tf\n${this.ops.join('\n')}\nET\nQ`);
  }
}

export function pageLabel(lang: Language): (page: number, total: number) => string {
  return lang === 'id' ? (p, n) => `Halaman ${p} dari ${n}` : (p, n) => `Page ${p} of ${n}`;
}
