import { PanelisError } from '../../shared/errors';
import { parseCsvRows } from './csv';
import { tableFromRows, type RawRow } from './headers';
import { decodeText, type EncodingChoice } from './decode';
import type { ReadProgress, SheetTable } from './table';
import { readXlsxRows, type RowSink } from './xlsx';
import { isZip } from './zip';
import type { Bilingual } from '../../shared/error-messages/bilingual';
import { reason } from '../../shared/error-messages/reasons';

/** Formats that are recognisable by their first bytes but that Panelis does not read. */
function foreignFormat(bytes: Buffer): Bilingual | null {
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1) {
    // OLE2: Excel 97-2003 .xls, and also any password-protected .xlsx (Excel wraps it in OLE2).
    return reason('OLD_XLS_OR_PASSWORD');
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return reason('PDF_NOT_SPREADSHEET');
  return null;
}

export type { RowSink } from './xlsx';

/**
 * Reads a spreadsheet's rows in this thread, before the header is known (read-table.ts runs
 * it in a worker and hands rows on through `sink` as they are read). The content decides
 * the format, not the name: a zip is an XLSX workbook, anything else is CSV text (a ".xls"
 * that is really CSV, as many web systems export, reads fine). A failure is IMPORT_UNREADABLE
 * with a reason, or one of the bounds of limits.ts, zip.ts and decode.ts.
 */
export async function readRowsInProcess(
  bytes: Buffer,
  onProgress?: ReadProgress,
  encoding?: EncodingChoice,
  sink?: RowSink,
): Promise<{ rows: RawRow[]; encoding?: SheetTable['encoding'] }> {
  if (bytes.length === 0) throw new PanelisError('IMPORT_UNREADABLE', { reason: reason('EMPTY_FILE') });
  const foreign = foreignFormat(bytes);
  if (foreign) throw new PanelisError('IMPORT_UNREADABLE', { reason: foreign });
  try {
    if (isZip(bytes)) return { rows: await readXlsxRows(bytes, onProgress, sink) };
    const decoded = decodeText(bytes, encoding);
    return { rows: parseCsvRows(decoded.text, onProgress), encoding: { name: decoded.encoding, how: decoded.how } };
  } catch (e) {
    if (e instanceof PanelisError) throw e;
    // A reader bug or a case nobody foresaw: still the person's file, still a clear answer.
    throw new PanelisError('IMPORT_UNREADABLE', { reason: e instanceof Error ? e.message.slice(0, 200) : String(e) });
  }
}

/** The whole table, read in this thread (tests and tools; the app and the CLI use read-table.ts). */
export async function readTableInProcess(bytes: Buffer, onProgress?: ReadProgress, encoding?: EncodingChoice): Promise<SheetTable> {
  const r = await readRowsInProcess(bytes, onProgress, encoding);
  const table = tableFromRows(r.rows);
  if (r.encoding) table.encoding = r.encoding;
  return table;
}
