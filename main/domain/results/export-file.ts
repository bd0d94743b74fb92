import { outcomeWord } from '../../../shared/results/display';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { ResultsCriterionInfo, ResultsExportFile } from '../../../shared/contract/results';
import type { ResultsRow, ResultsView } from '../../../shared/contract/results-types';
import type { Language } from '../../../shared/errors';
import { displayValue } from '../../../shared/results/display';
import { neutralise, rankRecords } from '../../../shared/results/export';
import type { Database } from '../../vault/schema';
import { cachedView } from './results-cache';
import type { ResultsViewer } from './results-view';

/**
 * The result table as a file, with the figures of the screen (one cached computation):
 * - the first nine columns are those of `panelis rank --format csv` (shared/results/export.ts):
 *   rank, code, registration number, name, final in full precision, final shown (rounded half up
 *   at two decimals), passed, outcome, reason; then each counted stage's score and each
 *   criterion's aggregate as shown (two decimals), then the flags;
 * - CSV: UTF-8 with BOM, `;`, CRLF, decimal comma in Indonesian, text cells neutralised;
 * - XLSX: numbers are numbers (shown figures stored rounded with the format 0.00, so Excel
 *   shows and sums what the screen shows; the full-precision final stays in its own column),
 *   text cells neutralised, a second sheet with the method, the notes and the rounding rule.
 */

interface Column {
  header: string;
  /** A number (written as a number), a text (neutralised) or empty. */
  value(r: ResultsRow, i: number): number | string | null;
  kind: 'integer' | 'full' | 'shown' | 'text';
}

const yesNo = { id: ['ya', 'tidak'], en: ['yes', 'no'] } as const;
const base = {
  id: ['peringkat', 'kode', 'nomor_peserta', 'nama', 'nilai_akhir', 'nilai_tampil', 'lulus', 'hasil', 'alasan'],
  en: ['rank', 'code', 'registration_number', 'name', 'final', 'final_shown', 'passed', 'outcome', 'reason'],
} as const;

function columns(view: ResultsView, criteria: ResultsCriterionInfo[], lang: Language): Column[] {
  const records = rankRecords(view, lang);
  const h = base[lang];
  const cols: Column[] = [
    { header: h[0], kind: 'integer', value: (_r, i) => records[i]!.rank },
    { header: h[1], kind: 'text', value: (_r, i) => records[i]!.code },
    { header: h[2], kind: 'text', value: (_r, i) => records[i]!.registrationNumber },
    { header: h[3], kind: 'text', value: (_r, i) => records[i]!.name },
    { header: h[4], kind: 'full', value: (_r, i) => records[i]!.final },
    { header: h[5], kind: 'shown', value: (_r, i) => records[i]!.final },
    { header: h[6], kind: 'text', value: (_r, i) => yesNo[lang][records[i]!.passed ? 0 : 1] },
    { header: h[7], kind: 'text', value: (_r, i) => outcomeWord(records[i]!, lang) },
    { header: h[8], kind: 'text', value: (_r, i) => records[i]!.reason },
  ];
  const stageName = new Map(view.stages.map((s) => [s.stageId, s.name]));
  const counted = view.stages.filter((s) => s.status === 'counted' && (view.stageId === null || s.stageId === view.stageId));
  for (const s of counted) {
    if (view.stageId === null) {
      cols.push({ header: `${lang === 'id' ? 'tahap' : 'stage'}: ${s.name}`, kind: 'shown', value: (r) => r.stages.find((x) => x.stageId === s.stageId)?.score ?? null });
    }
    for (const c of criteria.filter((x) => x.stageId === s.stageId)) {
      cols.push({
        header: `${s.name}: ${c.code ? `${c.code} ` : ''}${c.name}`,
        kind: 'shown',
        value: (r) => r.stages.find((x) => x.stageId === s.stageId)?.criteria.find((x) => x.criterionId === c.criterionId)?.aggregate ?? null,
      });
    }
  }
  const label = (ref: { stageId: string; criterionId: string }) => {
    const c = criteria.find((x) => x.stageId === ref.stageId && x.criterionId === ref.criterionId);
    return `${stageName.get(ref.stageId) ?? ref.stageId}: ${c ? c.code || c.name : ref.criterionId}`;
  };
  cols.push({
    header: lang === 'id' ? 'tanda' : 'flags',
    kind: 'text',
    value: (r) => {
      const parts: string[] = [];
      if (r.flags.disagreement.length) parts.push(`${lang === 'id' ? 'perbedaan penilaian' : 'disagreement'}: ${r.flags.disagreement.map(label).join(', ')}`);
      if (r.flags.tooFewScorers.length) parts.push(`${lang === 'id' ? 'penilai kurang' : 'too few scorers'}: ${r.flags.tooFewScorers.map(label).join(', ')}`);
      return parts.length ? parts.join('; ') : null;
    },
  });
  return cols;
}

