import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** poppler-utils (pdfsig, pdftotext, pdfinfo, pdftoppm) as a committee's own tools would see a PDF. */

function run(cmd: string, args: string[]): { out: string; code: number } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { out: `${r.stdout}${r.stderr}`, code: r.status ?? -1 };
}

export function pdfsig(file: string): string {
  return run('pdfsig', [file]).out;
}

export function pdftotext(file: string, layout = false): string {
  return run('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-']).out;
}

export function pdfinfo(file: string): { pages: number; width: number; height: number } {
  const out = run('pdfinfo', [file]).out;
  const pages = Number(/Pages:\s+(\d+)/.exec(out)?.[1] ?? NaN);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  return { pages, width: Number(size?.[1] ?? NaN), height: Number(size?.[2] ?? NaN) };
}

export function pdftoppm(file: string, outPrefix: string, resolution = 40): number {
  return run('pdftoppm', ['-r', String(resolution), '-png', file, outPrefix]).code;
}

export function save(dir: string, name: string, pdf: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return file;
}

/**
 * Appends an incremental update that replaces the embedded JSON file's object with `json`
 * (uncompressed): what someone editing the attached data with a PDF tool would produce.
 */
export function replaceEmbeddedJson(pdf: Buffer, json: string): Buffer {
  const text = pdf.toString('latin1');
  const m = /(\d+) 0 obj\s*<<\s*\/Type \/EmbeddedFile/.exec(text);
  if (!m) throw new Error('no embedded file');
  const objNum = Number(m[1]);
  const startxref = Number([...text.matchAll(/startxref\s+(\d+)/g)].pop()![1]);
  const trailers = [...text.matchAll(/trailer\s*<<([\s\S]*?)>>\s*startxref/g)];
  const trailer = trailers.length ? trailers[trailers.length - 1]![1]! : '';
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+ \d+ R)/.exec(trailer)?.[1];
  const info = /\/Info\s+(\d+ \d+ R)/.exec(trailer)?.[1];
  const body = Buffer.from(json, 'utf8');
  const head = Buffer.from(
    `\n${objNum} 0 obj\n<<\n/Type /EmbeddedFile\n/Subtype /application#2Fjson\n/Length ${body.length}\n>>\nstream\n`,
    'latin1',
  );
  const objOffset = pdf.length + 1;
  const tail1 = Buffer.from('\nendstream\nendobj\n', 'latin1');
  const xrefOffset = pdf.length + head.length + body.length + tail1.length;
  const xref = Buffer.from(
    `xref\n0 1\n0000000000 65535 f \n${objNum} 1\n${String(objOffset).padStart(10, '0')} 00000 n \ntrailer\n<<\n/Size ${size}\n/Root ${root}\n${info ? `/Info ${info}\n` : ''}/Prev ${startxref}\n>>\nstartxref\n${xrefOffset}\n%%EOF\n`,
    'latin1',
  );
  return Buffer.concat([pdf, head, body, tail1, xref]);
}
