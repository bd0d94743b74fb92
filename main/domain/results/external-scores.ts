import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  REGISTRATION_COLUMN,
  type ExternalComponent,
  type ExternalImportInfo,
  type ScoreMapping,
  type ScoreProblem,
  type ScoreProblemCode,
  type ScoresImportResult,
  type ScoresPreview,
  type ScoresSampleRow,
} from '../../../shared/contract/stage-inputs-types';
import { PanelisError } from '../../../shared/errors';
import type { Bilingual, ExternalValue } from '../../../shared/results/types';
import { applicantFields, normaliseHeader } from '../../../shared/selection/applicant-fields';
import { scaleRange, type Rubric } from '../../../shared/selection/rubric';
import type { Stage } from '../../../shared/selection/selection';
import type { Cell, SheetTable } from '../../../shared/sheet-table';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { normaliseCell } from '../applicants/fields';
import { mutate, type Trx } from '../mutate';
import { freezeRubric, rubricHash } from '../selections/rubric-versions';
import { loadSetup } from '../selections/selections';
import { assertSelectionOpen } from './final-guard';
import { rubricColumn } from '../../vault/codecs/columns';
import { joinBilingual, sameInBoth } from '../../../shared/error-messages/bilingual';
import { reason } from '../../../shared/error-messages/reasons';

/**
 * Values of externally scored stages (CAT BKN SKD/SKB, psychological test, assessment
 * centre), imported from a spreadsheet: matched by registration number, headers mapped to
 * the stage's components automatically (the person may change the mapping), every problem
 * reported with its row number, and all rows written in one transaction or none.
 *
 * A (re-)import replaces the stage's values as a whole; the old import and its values stay
 * on record in the audit event. The import freezes the stage's rubric: the values are read
 * against that version for ever, as panel scores are against their round's.
 */

export interface ImportedScoresFile {
  name: string;
  sha256: string;
}

const SAMPLE_SIZE = 20;
const CHUNK = 500;

interface ExternalStage {
  stage: Stage;
  rubric: Rubric;
  components: ExternalComponent[];
}

export function componentsOf(rubric: Rubric): ExternalComponent[] {
  return rubric.criteria.map((c) => {
    const r = scaleRange(c.scale);
    return { criterionId: c.id, code: c.code, name: c.name, min: r.min, max: r.max, minimum: c.minimum };
  });
}

export async function externalStage(db: Kysely<Database>, selectionId: string, stageId: string): Promise<ExternalStage> {
  const setup = await loadSetup(db, selectionId);
  const stage = setup.stages.find((s) => s.id === stageId);
  if (!stage) throw new PanelisError('STAGE_NOT_FOUND');
  if (stage.kind !== 'scored' || stage.source !== 'external' || !stage.rubric || stage.rubric.criteria.length === 0) {
    throw new PanelisError('STAGE_NOT_EXTERNAL', { stage: stage.name });
  }
  return { stage, rubric: stage.rubric, components: componentsOf(stage.rubric) };
}

// ---------------------------------------------------------------- mapping

const registrationLabels = new Set(
  [
    ...(applicantFields.find((f) => f.key === 'registrationNumber')?.labels ?? []),
    'no peserta ujian',
    'nomor peserta ujian',
    'nopes',
    'no reg',
    'registrationnumber',
  ].map(normaliseHeader),
);
const singleValueLabels = new Set(
  ['nilai', 'skor', 'score', 'total', 'jumlah', 'nilai akhir', 'total nilai', 'nilai total'].map(normaliseHeader),
);

