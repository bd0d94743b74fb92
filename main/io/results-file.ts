import ExcelJS from 'exceljs';
import type { ResultsExportFile } from '../../shared/contract/results';
import type { Language } from '../../shared/errors';
import { displayValue } from '../../shared/results/display';
import { neutralise, type ExportColumn } from '../../shared/results/export';

/**
 * A table of results as a file:
 * - CSV: UTF-8 with BOM, `;`, CRLF, decimal comma in Indonesian, text cells neutralised;
 * - XLSX: numbers are numbers (shown figures stored rounded with the format 0.00, so Excel
 *   shows and sums what the screen shows; the full-precision final stays in its own column),
 *   text cells neutralised, a second sheet with lines about the table (method, notes, rounding).
 * Which columns and rows are exported is the domain's (main/domain/results/results-export.ts).
 */

function quote(cell: string): string {
  return /[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function csvCell<R>(col: ExportColumn<R>, v: number | string | null, lang: Language): string {
  if (v === null) return '';
  if (typeof v === 'string') return quote(neutralise(v));
  // As `rankCsv` writes `final_shown`: the rounded value as a number (67,5), which Excel reads as 67,50.
  const text = String(col.kind === 'shown' ? displayValue(v) : v);
  return lang === 'id' ? text.replace('.', ',') : text;
}

export function tableCsv<R>(cols: ExportColumn<R>[], rows: R[], lang: Language): string {
  const lines = [cols.map((c) => quote(neutralise(c.header))).join(';')];
  rows.forEach((r, i) => lines.push(cols.map((c) => csvCell(c, c.value(r, i), lang)).join(';')));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** `about`: the lines of the second sheet, each neutralised. */
export async function tableXlsx<R>(cols: ExportColumn<R>[], rows: R[], lang: Language, about: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Panelis';
  const sheet = wb.addWorksheet(lang === 'id' ? 'Hasil' : 'Results', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(cols.map((c) => neutralise(c.header))).font = { bold: true };
  rows.forEach((r, i) => {
    sheet.addRow(
      cols.map((c) => {
        const v = c.value(r, i);
        if (v === null) return null;
        if (typeof v === 'string') return neutralise(v);
        return c.kind === 'shown' ? displayValue(v) : v;
      }),
    );
  });
  cols.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    if (c.kind === 'shown') column.numFmt = '0.00';
    column.width = c.kind === 'text' ? 24 : 14;
  });
  const sheetAbout = wb.addWorksheet(lang === 'id' ? 'Keterangan' : 'About');
  for (const l of about) sheetAbout.addRow([neutralise(l)]);
  sheetAbout.getColumn(1).width = 120;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The table as the file asked for: its name, MIME type and bytes (base64), and how many rows it holds. */
export async function tableFile<R>(
  table: { name: string; columns: ExportColumn<R>[]; rows: R[]; about: string[] },
  format: 'csv' | 'xlsx',
  lang: Language,
): Promise<ResultsExportFile & { rows: number }> {
  if (format === 'csv') {
    return {
      fileName: `${table.name}.csv`,
      mimeType: 'text/csv;charset=utf-8',
      base64: Buffer.from(tableCsv(table.columns, table.rows, lang), 'utf8').toString('base64'),
      rows: table.rows.length,
    };
  }
  const buffer = await tableXlsx(table.columns, table.rows, lang, table.about);
  return {
    fileName: `${table.name}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: buffer.toString('base64'),
    rows: table.rows.length,
  };
}