function quote(cell: string): string {
  return /[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function csvCell(col: Column, v: number | string | null, lang: Language): string {
  if (v === null) return '';
  if (typeof v === 'string') return quote(neutralise(v));
  // As `rankCsv` writes `final_shown`: the rounded value as a number (67,5), which Excel reads as 67,50.
  const text = String(col.kind === 'shown' ? displayValue(v) : v);
  return lang === 'id' ? text.replace('.', ',') : text;
}

export function resultsCsv(view: ResultsView, criteria: ResultsCriterionInfo[], lang: Language): string {
  const cols = columns(view, criteria, lang);
  const lines = [cols.map((c) => quote(neutralise(c.header))).join(';')];
  view.rows.forEach((r, i) => lines.push(cols.map((c) => csvCell(c, c.value(r, i), lang)).join(';')));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export async function resultsXlsx(view: ResultsView, criteria: ResultsCriterionInfo[], lang: Language, title: string): Promise<Buffer> {
  const cols = columns(view, criteria, lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Panelis';
  const sheet = wb.addWorksheet(lang === 'id' ? 'Hasil' : 'Results', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(cols.map((c) => neutralise(c.header))).font = { bold: true };
  view.rows.forEach((r, i) => {
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
  const about = wb.addWorksheet(lang === 'id' ? 'Keterangan' : 'About');
  const lines = [
    neutralise(title),
    neutralise(view.method[lang]),
    lang === 'id'
      ? 'Semua nilai dihitung dengan presisi penuh; nilai tampil dibulatkan setengah ke atas pada dua desimal, sama seperti di layar dan PDF. Kolom nilai_akhir berisi nilai presisi penuh.'
      : 'Every value is computed in full precision; shown values are rounded half up at two decimals, as on screen and in the PDF. The column final holds the full-precision value.',
    ...(view.provisional ? [lang === 'id' ? 'HASIL SEMENTARA:' : 'PROVISIONAL RESULTS:', ...view.notes.map((n) => neutralise(n.text[lang]))] : []),
    ...(view.blind ? [lang === 'id' ? 'Identitas pelamar belum dibuka: hanya kode.' : 'Applicant identities are not revealed yet: codes only.'] : []),
  ];
  for (const l of lines) about.addRow([l]);
  about.getColumn(1).width = 120;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'seleksi'
  );
}

export async function exportResults(
  db: Kysely<Database>,
  selectionId: string,
  viewer: ResultsViewer,
  stageId: string | null,
  format: 'csv' | 'xlsx',
  lang: Language,
): Promise<ResultsExportFile & { rows: number }> {
  const { view, criteria } = await cachedView(db, selectionId, viewer, stageId);
  const selection = await db.selectFrom('selections').select('title').where('id', '=', selectionId).executeTakeFirstOrThrow();
  const stage = stageId === null ? null : view.stages.find((s) => s.stageId === stageId);
  const name = `${lang === 'id' ? 'hasil' : 'results'}-${slug(selection.title)}${stage ? `-${slug(stage.name)}` : ''}`;
  if (format === 'csv') {
    return { fileName: `${name}.csv`, mimeType: 'text/csv;charset=utf-8', base64: Buffer.from(resultsCsv(view, criteria, lang), 'utf8').toString('base64'), rows: view.rows.length };
  }
  const buffer = await resultsXlsx(view, criteria, lang, selection.title);
  return {
    fileName: `${name}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: buffer.toString('base64'),
    rows: view.rows.length,
  };
}
