import type { ResultsView } from '../../../shared/contract/results-types';
import type { Language } from '../../../shared/errors';
import { countInWords, dateLong } from '../../../shared/terbilang';
import { compareNamesAlphabetically } from '../../../shared/names';
import type { Column, Layout } from '../layout';
import { countOutcomes, nipLabel, outcomeWord, score, type Signatory } from './common';
import type { PengumumanOptions } from '../../../shared/contract/documents-types';
import { objectionWindow } from '../../../shared/deliberation/objection-period';
import { deliberationConfig } from '../../domain/deliberation/config';
import { loadSetup } from '../../domain/selections/selections';
import { documentKind } from './kind';
import { chairOf, finalSnapshot } from './loaders';

/**
 * Pengumuman hasil seleksi: the public announcement. Never a member's individual score. By
 * options: names or codes, final scores or pass/fail only, alphabetical order (as JPT
 * shortlists are announced) or by rank, everyone or only those who passed.
 */

export interface PengumumanInput {
  language: Language;
  selectionTitle: string;
  committeeName: string;
  number: string;
  date: string;
  place: string;
  final: ResultsView;
  chair: Signatory | null;
  options: PengumumanOptions;
  /** The objection period (masa sanggah) that runs from the announcement, as calendar dates. */
  objection: { from: string; until: string; days: number };
  /** Where the agency publishes the fingerprint of the certificate that signs (empty: not printed). */
  fingerprintPublishedAt: string;
}

export interface PengumumanContent {
  title: string;
  number: string;
  intro: string;
  columns: string[];
  rows: string[][];
  options: PengumumanOptions;
  summary: string;
  closing: string[];
  placeDate: string;
  signTitle: string;
  signer: { name: string; nip: string } | null;
}

const t = {
  id: {
    title: 'Pengumuman Hasil Seleksi',
    number: 'Nomor',
    intro: (sel: string, committee: string) =>
      `Berdasarkan hasil penilaian dan rapat pleno ${committee}, dengan ini diumumkan hasil ${sel} sebagai berikut:`,
    cols: { no: 'No', code: 'Kode Peserta', reg: 'Nomor Peserta', name: 'Nama', final: 'Nilai Akhir', result: 'Keterangan' },
    summary: (passed: number, total: number, onlyPassed: boolean) =>
      onlyPassed
        ? `Peserta yang dinyatakan lulus sebanyak ${countInWords(passed, 'id')}.`
        : `Dari ${countInWords(total, 'id')} peserta, yang dinyatakan lulus sebanyak ${countInWords(passed, 'id')}.`,
    alphabetical: 'Nama disusun menurut abjad nama tanpa gelar dan tidak menunjukkan peringkat.',
    objection: (o: PengumumanInput['objection']) =>
      `Peserta yang berkeberatan atas hasil ini dapat mengajukan sanggahan secara tertulis kepada panitia seleksi dengan menyebutkan nomor peserta dan alasannya, dalam masa sanggah ${countInWords(o.days, 'id')} hari, yaitu ${dateLong(o.from, 'id')} sampai dengan ${dateLong(o.until, 'id')}. Sanggahan yang diterima setelah masa itu tidak dapat diproses.`,
    closing: ['Apabila di kemudian hari terdapat ketidaksesuaian data, panitia berhak membatalkan kelulusan peserta yang bersangkutan.'],
    fingerprint: (where: string) =>
      `Keaslian pengumuman ini dapat diperiksa: tanda tangan elektroniknya harus dibuat dengan sertifikat yang sidik jarinya diumumkan di ${where}.`,
    sign: (committee: string) => `Ketua ${committee},`,
  },
  en: {
    title: 'Announcement of Selection Results',
    number: 'Number',
    intro: (sel: string, committee: string) =>
      `Following the assessment and the plenary meeting of ${committee}, the results of ${sel} are announced as follows:`,
    cols: { no: 'No', code: 'Applicant code', reg: 'Registration no.', name: 'Name', final: 'Final score', result: 'Result' },
    summary: (passed: number, total: number, onlyPassed: boolean) =>
      onlyPassed
        ? `Applicants who passed: ${countInWords(passed, 'en')}.`
        : `Of ${countInWords(total, 'en')} applicants, ${countInWords(passed, 'en')} passed.`,
    alphabetical: 'Names are listed alphabetically by the name without titles; the order is not a ranking.',
    objection: (o: PengumumanInput['objection']) =>
      `Applicants who object to these results may lodge a written objection with the selection committee, stating their registration number and reasons, within the objection period of ${countInWords(o.days, 'en')} days, from ${dateLong(o.from, 'en')} to ${dateLong(o.until, 'en')}. Objections received after that period cannot be considered.`,
    closing: ['Should any data later prove incorrect, the committee may annul the result of the applicant concerned.'],
    fingerprint: (where: string) =>
      `This announcement can be checked: its electronic signature must have been made with the certificate whose fingerprint is published at ${where}.`,
    sign: (committee: string) => `Chair of ${committee},`,
  },
} as const;