const words = (s: string) =>
  normaliseHeader(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The mapping to propose: registration-number headers as for applicants; a component by its
 * code or name ("TWK", "Tes Wawasan Kebangsaan"), then by its code as a word ("Nilai TWK",
 * "TWK (150)"); a one-component stage also takes "Nilai"/"Total". Each target at most once.
 */
export function proposeScoreMapping(headers: string[], components: ExternalComponent[]): ScoreMapping {
  const out: ScoreMapping = Object.fromEntries(headers.map((h) => [h, null]));
  const taken = new Set<string>();
  const take = (h: string, target: string) => {
    out[h] = target;
    taken.add(target);
  };
  for (const h of headers) if (!taken.has(REGISTRATION_COLUMN) && registrationLabels.has(normaliseHeader(h))) take(h, REGISTRATION_COLUMN);
  const free = () => headers.filter((h) => out[h] === null);
  for (const c of components) {
    const exact = free().find((h) => {
      const n = normaliseHeader(h);
      return (c.code !== '' && n === normaliseHeader(c.code)) || n === normaliseHeader(c.name);
    });
    if (exact) take(exact, c.criterionId);
  }
  for (const c of components) {
    if (taken.has(c.criterionId) || c.code === '') continue;
    const code = normaliseHeader(c.code);
    const byWord = free().find((h) => words(h).includes(code));
    if (byWord) take(byWord, c.criterionId);
  }
  const only = components.length === 1 ? components[0] : undefined;
  if (only && !taken.has(only.criterionId)) {
    const h = free().find((x) => singleValueLabels.has(normaliseHeader(x)));
    if (h) take(h, only.criterionId);
  }
  return out;
}

/** A mapping given by the person, against the file and the stage: every component and the registration number exactly once. */
export function checkScoreMapping(headers: string[], mapping: ScoreMapping, components: ExternalComponent[]): ScoreMapping {
  const targets = new Map<string, string>([
    [REGISTRATION_COLUMN, REGISTRATION_COLUMN],
    ...components.map((c) => [c.criterionId, c.code || c.name] as [string, string]),
  ]);
  const out: ScoreMapping = {};
  const used = new Map<string, string[]>();
  for (const h of headers) {
    const t = Object.hasOwn(mapping, h) ? (mapping[h] ?? null) : null;
    if (t !== null && !targets.has(t)) {
      throw new PanelisError('SCORES_MAPPING_INVALID', { problem: reason('COLUMN_TO_UNKNOWN_TARGET', { column: h }) });
    }
    out[h] = t;
    if (t !== null) used.set(t, [...(used.get(t) ?? []), h]);
  }
  for (const [t, hs] of used) {
    if (hs.length > 1) {
      const columns = hs.join(', ');
      throw new PanelisError('SCORES_MAPPING_INVALID', {
        problem:
          t === REGISTRATION_COLUMN
            ? reason('REGISTRATION_NUMBER_FROM_SEVERAL_COLUMNS', { columns })
            : reason('TARGET_FROM_SEVERAL_COLUMNS', { target: targets.get(t) ?? t, columns }),
      });
    }
  }
  const missing = [...targets.entries()].filter(([t]) => !used.has(t));
  if (missing.length > 0) {
    const names = missing.map(([t, n]) => (t === REGISTRATION_COLUMN ? reason('REGISTRATION_NUMBER') : sameInBoth(n)));
    throw new PanelisError('SCORES_MAPPING_INCOMPLETE', { missing: joinBilingual(names, ', ') });
  }
  return out;
}

// ---------------------------------------------------------------- values

const EXCEL_ERROR = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

/**
 * A score as a spreadsheet holds it: a number cell, or text with a decimal comma (id-ID
 * Excel, "87,5") or point. null: empty; NaN: not a number (text, an Excel error, a date).
 */
export function parseScore(cell: Cell): number | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : Number.NaN;
  if (typeof cell !== 'string') return Number.NaN;
  const t = cell.replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return null;
  if (EXCEL_ERROR.test(t)) return Number.NaN;
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return Number.NaN;
  return Number(t.replace(',', '.'));
}

function onScale(c: ExternalComponent, levels: number[] | null, v: number): boolean {
  if (levels) return levels.includes(v);
  return v >= c.min && v <= c.max;
}

