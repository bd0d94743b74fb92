import type { ResultsRow, ResultsView } from '../../../shared/contract/results-types';
import { reason } from '../../../shared/error-messages/reasons';
import { PanelisError, type Language } from '../../../shared/errors';
import { formatScore } from '../../../shared/results/display';
import type { Stage } from '../../../shared/selection/selection';
import { dateLong } from '../../../shared/terbilang';
import type { Layout } from '../layout';
import { nipLabel, outcomeWord, type Signatory } from './common';
import { loadSetup } from '../../domain/selections/selections';
import { documentKind } from './kind';
import { chairOf, finalSnapshot } from './loaders';

/**
 * Hasil penilaian individu: one applicant's own results, per stage and criterion, against the
 * minimums and thresholds: the feedback a merit system owes each applicant. Nothing about
 * other applicants and no member's individual score: only the aggregated values that count.
 */

export interface HasilIndividuInput {
  language: Language;
  selectionTitle: string;
  committeeName: string;
  number: string;
  date: string;
  place: string;
  row: ResultsRow;
  /** The stages of the final view (names, weights) and the set-up's stages (rubrics). */
  view: Pick<ResultsView, 'stages'>;
  setupStages: Stage[];
  chair: Signatory | null;
}

export interface HasilIndividuContent {
  title: string;
  number: string;
  identity: [string, string][];
  intro: string;
  stages: { name: string; heading: [string, string][]; columns: string[]; rows: string[][] }[];
  finalFields: [string, string][];
  reasons: string[];
  closing: string;
  placeDate: string;
  signTitle: string;
  signer: { name: string; nip: string } | null;
}

const t = {
  id: {
    title: 'Hasil Penilaian Individu',
    number: 'Nomor',
    code: 'Kode peserta',
    reg: 'Nomor peserta',
    name: 'Nama',
    selection: 'Seleksi',
    intro:
      'Berikut hasil penilaian Saudara pada setiap tahap dan kriteria, dibandingkan dengan nilai minimal dan ambang batas yang ditetapkan sebelum penilaian. Nilai adalah nilai gabungan panitia; nilai perseorangan anggota panitia tidak dicantumkan.',
    stageScore: 'Nilai tahap',
    threshold: 'Ambang batas',
    weight: 'Bobot tahap',
    result: 'Hasil tahap',
    cols: ['Kriteria', 'Bobot', 'Nilai', 'Nilai minimal', 'Keterangan'],
    met: 'Memenuhi',
    notMet: 'Di bawah minimal',
    final: 'Nilai akhir',
    rank: 'Peringkat',
    outcome: 'Hasil akhir',
    reasons: 'Alasan:',
    closing: 'Hasil ini disampaikan sebagai umpan balik sesuai prinsip sistem merit.',
    sign: (c: string) => `Ketua ${c},`,
  },
  en: {
    title: 'Individual Assessment Results',
    number: 'Number',
    code: 'Applicant code',
    reg: 'Registration no.',
    name: 'Name',
    selection: 'Selection',
    intro:
      "Your results at each stage and criterion, against the minimums and thresholds set before scoring. Scores are the committee's aggregated values; no individual member's score is shown.",
    stageScore: 'Stage score',
    threshold: 'Threshold',
    weight: 'Stage weight',
    result: 'Stage result',
    cols: ['Criterion', 'Weight', 'Score', 'Minimum', 'Remark'],
    met: 'Meets',
    notMet: 'Below minimum',
    final: 'Final score',
    rank: 'Rank',
    outcome: 'Final result',
    reasons: 'Reasons:',
    closing: 'These results are given as feedback, as the merit system requires.',
    sign: (c: string) => `Chair of ${c},`,
  },
} as const;

const pct = (v: number, lang: Language) => `${formatScore(v, lang)} %`;

