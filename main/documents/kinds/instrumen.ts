import { PanelisError, type Language } from '../../../shared/errors';
import { reason } from '../../../shared/error-messages/reasons';
import { formatDateTimeZone, formatNumber } from '../../../shared/format';
import { rubricColumn } from '../../vault/codecs/columns';
import type { Rubric } from '../../../shared/selection/rubric';
import { dateLong } from '../../../shared/terbilang';
import type { Layout } from '../layout';
import { nipLabel, type Signatory } from './common';
import { latestRubricVersion } from '../../domain/selections/rubric-versions';
import { loadSetup } from '../../domain/selections/selections';
import { documentKind } from './kind';
import { chairOf } from './loaders';

/**
 * Instrumen penilaian: a stage's rubric published before scoring: aspects, criteria with
 * weights and minimums, each scale with its descriptors, the stage threshold. Marked DRAF
 * while the rubric is not frozen; otherwise it prints the frozen version and its SHA-256.
 */

export interface InstrumenInput {
  language: Language;
  selectionTitle: string;
  stageName: string;
  rubric: Rubric;
  version: { number: number; sha256: string; frozenAt: string | null } | null;
  date: string;
  place: string;
  number: string;
  chair: Signatory | null;
  committeeName: string;
}

export interface InstrumenContent {
  title: string;
  number: string;
  status: string;
  draft: boolean;
  fields: [string, string][];
  columns: string[];
  rows: string[][];
  scales: { heading: string; columns: string[]; rows: string[][] }[];
  threshold: string;
  placeDate: string;
  signTitle: string;
  signer: { name: string; nip: string } | null;
}

const t = {
  id: {
    title: 'Instrumen Penilaian',
    number: 'Nomor',
    draft: 'DRAF — belum dibekukan; dapat berubah sebelum penilaian dibuka.',
    frozen: (v: number, sha: string, at: string | null) => `Versi ${v} dibekukan${at ? ` ${at}` : ''}; SHA-256 ${sha}.`,
    sel: 'Seleksi',
    stage: 'Tahap',
    combine: 'Cara penggabungan',
    weighted: 'rata-rata tertimbang (persen)',
    sum: 'jumlah nilai',
    cols: ['Kode', 'Aspek / Kriteria', 'Bobot', 'Skala', 'Nilai minimal'],
    scaleCols: ['Nilai', 'Tingkat', 'Deskriptor'],
    numeric: (min: number, max: number, step: number, lang: Language) =>
      `${formatNumber(min, lang, 0)}–${formatNumber(max, lang, 0)} (langkah ${formatNumber(step, lang, step < 1 ? 2 : 0)})`,
    levels: (n: number) => `${n} tingkat`,
    threshold: (v: string) => `Ambang batas nilai tahap: ${v}.`,
    noThreshold: 'Tanpa ambang batas nilai tahap.',
    just: ' (wajib catatan pada nilai ekstrem)',
    sign: (c: string) => `Ketua ${c},`,
  },
  en: {
    title: 'Assessment Rubric',
    number: 'Number',
    draft: 'DRAFT — not frozen; may change before scoring opens.',
    frozen: (v: number, sha: string, at: string | null) => `Version ${v}, frozen${at ? ` ${at}` : ''}; SHA-256 ${sha}.`,
    sel: 'Selection',
    stage: 'Stage',
    combine: 'Combination',
    weighted: 'weighted mean (percent)',
    sum: 'sum of scores',
    cols: ['Code', 'Aspect / Criterion', 'Weight', 'Scale', 'Minimum'],
    scaleCols: ['Value', 'Level', 'Descriptor'],
    numeric: (min: number, max: number, step: number, lang: Language) =>
      `${formatNumber(min, lang, 0)}–${formatNumber(max, lang, 0)} (step ${formatNumber(step, lang, step < 1 ? 2 : 0)})`,
    levels: (n: number) => `${n} levels`,
    threshold: (v: string) => `Stage score threshold: ${v}.`,
    noThreshold: 'No stage score threshold.',
    just: ' (a note is required at the extremes)',
    sign: (c: string) => `Chair of ${c},`,
  },
} as const;