function shownCell(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim().slice(0, 60);
}

interface Applicant {
  id: string;
  code: string;
  registrationNumber: string;
  status: string;
}

interface CheckedScores {
  mapping: ScoreMapping;
  problems: ScoreProblem[];
  totalRows: number;
  /** One entry per accepted row, in file order. */
  accepted: { rowNumber: number; applicant: Applicant; values: Record<string, number> }[];
  notInFile: number;
}

const fmt = (n: number, lang: 'id' | 'en') => (lang === 'id' ? String(n).replace('.', ',') : String(n));

async function checkScores(
  db: Kysely<Database>,
  selectionId: string,
  ext: ExternalStage,
  table: SheetTable,
  given: ScoreMapping | undefined,
): Promise<CheckedScores> {
  const mapping = checkScoreMapping(table.headers, given ?? proposeScoreMapping(table.headers, ext.components), ext.components);
  const rows = await db
    .selectFrom('applicants')
    .select(['id', 'blind_code', 'registration_number', 'status'])
    .where('selection_id', '=', selectionId)
    .execute();
  const byNumber = new Map<string, Applicant>();
  for (const r of rows)
    byNumber.set(r.registration_number.toUpperCase(), {
      id: r.id,
      code: r.blind_code,
      registrationNumber: r.registration_number,
      status: r.status,
    });
  const regColumn = table.headers.findIndex((h) => mapping[h] === REGISTRATION_COLUMN);
  const columns = ext.components.map((c) => ({
    component: c,
    index: table.headers.findIndex((h) => mapping[h] === c.criterionId),
    levels: (() => {
      const crit = ext.rubric.criteria.find((x) => x.id === c.criterionId);
      return crit?.scale.type === 'levels' ? crit.scale.levels.map((l) => l.value) : null;
    })(),
  }));

  const problems: ScoreProblem[] = [];
  const accepted: CheckedScores['accepted'] = [];
  const firstRow = new Map<string, number>();
  const matched = new Set<string>();
  const today = new Date();
  for (const row of table.rows) {
    const before = problems.length;
    const add = (code: ScoreProblemCode, criterionId: string | null, message: Bilingual) =>
      problems.push({ rowNumber: row.rowNumber, code, criterionId, message });
    const reg = normaliseCell('registrationNumber', row.cells[regColumn] ?? null, today);
    let applicant: Applicant | undefined;
    if (reg === null) add('NO_REGISTRATION', null, { id: 'Nomor peserta kosong.', en: 'The registration number is empty.' });
    else if (typeof reg !== 'string') add('NO_REGISTRATION', null, reg.message);
    else {
      const key = reg.toUpperCase();
      const first = firstRow.get(key);
      applicant = byNumber.get(key);
      if (first !== undefined) {
        add('DUPLICATE_IN_FILE', null, {
          id: `Nomor peserta ${reg} sudah ada di baris ${first}.`,
          en: `Registration number ${reg} is already on row ${first}.`,
        });
      } else {
        firstRow.set(key, row.rowNumber);
        if (!applicant)
          add('UNKNOWN_REGISTRATION', null, {
            id: `Nomor peserta ${reg} tidak terdaftar pada seleksi ini.`,
            en: `Registration number ${reg} is not an applicant of this selection.`,
          });
      }
    }
    const values: Record<string, number> = {};
    for (const { component: c, index, levels } of columns) {
      const label = c.code || c.name;
      const cell = row.cells[index] ?? null;
      const v = parseScore(cell);
      if (v === null) add('MISSING_VALUE', c.criterionId, { id: `Nilai ${label} kosong.`, en: `The ${label} value is missing.` });
      else if (Number.isNaN(v))
        add('NOT_A_NUMBER', c.criterionId, {
          id: `Nilai ${label} bukan angka: "${shownCell(cell)}".`,
          en: `The ${label} value is not a number: "${shownCell(cell)}".`,
        });
      else if (!onScale(c, levels, v)) {
        add('OFF_SCALE', c.criterionId, {
          id: `Nilai ${label} ${fmt(v, 'id')} di luar skala ${fmt(c.min, 'id')}–${fmt(c.max, 'id')}.`,
          en: `The ${label} value ${fmt(v, 'en')} is outside the scale ${fmt(c.min, 'en')}–${fmt(c.max, 'en')}.`,
        });
      } else values[c.criterionId] = v;
    }
    if (problems.length === before && applicant) {
      accepted.push({ rowNumber: row.rowNumber, applicant, values });
      matched.add(applicant.id);
    }
  }
  const notInFile = rows.filter((r) => r.status === 'active' && !matched.has(r.id)).length;
  return { mapping, problems, totalRows: table.rows.length, accepted, notInFile };
}

