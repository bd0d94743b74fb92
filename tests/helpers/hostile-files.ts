import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

/**
 * The hostile spreadsheets of issue 14, generated at test time (nothing big is committed).
 * Sizes are parameters: the tests use small variants, `scripts`-style runs of the full sizes
 * (25,000 rows, 200,000 separators, a 1 GiB sheet) are measured through the CLI.
 */

interface Packed {
  name: string;
  /** Compressed (method 8) or stored (method 0) bytes. */
  data: Buffer;
  crc: number;
  size: number;
  method: 0 | 8;
}

function deflated(name: string, content: string | Buffer): Packed {
  const raw = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  return { name, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length, method: 8 };
}

/** A zip of already packed parts; `alias` adds central-directory names for existing parts' bytes. */
export function zipOf(parts: Packed[], alias: { name: string; of: string }[] = []): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets = new Map<string, number>();
  let offset = 0;
  const central = (p: Packed, name: string, at: number) => {
    const nameBytes = Buffer.from(name, 'utf8');
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x800, 8);
    c.writeUInt16LE(p.method, 10);
    c.writeUInt32LE(p.crc, 16);
    c.writeUInt32LE(p.data.length, 20);
    c.writeUInt32LE(p.size, 24);
    c.writeUInt16LE(nameBytes.length, 28);
    c.writeUInt32LE(at, 42);
    centrals.push(c, nameBytes);
  };
  for (const p of parts) {
    const nameBytes = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, p.data);
    central(p, p.name, offset);
    offsets.set(p.name, offset);
    offset += 30 + nameBytes.length + p.data.length;
  }
  for (const a of alias) {
    const p = parts.find((x) => x.name === a.of);
    if (!p) throw new Error(`no part ${a.of}`);
    central(p, a.name, offsets.get(a.of) as number);
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  const count = parts.length + alias.length;
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The parts around one worksheet. The workbook lists `sheets` sheets; the first `samePath`
 * of them name xl/worksheets/sheet1.xml, the others xl/worksheets/copyN.xml (which a caller
 * points at sheet1.xml's bytes through zipOf's aliases).
 */
function workbookParts(sheets = 1, samePath = sheets): Packed[] {
  const list = Array.from(
    { length: sheets },
    (_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i < samePath ? 1 : i + 1}"/>`,
  ).join('');
  const rels = Array.from(
    { length: sheets - samePath },
    (_, k) => `<Relationship Id="rId${samePath + k + 1}" Type="${REL}/worksheet" Target="worksheets/copy${k}.xml"/>`,
  ).join('');
  return [
    deflated('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    deflated(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${list}</sheets></workbook>`,
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${rels}</Relationships>`,
    ),
  ];
}

const cellText = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/**
 * An applicant sheet of `rows` rows, with a value in column `far` (default XFD, the last
 * Excel column) on every row, or, with `headerOnly`, only in the header row (a stray cell).
 */
export function farCellXlsx(rows: number, opts: { far?: string; headerOnly?: boolean } = {}): Buffer {
  const far = opts.far ?? 'XFD';
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>`];
  const farHeader = opts.headerOnly ? cellText(`${far}1`, 'x') : '';
  out.push(`<row r="1">${cellText('A1', 'No Peserta')}${cellText('B1', 'Nama')}${farHeader}</row>`);
  for (let r = 2; r <= rows + 1; r++) {
    const farCell = opts.headerOnly ? '' : `<c r="${far}${r}"><v>${r}</v></c>`;
    out.push(`<row r="${r}">${cellText(`A${r}`, `A-${r}`)}${cellText(`B${r}`, `Pelamar ${r}`)}${farCell}</row>`);
  }
  out.push('</sheetData></worksheet>');
  return zipOf([...workbookParts(), deflated('xl/worksheets/sheet1.xml', out.join(''))]);
}

/** A CSV with `rows` applicant rows and one row of `separators` separators ending in a value. */
export function wideRowCsv(separators: number, rows = 10, opts: { valueAtEnd?: boolean } = {}): Buffer {
  const lines = ['No Peserta;Nama'];
  for (let r = 1; r <= rows; r++) lines.push(`A-${r};Pelamar ${r}`);
  lines.push(`A-0;Lebar${';'.repeat(separators)}${opts.valueAtEnd === false ? '' : 'x'}`);
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

/**
 * A zip bomb: a worksheet of `bytes` bytes (blank XML, spaces) deflated at about 1000 to 1.
 * Streamed through zlib in 1 MiB pieces, so generating 1 GiB needs little memory.
 */
export async function bombXlsx(bytes: number): Promise<Buffer> {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>`);
  const tail = Buffer.from('</sheetData></worksheet>');
  const fill = bytes - head.length - tail.length;
  const piece = Buffer.alloc(1024 * 1024, 0x20);
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = crc32(head);
  deflate.write(head);
  for (let left = fill; left > 0; left -= piece.length) {
    const part = left >= piece.length ? piece : piece.subarray(0, left);
    crc = crc32(part, crc);
    if (!deflate.write(part)) await new Promise((r) => deflate.once('drain', r));
  }
  crc = crc32(tail, crc);
  deflate.end(tail);
  await done;
  const sheet: Packed = { name: 'xl/worksheets/sheet1.xml', data: Buffer.concat(chunks), crc, size: bytes, method: 8 };
  return zipOf([...workbookParts(), sheet]);
}

/**
 * A workbook of `sheets` sheet entries that all lead to one blank worksheet of `rows` rows
 * (each with an empty styled cell, so it compresses like real XML, well under the bomb
 * ratio): half of them by the same path, half through other zip names for the same bytes.
 */
export function repeatedPartXlsx(sheets: number, rows: number): Buffer {
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>`];
  for (let r = 1; r <= rows; r++) out.push(`<row r="${r}"><c r="A${r}" s="${r % 97}"/></row>`);
  out.push('</sheetData></worksheet>');
  const sheet = deflated('xl/worksheets/sheet1.xml', out.join(''));
  const samePath = Math.ceil(sheets / 2);
  const aliases = Array.from({ length: sheets - samePath }, (_, k) => ({ name: `xl/worksheets/copy${k}.xml`, of: sheet.name }));
  return zipOf([...workbookParts(sheets, samePath), sheet], aliases);
}
