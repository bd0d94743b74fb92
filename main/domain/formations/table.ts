import type { Bilingual } from '../../../shared/error-messages/bilingual';
import type { Formation } from '../../../shared/results/formations/types';
import { reason } from '../../../shared/error-messages/reasons';
import { textKey } from '../../../shared/results/formations/text-key';
import { normaliseHeader } from '../../../shared/selection/applicant-fields';
import type { Cell, SheetTable } from '../../../shared/sheet-table';

/**
 * Reading a formation list (formasi) from a spreadsheet: which column holds which part, and
 * every row checked. Pure: the store (store.ts) writes only when no row has a problem.
 */

export type FormationColumn = 'jabatan' | 'lokasi' | 'jenis' | 'pendidikan' | 'kebutuhan';

/** The headers each part is recognised by (compared as normaliseHeader makes them), in order of preference. */
const headerLabels: Record<FormationColumn, readonly string[]> = {
  jabatan: ['jabatan', 'nama jabatan'],
  lokasi: ['lokasi formasi', 'unit kerja', 'lokasi'],
  jenis: ['jenis formasi'],
  pendidikan: ['pendidikan formasi', 'kualifikasi pendidikan'],
  kebutuhan: ['kebutuhan', 'jumlah kebutuhan'],
};

export const FORMATION_TEXT_MAX = 500;
/** Far above the largest selection seen (2,000 formations); a file beyond it is a mistake. */
export const FORMATIONS_MAX = 10_000;
/** As a setup position's places (shared/selection/selection.ts). */
export const KEBUTUHAN_MAX = 100_000;

/** Header index per part; a part without a column is absent. */
export function mapFormationHeaders(headers: readonly string[]): Partial<Record<FormationColumn, number>> {
  const normalised = headers.map(normaliseHeader);
  const out: Partial<Record<FormationColumn, number>> = {};
  const taken = new Set<number>();
  for (const column of Object.keys(headerLabels) as FormationColumn[]) {
    for (const label of headerLabels[column]) {
      const at = normalised.findIndex((h, i) => h === label && !taken.has(i));
      if (at >= 0) {
        out[column] = at;
        taken.add(at);
        break;
      }
    }
  }
  return out;
}

/** A formation read from a row, before it has an id. */
export type FormationRow = Omit<Formation, 'id'>;

export interface FormationProblem {
  /** The row number the person sees in the file (header = 1). */
  row: number;
  reason: Bilingual;
}

/** One formation per key: the four texts compared without case or spaces (as the migration stores them). */
export function formationKey(f: Pick<FormationRow, 'jabatan' | 'lokasi' | 'jenis' | 'pendidikan'>): string {
  return [f.jabatan, f.lokasi, f.jenis, f.pendidikan].map(textKey).join('\u001f');
}

/** SSCASN exports write coded values as "kode - nama" ("1 - UMUM"): the name is the value. A code has a digit first. */
export function formationText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  const text = (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell)).replace(/\s+/g, ' ').trim();
  const coded = /^\d[\w.]*\s*-\s*(.+)$/.exec(text);
  return coded ? (coded[1] ?? '').trim() : text;
}

function kebutuhanOf(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= KEBUTUHAN_MAX ? cell : null;
  const text = formationText(cell);
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= KEBUTUHAN_MAX ? n : null;
}

const isBlank = (cells: readonly Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/**
 * Every row checked: jabatan required, kebutuhan a whole number of at least 1 (1 when the file
 * has no Kebutuhan column), no formation twice. `proposePerPlace` is the selection's default.
 */
export function checkFormationTable(
  table: SheetTable,
  proposePerPlace: number,
): { formations: FormationRow[]; problems: FormationProblem[]; rows: number } {
  const columns = mapFormationHeaders(table.headers);
  const problems: FormationProblem[] = [];
  const formations: FormationRow[] = [];
  if (columns.jabatan === undefined) return { formations, problems: [{ row: 1, reason: reason('FORMATION_NO_JABATAN_COLUMN') }], rows: 0 };
  const firstRow = new Map<string, number>();
  let rows = 0;
  for (const row of table.rows) {
    if (isBlank(row.cells)) continue;
    rows++;
    const cell = (column: FormationColumn) => {
      const at = columns[column];
      return at === undefined ? undefined : row.cells[at];
    };
    const texts = {
      jabatan: formationText(cell('jabatan')),
      lokasi: formationText(cell('lokasi')),
      jenis: formationText(cell('jenis')),
      pendidikan: formationText(cell('pendidikan')),
    };
    const own: Bilingual[] = [];
    if (!texts.jabatan) own.push(reason('FORMATION_JABATAN_MISSING'));
    for (const [column, text] of Object.entries(texts)) {
      if (text.length > FORMATION_TEXT_MAX) own.push(reason('FORMATION_TEXT_TOO_LONG', { column, max: FORMATION_TEXT_MAX }));
    }
    const kebutuhan = columns.kebutuhan === undefined ? 1 : kebutuhanOf(cell('kebutuhan'));
    if (kebutuhan === null) own.push(reason('FORMATION_KEBUTUHAN_INVALID', { value: formationText(cell('kebutuhan')) }));
    if (texts.jabatan) {
      const key = formationKey(texts);
      const first = firstRow.get(key);
      if (first !== undefined) own.push(reason('FORMATION_DUPLICATE', { row: first }));
      else firstRow.set(key, row.rowNumber);
    }
    for (const r of own) problems.push({ row: row.rowNumber, reason: r });
    if (own.length === 0 && kebutuhan !== null) formations.push({ ...texts, kebutuhan, proposePerPlace });
  }
  if (rows === 0) problems.push({ row: 1, reason: reason('FORMATION_NO_ROWS') });
  if (rows > FORMATIONS_MAX) problems.push({ row: 1, reason: reason('FORMATION_TOO_MANY', { max: FORMATIONS_MAX }) });
  return { formations, problems, rows };
}
