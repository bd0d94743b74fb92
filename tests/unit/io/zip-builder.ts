import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Writes a zip from named parts, for XLSX files whose XML a test spells out by hand (the
 * shapes other writers produce: prefixed elements, inline strings, 1904 dates...).
 */
export function makeZip(parts: Record<string, string | Buffer>, opts: { deflate?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const packed = opts.deflate === false ? data : deflateRawSync(data);
    const method = opts.deflate === false ? 0 : 8;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal workbook: one sheet with the given sheetData XML, optional shared strings and styles. */
export function makeXlsx(opts: {
  sheetData: string;
  sharedStrings?: string[] | string;
  styles?: string;
  date1904?: boolean;
  prefix?: string;
}): Buffer {
  const p = opts.prefix ? `${opts.prefix}:` : '';
  const xmlns = opts.prefix ? `xmlns:${opts.prefix}="${NS}"` : `xmlns="${NS}"`;
  const sst =
    typeof opts.sharedStrings === 'string'
      ? opts.sharedStrings
      : opts.sharedStrings
        ? `<${p}sst ${xmlns}>${opts.sharedStrings.map((s) => `<${p}si><${p}t>${s}</${p}t></${p}si>`).join('')}</${p}sst>`
        : null;
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${xmlns} xmlns:r="${REL}">${opts.date1904 ? `<${p}workbookPr date1904="1"/>` : ''}<${p}sheets><${p}sheet name="Data" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/data.xml"/>${sst ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="/xl/strings.xml"/>` : ''}${opts.styles ? `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>` : ''}</Relationships>`,
    'xl/worksheets/data.xml': `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${xmlns}><${p}sheetData>${opts.sheetData}</${p}sheetData></${p}worksheet>`,
  };
  if (sst) parts['xl/strings.xml'] = sst;
  if (opts.styles) parts['xl/styles.xml'] = `<?xml version="1.0"?><styleSheet xmlns="${NS}">${opts.styles}</styleSheet>`;
  return makeZip(parts);
}