export function instrumenContent(input: InstrumenInput): InstrumenContent {
  const lang = input.language;
  const l = t[lang];
  const r = input.rubric;
  const pct = (v: number) => `${formatNumber(v, lang, Number.isInteger(v) ? 0 : 2)} %`;
  const rows: string[][] = [];
  const aspects = r.aspects.length ? r.aspects : [null];
  for (const a of aspects) {
    if (a) rows.push(['', a.name.toUpperCase(), pct(a.weight), '', '']);
    for (const c of r.criteria.filter((x) => (a ? x.aspectId === a.id : true))) {
      rows.push([
        c.code,
        `${c.name}${c.description ? `\n${c.description}` : ''}${c.justificationRequired ? l.just : ''}`,
        pct(c.weight),
        c.scale.type === 'numeric' ? l.numeric(c.scale.min, c.scale.max, c.scale.step, lang) : l.levels(c.scale.levels.length),
        c.minimum === null ? '–' : formatNumber(c.minimum, lang, Number.isInteger(c.minimum) ? 0 : 2),
      ]);
    }
  }
  const scales = r.criteria
    .filter((c) => c.scale.type === 'levels')
    .map((c) => ({
      heading: `${c.code ? `${c.code} ` : ''}${c.name}`,
      columns: [...l.scaleCols],
      rows:
        c.scale.type === 'levels'
          ? c.scale.levels.map((lv) => [formatNumber(lv.value, lang, Number.isInteger(lv.value) ? 0 : 2), lv.label, lv.descriptor])
          : [],
    }));
  return {
    title: l.title,
    number: `${l.number}: ${input.number}`,
    status: input.version?.frozenAt ? l.frozen(input.version.number, input.version.sha256, input.version.frozenAt) : l.draft,
    draft: !input.version?.frozenAt,
    fields: [
      [l.sel, input.selectionTitle],
      [l.stage, input.stageName],
      [l.combine, r.combine === 'weighted' ? l.weighted : l.sum],
    ],
    columns: [...l.cols],
    rows,
    scales,
    threshold: r.threshold === null ? l.noThreshold : l.threshold(formatNumber(r.threshold, lang, 2)),
    placeDate: `${input.place}, ${dateLong(input.date, lang)}`,
    signTitle: l.sign(input.committeeName),
    signer: input.chair ? { name: input.chair.name, nip: input.chair.nip } : null,
  };
}

export function renderInstrumen(layout: Layout, c: InstrumenContent): void {
  layout.title(c.title, c.number);
  layout.paragraph(c.status, { bold: c.draft, align: 'center', size: 9.5 });
  layout.fields(c.fields, 120);
  layout.table(
    [
      { header: c.columns[0]!, width: 0, fit: true },
      { header: c.columns[1]!, width: 5 },
      { header: c.columns[2]!, width: 0, fit: true, align: 'right' },
      { header: c.columns[3]!, width: 2 },
      { header: c.columns[4]!, width: 0, fit: true, align: 'right' },
    ],
    c.rows,
  );
  layout.paragraph(c.threshold);
  for (const s of c.scales) {
    layout.heading(s.heading);
    layout.table(
      [
        { header: s.columns[0]!, width: 0, fit: true, align: 'center' },
        { header: s.columns[1]!, width: 1.5 },
        { header: s.columns[2]!, width: 5 },
      ],
      s.rows,
    );
  }
  if (c.signer) layout.signBlock({ placeDate: c.placeDate, title: c.signTitle, name: c.signer.name, nip: c.signer.nip }, nipLabel);
}

/** Instrumen penilaian: a stage's rubric, the frozen version once scoring opened, DRAF before. */
export const instrumen = documentKind<'instrumen', InstrumenInput, InstrumenContent>({
  code: 'INS',
  numbered: true,
  title: { id: 'Instrumen Penilaian', en: 'Assessment Rubric' },
  selectionOf: async (_db, req) => req.selectionId,
  load: async (db, req, ctx) => {
    const setup = await loadSetup(db, req.selectionId);
    const stage = setup.stages.find((s) => s.id === req.stageId);
    if (!stage?.rubric) throw new PanelisError('DOCUMENT_INPUT_INVALID', { reason: reason('STAGE_WITHOUT_RUBRIC') });
    const v = await latestRubricVersion(db, req.selectionId, req.stageId);
    const chair = await chairOf(db, req.selectionId);
    // Frozen: the version scoring opened with, as stored; a draft prints the stage's current rubric.
    const rubric = v?.frozen_at ? rubricColumn.decode(v.rubric) : stage.rubric;
    const zone = ctx.settings.timeZone;
    return {
      selectionId: req.selectionId,
      subjectId: req.stageId,
      input: {
        language: ctx.lang,
        selectionTitle: setup.title,
        stageName: stage.name,
        rubric,
        version: v
          ? { number: v.version, sha256: v.sha256, frozenAt: v.frozen_at ? formatDateTimeZone(v.frozen_at, ctx.lang, zone) : null }
          : null,
        date: ctx.date,
        place: ctx.place,
        number: ctx.number,
        chair,
        committeeName: ctx.committeeName,
      },
    };
  },
  content: instrumenContent,
  render: (layout, content) => renderInstrumen(layout, content),
});
