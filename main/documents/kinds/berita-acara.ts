import type { ResultsView } from '../../../shared/contract/results-types';
import type { Language } from '../../../shared/errors';
import { countInWords, dateLong, hariTanggalTerbilang } from '../../../shared/terbilang';
import type { Column, Layout } from '../layout';
import { countOutcomes, nipLabel, orderSignatories, remark, roleTitle, score, stageScore, type Signatory } from './common';
import { loadSetup } from '../../domain/selections/selections';
import { documentKind } from './kind';
import { finalSnapshot, signatoriesOf } from './loaders';

/**
 * Berita acara hasil seleksi: the official record of the final results, printed from the
 * final snapshot. `beritaAcaraContent` turns the snapshot into exactly what is printed (every
 * figure already formatted as the UI shows it); that object is the document's embedded JSON,
 * and `renderBeritaAcara` only draws it.
 */

export interface BeritaAcaraInput {
  language: Language;
  selectionTitle: string;
  committeeName: string;
  number: string;
  /** The date of the record, YYYY-MM-DD (the committee's calendar date). */
  date: string;
  place: string;
  legalBasis: string[];
  final: ResultsView;
  /** Each stage's own results (the snapshot's stageResults): printed as a table per stage. */
  stageResults?: Record<string, ResultsView>;
  signatories: Signatory[];
  snapshot: { id: string; sha256: string; finalisedAt: string } | null;
}

/** Above this many applicants the per-stage tables are left out (the final table carries every stage's score). */
export const STAGE_TABLES_MAX_ROWS = 300;

export interface BeritaAcaraContent {
  title: string;
  number: string;
  opening: string;
  legalBasisHeading: string;
  legalBasis: string[];
  resultHeading: string;
  columns: string[];
  /** One line per applicant: no, code, name, each stage's score, final, rank, remark. */
  rows: string[][];
  /** Per scored stage: the stage's score, rank and outcome (small selections; see STAGE_TABLES_MAX_ROWS). */
  stageTables: { heading: string; columns: string[]; rows: string[][] }[];
  counts: { total: number; passed: number; failed: number; incomplete: number; withdrawn: number };
  conclusion: string[];
  closing: string;
  placeDate: string;
  committeeName: string;
  signatories: { name: string; nip: string; title: string }[];
  snapshot: { id: string; sha256: string; finalisedAt: string } | null;
  notes: string[];
}

const t = {
  id: {
    title: 'Berita Acara Hasil Seleksi',
    number: 'Nomor',
    opening: (o: string, committee: string, sel: string) =>
      `${o}, kami yang bertanda tangan di bawah ini, ${committee}, telah melaksanakan penilaian dan menetapkan hasil ${sel} dengan hasil sebagaimana tercantum di bawah ini.`,
    dasar: 'Dasar:',
    result: 'Hasil seleksi:',
    stage: (name: string) => `Hasil tahap ${name}:`,
    stageCols: { no: 'No', code: 'Kode', name: 'Nama', score: 'Nilai Tahap', rank: 'Peringkat', remark: 'Keterangan' },
    cols: { no: 'No', code: 'Kode', name: 'Nama', final: 'Nilai Akhir', rank: 'Peringkat', remark: 'Keterangan' },
    conclusion: (c: ReturnType<typeof countOutcomes>) => [
      `Jumlah peserta yang dinilai sebanyak ${countInWords(c.total, 'id')}.`,
      `Peserta yang dinyatakan lulus sebanyak ${countInWords(c.passed, 'id')}.`,
      `Peserta yang dinyatakan tidak lulus sebanyak ${countInWords(c.failed, 'id')}.`,
      ...(c.incomplete ? [`Peserta yang penilaiannya belum lengkap sebanyak ${countInWords(c.incomplete, 'id')}.`] : []),
      ...(c.withdrawn ? [`Peserta yang mengundurkan diri sebanyak ${countInWords(c.withdrawn, 'id')}.`] : []),
    ],
    closing: 'Demikian berita acara ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.',
    snapshot: (s: { id: string; sha256: string }) => `Hasil final: ${s.id}, SHA-256 ${s.sha256}.`,
  },
  en: {
    title: 'Record of Selection Results',
    number: 'Number',
    opening: (o: string, committee: string, sel: string) =>
      `${o}, we the undersigned, ${committee}, have assessed the applicants and established the results of ${sel} as set out below.`,
    dasar: 'Legal basis:',
    result: 'Results:',
    stage: (name: string) => `Results of the ${name} stage:`,
    stageCols: { no: 'No', code: 'Code', name: 'Name', score: 'Stage score', rank: 'Rank', remark: 'Remarks' },
    cols: { no: 'No', code: 'Code', name: 'Name', final: 'Final score', rank: 'Rank', remark: 'Remarks' },
    conclusion: (c: ReturnType<typeof countOutcomes>) => [
      `Applicants assessed: ${countInWords(c.total, 'en')}.`,
      `Applicants who passed: ${countInWords(c.passed, 'en')}.`,
      `Applicants who did not pass: ${countInWords(c.failed, 'en')}.`,
      ...(c.incomplete ? [`Applicants whose assessment is incomplete: ${countInWords(c.incomplete, 'en')}.`] : []),
      ...(c.withdrawn ? [`Applicants who withdrew: ${countInWords(c.withdrawn, 'en')}.`] : []),
    ],
    closing: 'This record has been drawn up truthfully, to be used as appropriate.',
    snapshot: (s: { id: string; sha256: string }) => `Final results: ${s.id}, SHA-256 ${s.sha256}.`,
  },
} as const;

