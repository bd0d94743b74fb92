import type { ResultsView } from '../contract/results-types';
import type { Language } from '../errors';
import { displayValue } from './display';

/**
 * The results as flat records (the CLI's `rank --format json|csv`, later the app's export):
 * the view's rows as the API gives them, best rank first, numbers in full precision,
 * the reason in one language.
 */
export interface RankRecord {
  rank: number | null;
  code: string;
  registrationNumber: string | null;
  name: string | null;
  final: number | null;
  passed: boolean;
  outcome: string;
  reason: string | null;
}

export function rankRecords(view: ResultsView, lang: Language): RankRecord[] {
  return view.rows.map((r) => ({
    rank: r.rank,
    code: r.code,
    registrationNumber: r.registrationNumber,
    name: r.name,
    final: r.final,
    passed: r.passed,
    outcome: r.outcome,
    reason: r.reason ? r.reason.text[lang] : null,
  }));
}

/**
 * A text cell Excel (or LibreOffice) would read as a formula starts with = + - @ (or a tab
 * or carriage return, which some spreadsheets strip first): prefixed with ' it stays text
 * (OWASP "CSV injection"). Numbers are written by us and never pass through here.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(cell: string): string {
  return /[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A number as id-ID Excel reads it: decimal comma, no grouping. */
function decimal(value: number, lang: Language): string {
  const text = String(value);
  return lang === 'id' ? text.replace('.', ',') : text;
}

const headers = {
  id: ['peringkat', 'kode', 'nomor_peserta', 'nama', 'nilai_akhir', 'nilai_tampil', 'lulus', 'hasil', 'alasan'],
  en: ['rank', 'code', 'registration_number', 'name', 'final', 'final_shown', 'passed', 'outcome', 'reason'],
} as const;

/**
 * CSV for Excel in Indonesia: UTF-8 with a BOM (so Excel does not guess a code page),
 * `;` between cells (the list separator of id-ID), CRLF line ends. `final` is the value in
 * full precision, `final_shown` the same rounded half up at two decimals (shared/results/display.ts);
 * with `id` both use a decimal comma so id-ID Excel reads them as numbers. Text cells are
 * quoted when needed and neutralised against formulas.
 */
export function rankCsv(records: readonly RankRecord[], lang: Language): string {
  const yes = lang === 'id' ? 'ya' : 'yes';
  const no = lang === 'id' ? 'tidak' : 'no';
  const text = (v: string | null) => (v === null ? '' : quote(neutralise(v)));
  const lines = [headers[lang].join(';')];
  for (const r of records) {
    lines.push(
      [
        r.rank === null ? '' : String(r.rank),
        text(r.code),
        text(r.registrationNumber),
        text(r.name),
        r.final === null ? '' : decimal(r.final, lang),
        r.final === null ? '' : decimal(displayValue(r.final), lang),
        r.passed ? yes : no,
        text(r.outcome),
        text(r.reason),
      ].join(';'),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** One column of an exported results table; how each kind is written is the file writer's (main/io). */
export interface ExportColumn<R> {
  header: string;
  /** A number (written as a number), a text (neutralised) or empty. */
  value(r: R, i: number): number | string | null;
  /** integer and full: as they are; shown: rounded as the screen shows it; text: neutralised. */
  kind: 'integer' | 'full' | 'shown' | 'text';
}