export function hasilIndividuContent(input: HasilIndividuInput): HasilIndividuContent {
  const lang = input.language;
  const l = t[lang];
  const r = input.row;
  const stages = input.view.stages.map((vs) => {
    const setup = input.setupStages.find((s) => s.id === vs.stageId) ?? null;
    const mine = r.stages.find((s) => s.stageId === vs.stageId) ?? null;
    const rubric = setup?.rubric ?? null;
    const rows = (rubric?.criteria ?? []).map((c) => {
      const cr = mine?.criteria.find((x) => x.criterionId === c.id) ?? null;
      const value = cr?.aggregate ?? null;
      return [
        `${c.code ? `${c.code} ` : ''}${c.name}`,
        pct(c.weight, lang),
        formatScore(value, lang),
        c.minimum === null ? '–' : formatScore(c.minimum, lang),
        value === null || c.minimum === null ? '–' : cr?.belowMinimum ? l.notMet : l.met,
      ];
    });
    const heading: [string, string][] = [
      [l.weight, vs.kind === 'gate' ? 'MS/TMS' : pct(vs.weight, lang)],
      [l.stageScore, mine?.score === null || mine === null ? (mine?.passed ? 'MS' : mine ? 'TMS' : '–') : formatScore(mine.score, lang)],
      [l.threshold, rubric?.threshold === null || rubric === null ? '–' : formatScore(rubric.threshold, lang)],
      [l.result, mine ? outcomeWord({ outcome: mine.outcome, passed: mine.passed }, lang) : '–'],
    ];
    return { name: vs.name, heading, columns: [...l.cols], rows };
  });
  return {
    title: l.title,
    number: `${l.number}: ${input.number}`,
    identity: [
      [l.selection, input.selectionTitle],
      [l.code, r.code],
      [l.reg, r.registrationNumber ?? '–'],
      [l.name, r.name ?? '–'],
    ],
    intro: l.intro,
    stages,
    finalFields: [
      [l.final, formatScore(r.final, lang)],
      [l.rank, r.rank === null ? '–' : String(r.rank)],
      [l.outcome, outcomeWord(r, lang)],
    ],
    reasons: r.passed ? [] : (r.reasons.length ? r.reasons : r.reason ? [r.reason] : []).map((x) => x.text[lang]),
    closing: l.closing,
    placeDate: `${input.place}, ${dateLong(input.date, lang)}`,
    signTitle: l.sign(input.committeeName),
    signer: input.chair ? { name: input.chair.name, nip: input.chair.nip } : null,
  };
}

export function renderHasilIndividu(layout: Layout, c: HasilIndividuContent): void {
  layout.title(c.title, c.number);
  layout.fields(c.identity, 120);
  layout.paragraph(c.intro, { size: 9.5 });
  for (const s of c.stages) {
    layout.heading(s.name);
    layout.fields(s.heading, 120);
    if (s.rows.length) {
      layout.table(
        [
          { header: s.columns[0]!, width: 5 },
          { header: s.columns[1]!, width: 0, fit: true, align: 'right' },
          { header: s.columns[2]!, width: 0, fit: true, align: 'right' },
          { header: s.columns[3]!, width: 0, fit: true, align: 'right' },
          { header: s.columns[4]!, width: 0, fit: true },
        ],
        s.rows,
        { fontSize: 9 },
      );
    }
  }
  layout.fields(c.finalFields, 120);
  if (c.reasons.length) layout.list(c.reasons);
  layout.paragraph(c.closing);
  if (c.signer) layout.signBlock({ placeDate: c.placeDate, title: c.signTitle, name: c.signer.name, nip: c.signer.nip }, nipLabel);
}

/** Hasil penilaian individu: one applicant's row of the standing final results. */
export const hasilIndividu = documentKind<'hasilIndividu', HasilIndividuInput, HasilIndividuContent>({
  code: 'HI',
  numbered: true,
  title: { id: 'Hasil Penilaian Individu', en: 'Individual Assessment Results' },
  selectionOf: async (_db, req) => req.selectionId,
  load: async (db, req, ctx) => {
    const snap = await finalSnapshot(db, req.selectionId);
    const setup = await loadSetup(db, req.selectionId);
    const row = snap.results.rows.find((r) => r.applicantId === req.applicantId);
    if (!row) throw new PanelisError('DOCUMENT_INPUT_INVALID', { reason: reason('UNKNOWN_APPLICANT') });
    const chair = await chairOf(db, req.selectionId);
    return {
      selectionId: req.selectionId,
      subjectId: req.applicantId,
      input: {
        language: ctx.lang,
        selectionTitle: setup.title,
        committeeName: ctx.committeeName,
        number: ctx.number,
        date: ctx.date,
        place: ctx.place,
        row,
        view: snap.results,
        setupStages: setup.stages,
        chair,
      },
    };
  },
  content: hasilIndividuContent,
  render: (layout, content) => renderHasilIndividu(layout, content),
});