export function pengumumanContent(input: PengumumanInput): PengumumanContent {
  const lang = input.language;
  const l = t[lang];
  const o = input.options;
  let rows = input.final.rows.filter((r) => r.outcome !== 'withdrawn' && (!o.passedOnly || r.passed));
  const key = (r: (typeof rows)[number]) => (o.identity === 'name' ? (r.name ?? r.code) : r.code);
  if (o.alphabetical) rows = [...rows].sort((a, b) => compareNamesAlphabetically(key(a), key(b), lang === 'id' ? 'id-ID' : 'en-GB'));
  const columns = [
    l.cols.no,
    ...(o.identity === 'name' ? [l.cols.reg, l.cols.name] : [l.cols.code]),
    ...(o.scores ? [l.cols.final] : []),
    l.cols.result,
  ];
  const out = rows.map((r, i) => [
    String(i + 1),
    ...(o.identity === 'name' ? [r.registrationNumber ?? '–', r.name ?? '–'] : [r.code]),
    ...(o.scores ? [score(r.final, lang)] : []),
    outcomeWord(r, lang),
  ]);
  const counts = countOutcomes(input.final);
  return {
    title: l.title,
    number: `${l.number}: ${input.number}`,
    intro: l.intro(input.selectionTitle, input.committeeName),
    columns,
    rows: out,
    options: o,
    summary: l.summary(counts.passed, counts.total - counts.withdrawn, o.passedOnly),
    closing: [
      ...(o.alphabetical ? [l.alphabetical] : []),
      l.objection(input.objection),
      ...l.closing,
      ...(input.fingerprintPublishedAt.trim() ? [l.fingerprint(input.fingerprintPublishedAt.trim())] : []),
    ],
    placeDate: `${input.place}, ${dateLong(input.date, lang)}`,
    signTitle: l.sign(input.committeeName),
    signer: input.chair ? { name: input.chair.name, nip: input.chair.nip } : null,
  };
}

export function renderPengumuman(layout: Layout, c: PengumumanContent): void {
  layout.title(c.title, c.number);
  layout.paragraph(c.intro);
  const cols: Column[] = c.columns.map((header, i) => {
    if (i === 0) return { header, width: 0, fit: true, align: 'center' };
    if (i === c.columns.length - 1) return { header, width: 0, fit: true, align: 'center' };
    if (header === c.columns[c.columns.length - 2] && c.options.scores) return { header, width: 0, fit: true, align: 'right' };
    if (c.options.identity === 'name' && i === 1) return { header, width: 0, fit: true };
    return { header, width: 4 };
  });
  layout.table(cols, c.rows, { fontSize: 9 });
  layout.paragraph(c.summary);
  layout.list(c.closing);
  layout.space(6);
  if (c.signer) layout.signBlock({ placeDate: c.placeDate, title: c.signTitle, name: c.signer.name, nip: c.signer.nip }, nipLabel);
  else layout.placeDate(c.placeDate, c.signTitle);
}

/** Pengumuman hasil seleksi: the public announcement of the standing final results. */
export const pengumuman = documentKind<'pengumuman', PengumumanInput, PengumumanContent>({
  code: 'PENG',
  numbered: true,
  title: { id: 'Pengumuman Hasil Seleksi', en: 'Announcement of Selection Results' },
  selectionOf: async (_db, req) => req.selectionId,
  load: async (db, req, ctx) => {
    const snap = await finalSnapshot(db, req.selectionId);
    const setup = await loadSetup(db, req.selectionId);
    const chair = await chairOf(db, req.selectionId);
    const days = (await deliberationConfig(db, req.selectionId)).objectionDays;
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
        final: snap.results,
        chair,
        options: req.options,
        objection: { ...objectionWindow(snap.finalisedAt, days), days },
        fingerprintPublishedAt: ctx.settings.fingerprintPublishedAt,
      },
    };
  },
  content: pengumumanContent,
  render: (layout, content) => renderPengumuman(layout, content),
});