// ---------------------------------------------------------------- the current import

export async function importInfo(
  db: Kysely<Database>,
  selectionId: string,
  stageId: string,
): Promise<(ExternalImportInfo & { id: string }) | null> {
  const row = await db
    .selectFrom('external_imports')
    .selectAll()
    .where('selection_id', '=', selectionId)
    .where('stage_id', '=', stageId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    fileName: row.file_name,
    sha256: row.sha256,
    rowCount: row.row_count,
    rubricVersion: row.rubric_version,
    importedBy: row.imported_by_name,
    importedAt: row.imported_at,
  };
}

const publicInfo = (i: (ExternalImportInfo & { id: string }) | null): ExternalImportInfo | null => {
  if (!i) return null;
  const { id: _id, ...rest } = i;
  return rest;
};

/** The imported values of a stage and the frozen rubric they were checked against; null before any import. */
export async function loadExternalInput(
  db: Kysely<Database>,
  selectionId: string,
  stageId: string,
): Promise<{ rubric: Rubric; rubricVersion: number; values: ExternalValue[] } | null> {
  const info = await db
    .selectFrom('external_imports')
    .selectAll()
    .where('selection_id', '=', selectionId)
    .where('stage_id', '=', stageId)
    .executeTakeFirst();
  if (!info) return null;
  const version = await db
    .selectFrom('rubric_versions')
    .select(['rubric'])
    .where('selection_id', '=', selectionId)
    .where('stage_id', '=', stageId)
    .where('version', '=', info.rubric_version)
    .executeTakeFirstOrThrow();
  const rubric = rubricColumn.decode(version.rubric);
  const rows = await db
    .selectFrom('external_values')
    .select(['applicant_id', 'criterion_id', 'value'])
    .where('import_id', '=', info.id)
    .execute();
  const criteria = new Set(rubric.criteria.map((c) => c.id));
  const values = rows
    .filter((r) => criteria.has(r.criterion_id))
    .map((r) => ({ applicantId: r.applicant_id, criterionId: r.criterion_id, value: r.value }));
  return { rubric, rubricVersion: info.rubric_version, values };
}

// ---------------------------------------------------------------- preview and commit

export async function previewScores(
  db: Kysely<Database>,
  selectionId: string,
  stageId: string,
  table: SheetTable,
  file: ImportedScoresFile,
  mapping: ScoreMapping | undefined,
): Promise<ScoresPreview> {
  const ext = await externalStage(db, selectionId, stageId);
  const checked = await checkScores(db, selectionId, ext, table, mapping);
  const sample: ScoresSampleRow[] = checked.accepted.slice(0, SAMPLE_SIZE).map((a) => ({
    rowNumber: a.rowNumber,
    registrationNumber: a.applicant.registrationNumber,
    code: a.applicant.code,
    values: a.values,
  }));
  return {
    stageId,
    fileName: file.name,
    sha256: file.sha256,
    headers: table.headers,
    mapping: checked.mapping,
    components: ext.components,
    totalRows: checked.totalRows,
    acceptedRows: checked.accepted.length,
    problems: checked.problems,
    sample,
    notInFile: checked.notInFile,
    replaces: publicInfo(await importInfo(db, selectionId, stageId)),
  };
}