export function beritaAcaraContent(input: BeritaAcaraInput): BeritaAcaraContent {
  const lang = input.language;
  const l = t[lang];
  const view = input.final;
  const scored = view.stages;
  const columns = [l.cols.no, l.cols.code, l.cols.name, ...scored.map((s) => s.name), l.cols.final, l.cols.rank, l.cols.remark];
  const rows = view.rows.map((r, i) => [
    String(i + 1),
    r.code,
    r.name ?? '–',
    ...scored.map((s) => stageScore(r, s.stageId, lang)),
    score(r.final, lang),
    r.rank === null ? '–' : String(r.rank),
    remark(r, lang),
  ]);
  const counts = countOutcomes(view);
  const stageTables =
    view.rows.length > STAGE_TABLES_MAX_ROWS
      ? []
      : view.stages
          .filter((st) => st.kind === 'scored' && input.stageResults?.[st.stageId])
          .map((st) => {
            const sv = input.stageResults![st.stageId]!;
            const c = l.stageCols;
            return {
              heading: l.stage(st.name),
              columns: [c.no, c.code, c.name, c.score, c.rank, c.remark],
              rows: sv.rows.map((r, i) => [
                String(i + 1),
                r.code,
                r.name ?? '–',
                score(r.final, lang),
                r.rank === null ? '–' : String(r.rank),
                remark(r, lang),
              ]),
            };
          });
  return {
    title: l.title,
    number: `${l.number}: ${input.number}`,
    opening: l.opening(hariTanggalTerbilang(input.date, lang), input.committeeName, input.selectionTitle),
    legalBasisHeading: l.dasar,
    legalBasis: input.legalBasis,
    resultHeading: l.result,
    columns,
    rows,
    stageTables,
    counts,
    conclusion: l.conclusion(counts),
    closing: l.closing,
    placeDate: `${input.place}, ${dateLong(input.date, lang)}`,
    committeeName: input.committeeName,
    signatories: orderSignatories(input.signatories).map((s) => ({ name: s.name, nip: s.nip, title: roleTitle(s.role, lang) })),
    snapshot: input.snapshot,
    notes: [...view.notes.map((n) => n.text[lang]), ...(input.snapshot ? [l.snapshot(input.snapshot)] : [])],
  };
}

export function signatureHeaders(lang: Language) {
  return lang === 'id'
    ? { no: 'No', name: 'Nama / NIP', title: 'Jabatan dalam Panitia', sign: 'Tanda Tangan' }
    : { no: 'No', name: 'Name / NIP', title: 'Committee role', sign: 'Signature' };
}

export function renderBeritaAcara(layout: Layout, c: BeritaAcaraContent): void {
  layout.title(c.title, c.number);
  layout.paragraph(c.opening);
  if (c.legalBasis.length) {
    layout.paragraph(c.legalBasisHeading, { bold: true, align: 'left' });
    layout.list(c.legalBasis);
  }
  layout.paragraph(c.resultHeading, { bold: true, align: 'left' });
  const stageCount = c.columns.length - 6;
  const columns: Column[] = c.columns.map((header, i) => {
    if (i === 0) return { header, width: 0, align: 'center', fit: true };
    if (i === 1) return { header, width: 0, align: 'center', fit: true };
    // Names with titles ("Dr. H. Ahmad Syukri, S.Pd., M.Pd.") need room for two words a line.
    if (i === 2) return { header, width: 3, minWidth: 105 };
    if (i < 3 + stageCount) return { header, width: 0, align: 'right', fit: true, maxFit: 80 };
    if (i === 3 + stageCount) return { header, width: 0, align: 'right', fit: true };
    if (i === 4 + stageCount) return { header, width: 0, align: 'center', fit: true };
    return { header, width: 1.6, minWidth: 55 };
  });
  layout.table(columns, c.rows, { fontSize: c.rows.length > 200 ? 7 : 8, minFontSize: 6.5 });
  for (const st of c.stageTables) {
    layout.paragraph(st.heading, { bold: true, align: 'left' });
    layout.table(
      st.columns.map((header, i) =>
        i === 2
          ? { header, width: 3 }
          : i === 5
            ? { header, width: 2.4 }
            : { header, width: 0, fit: true, align: i === 3 ? ('right' as const) : ('center' as const) },
      ),
      st.rows,
      { fontSize: 8 },
    );
  }
  layout.list(c.conclusion);
  for (const n of c.notes) layout.paragraph(n, { size: 8.5, align: 'left' });
  layout.paragraph(c.closing);
  layout.space(6);
  layout.placeDate(c.placeDate, c.committeeName);
  layout.signatures(c.signatories, signatureHeaders(layout.lang), nipLabel);
}

/** Berita acara hasil seleksi: the standing final results, signed by the whole committee. */
export const beritaAcara = documentKind<'beritaAcara', BeritaAcaraInput, BeritaAcaraContent>({
  code: 'BA',
  numbered: true,
  title: { id: 'Berita Acara Hasil Seleksi', en: 'Record of Selection Results' },
  selectionOf: async (_db, req) => req.selectionId,
  load: async (db, req, ctx) => {
    const snap = await finalSnapshot(db, req.selectionId);
    const setup = await loadSetup(db, req.selectionId);
    return {
      selectionId: req.selectionId,
      subjectId: snap.id,
      input: {
        language: ctx.lang,
        selectionTitle: setup.title,
        committeeName: ctx.committeeName,
        number: ctx.number,
        date: ctx.date,
        place: ctx.place,
        legalBasis: ctx.settings.legalBasis,
        final: snap.results,
        stageResults: snap.stageResults,
        signatories: await signatoriesOf(db, req.selectionId),
        snapshot: { id: snap.id, sha256: snap.sha256, finalisedAt: snap.finalisedAt },
      },
    };
  },
  content: beritaAcaraContent,
  render: (layout, content) => renderBeritaAcara(layout, content),
});
