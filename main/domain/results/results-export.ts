import type { Kysely } from 'kysely';
import type { ResultsCriterionInfo } from '../../../shared/contract/results';
import type { ResultsRow, ResultsView } from '../../../shared/contract/results-types';
import type { Language } from '../../../shared/errors';
import { outcomeWord } from '../../../shared/results/display';
import { rankRecords, type ExportColumn } from '../../../shared/results/export';
import type { Database } from '../../vault/schema';
import { cachedView } from './results-cache';
import type { ResultsViewer } from './results-view';

/**
 * What the results export holds, with the figures of the screen (one cached computation):
 * the first nine columns are those of `panelis rank --format csv` (shared/results/export.ts):
 * rank, code, registration number, name, final in full precision, final shown (rounded half up
 * at two decimals), passed, outcome, reason; then each counted stage's score and each
 * criterion's aggregate as shown (two decimals), then the flags. The file is written by
 * main/io/results-file.ts.
 */

type Column = ExportColumn<ResultsRow>;

/** The export as a table: the file's name without extension, its columns and rows, the lines about it. */
export interface ResultsExportTable {
  name: string;
  columns: Column[];
  rows: ResultsRow[];
  about: string[];
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
      cols.push({
        header: `${lang === 'id' ? 'tahap' : 'stage'}: ${s.name}`,
        kind: 'shown',
        value: (r) => r.stages.find((x) => x.stageId === s.stageId)?.score ?? null,
      });
    }
    for (const c of criteria.filter((x) => x.stageId === s.stageId)) {
      cols.push({
        header: `${s.name}: ${c.code ? `${c.code} ` : ''}${c.name}`,
        kind: 'shown',
        value: (r) =>
          r.stages.find((x) => x.stageId === s.stageId)?.criteria.find((x) => x.criterionId === c.criterionId)?.aggregate ?? null,
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
      if (r.flags.disagreement.length)
        parts.push(`${lang === 'id' ? 'perbedaan penilaian' : 'disagreement'}: ${r.flags.disagreement.map(label).join(', ')}`);
      if (r.flags.tooFewScorers.length)
        parts.push(`${lang === 'id' ? 'penilai kurang' : 'too few scorers'}: ${r.flags.tooFewScorers.map(label).join(', ')}`);
      return parts.length ? parts.join('; ') : null;
    },
  });
  return cols;
}

/** The lines of the XLSX's second sheet: the title, the method, the rounding rule, the notes. */
function aboutLines(view: ResultsView, lang: Language, title: string): string[] {
  return [
    title,
    view.method[lang],
    lang === 'id'
      ? 'Semua nilai dihitung dengan presisi penuh; nilai tampil dibulatkan setengah ke atas pada dua desimal, sama seperti di layar dan PDF. Kolom nilai_akhir berisi nilai presisi penuh.'
      : 'Every value is computed in full precision; shown values are rounded half up at two decimals, as on screen and in the PDF. The column final holds the full-precision value.',
    ...(view.provisional ? [lang === 'id' ? 'HASIL SEMENTARA:' : 'PROVISIONAL RESULTS:', ...view.notes.map((n) => n.text[lang])] : []),
    ...(view.blind
      ? [lang === 'id' ? 'Identitas pelamar belum dibuka: hanya kode.' : 'Applicant identities are not revealed yet: codes only.']
      : []),
  ];
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

export async function resultsExportTable(
  db: Kysely<Database>,
  selectionId: string,
  viewer: ResultsViewer,
  stageId: string | null,
  lang: Language,
): Promise<ResultsExportTable> {
  const { view, criteria } = await cachedView(db, selectionId, viewer, stageId);
  const selection = await db.selectFrom('selections').select('title').where('id', '=', selectionId).executeTakeFirstOrThrow();
  const stage = stageId === null ? null : view.stages.find((s) => s.stageId === stageId);
  const name = `${lang === 'id' ? 'hasil' : 'results'}-${slug(selection.title)}${stage ? `-${slug(stage.name)}` : ''}`;
  return { name, columns: columns(view, criteria, lang), rows: view.rows, about: aboutLines(view, lang, selection.title) };
}