async function oldValues(trx: Trx, importId: string, ext: ExternalStage): Promise<Record<string, Record<string, number>>> {
  const rows = await trx
    .selectFrom('external_values as v')
    .innerJoin('applicants as a', 'a.id', 'v.applicant_id')
    .select(['a.registration_number', 'v.criterion_id', 'v.value'])
    .where('v.import_id', '=', importId)
    .orderBy('a.registration_number')
    .execute();
  const codes = new Map(ext.components.map((c) => [c.criterionId, c.code || c.criterionId]));
  const out: Record<string, Record<string, number>> = {};
  for (const r of rows) (out[r.registration_number] ??= {})[codes.get(r.criterion_id) ?? r.criterion_id] = r.value;
  return out;
}

/**
 * Writes every value of the file, or nothing: any problem refuses the whole import
 * (SCORES_REJECTED_ROWS). The check runs again inside the transaction. The audit event
 * holds the file's name and SHA-256 and the row count; on a re-import also the replaced
 * import and its values.
 */
export async function commitScores(
  vault: Vault,
  actor: Actor,
  selectionId: string,
  stageId: string,
  table: SheetTable,
  file: ImportedScoresFile,
  mapping: ScoreMapping,
  now: () => Date,
): Promise<ScoresImportResult> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      await assertSelectionOpen(trx, selectionId);
      const ext = await externalStage(trx, selectionId, stageId);
      const checked = await checkScores(trx, selectionId, ext, table, mapping);
      if (checked.problems.length > 0) throw new PanelisError('SCORES_REJECTED_ROWS', { count: checked.problems.length });
      const at = now().toISOString();
      const frozen = await freezeRubric(trx, selectionId, stageId, at);
      if (frozen.sha256 !== rubricHash(ext.rubric)) {
        throw new PanelisError('INVALID_SETUP', { problems: reason('STAGE_RUBRIC_NOT_SAVED') });
      }
      const previous = await importInfo(trx, selectionId, stageId);
      let before: unknown = null;
      if (previous) {
        const { id, ...info } = previous;
        before = { ...info, values: await oldValues(trx, id, ext) };
        await trx.deleteFrom('external_values').where('import_id', '=', id).execute();
        await trx.deleteFrom('external_imports').where('id', '=', id).execute();
      }
      const importId = randomUUID();
      await trx
        .insertInto('external_imports')
        .values({
          id: importId,
          selection_id: selectionId,
          stage_id: stageId,
          file_name: file.name,
          sha256: file.sha256,
          row_count: checked.accepted.length,
          rubric_version: frozen.version,
          rubric_sha256: frozen.sha256,
          mapping: JSON.stringify(checked.mapping),
          imported_by: actor.personId,
          imported_by_name: actor.name,
          imported_at: at,
        })
        .execute();
      const values = checked.accepted.flatMap((a) =>
        Object.entries(a.values).map(([criterionId, value]) => ({
          import_id: importId,
          applicant_id: a.applicant.id,
          criterion_id: criterionId,
          value,
          row_number: a.rowNumber,
        })),
      );
      for (let i = 0; i < values.length; i += CHUNK)
        await trx
          .insertInto('external_values')
          .values(values.slice(i, i + CHUNK))
          .execute();
      return {
        value: { imported: checked.accepted.length, sha256: file.sha256, replaced: previous !== null },
        audit: {
          action: 'scores.import',
          subject: `selection:${selectionId}`,
          before,
          after: { rowCount: checked.accepted.length },
          extra: {
            stageId,
            fileName: file.name,
            sha256: file.sha256,
            rowCount: checked.accepted.length,
            rubricVersion: frozen.version,
            mapping: checked.mapping,
          },
        },
      };
    },
    now,
  );
}
