import { PanelisError, type Language } from '../../../shared/errors';
import { scoreSheetColumn } from '../../vault/codecs/score-sheet';
import { reason } from '../../../shared/error-messages/reasons';
import { formatDateTimeZone, formatNumber } from '../../../shared/format';
import type { Criterion } from '../../../shared/selection/rubric';
import { dateLong } from '../../../shared/terbilang';
import type { Layout } from '../layout';
import { groupHex } from '../produce';
import { nipLabel } from './common';
import { createHash } from 'node:crypto';
import { wibDate } from '../../../shared/deliberation/objection-period';
import { nameAndNip } from '../../domain/people/people';
import { loadRound, roundRubric } from '../../domain/rounds/round-record';
import { submittedSheet } from '../../domain/scoring/sheet';
import { loadSetup } from '../../domain/selections/selections';
import { documentKind } from './kind';
import { orNull } from './loaders';

/**
 * Lembar penilaian: one member's submitted, signed score sheet for a round, as it was signed:
 * every applicant code and criterion value, the notes, the sheet's SHA-256 and the Ed25519
 * signature and key fingerprints, so the paper can be matched against the vault.
 */

export interface LembarInput {
  language: Language;
  selectionTitle: string;
  stageName: string;
  member: { name: string; nip: string };
  submittedAt: string;
  /** YYYY-MM-DD of submission in the committee's calendar. */
  submittedDate: string;
  place: string;
  criteria: Criterion[];
  entries: { code: string; criterionId: string; value: number | null; note: string }[];
  sheetSha256: string;
  signatureSha256: string;
  publicKeySha256: string;
  rubricVersion: number | null;
  rubricSha256: string | null;
  revision: number | null;
}

export interface LembarContent {
  title: string;
  fields: [string, string][];
  legend: string[];
  columns: string[];
  rows: string[][];
  notesHeading: string;
  notes: string[][];
  notesColumns: string[];
  seal: [string, string][];
  statement: string;
  placeDate: string;
  signTitle: string;
  member: { name: string; nip: string };
}

const t = {
  id: {
    title: 'Lembar Penilaian',
    sel: 'Seleksi',
    stage: 'Tahap',
    member: 'Penilai',
    submitted: 'Dikirim',
    rubric: 'Instrumen penilaian',
    version: (v: number | null, sha: string | null) => (v === null ? 'draf' : `versi ${v}${sha ? `, SHA-256 ${sha.slice(0, 16)}…` : ''}`),
    revision: 'Revisi',
    code: 'Kode',
    notesHeading: 'Catatan penilai:',
    notesCols: ['Kode', 'Kriteria', 'Catatan'],
    sheetSha: 'SHA-256 lembar',
    sig: 'Sidik jari tanda tangan Ed25519 (SHA-256)',
    key: 'Sidik jari kunci publik (SHA-256)',
    statement: 'Saya menyatakan bahwa penilaian ini saya berikan secara mandiri, objektif dan tanpa benturan kepentingan.',
    sign: 'Penilai,',
  },
  en: {
    title: 'Score Sheet',
    sel: 'Selection',
    stage: 'Stage',
    member: 'Scorer',
    submitted: 'Submitted',
    rubric: 'Rubric',
    version: (v: number | null, sha: string | null) =>
      v === null ? 'draft' : `version ${v}${sha ? `, SHA-256 ${sha.slice(0, 16)}…` : ''}`,
    revision: 'Revision',
    code: 'Code',
    notesHeading: "Scorer's notes:",
    notesCols: ['Code', 'Criterion', 'Note'],
    sheetSha: 'Sheet SHA-256',
    sig: 'Ed25519 signature fingerprint (SHA-256)',
    key: 'Public key fingerprint (SHA-256)',
    statement: 'I declare that I gave these scores independently, objectively and without any conflict of interest.',
    sign: 'Scorer,',
  },
} as const;

export function lembarContent(input: LembarInput): LembarContent {
  const lang = input.language;
  const l = t[lang];
  const codes = [...new Set(input.entries.map((e) => e.code))].sort();
  const byKey = new Map(input.entries.map((e) => [`${e.code}\u0000${e.criterionId}`, e]));
  const fmt = (v: number | null) => (v === null ? '–' : formatNumber(v, lang, Number.isInteger(v) ? 0 : 2));
  const rows = codes.map((code, i) => [
    String(i + 1),
    code,
    ...input.criteria.map((c) => fmt(byKey.get(`${code}\u0000${c.id}`)?.value ?? null)),
  ]);
  const notes = input.entries
    .filter((e) => e.note.trim())
    .map((e) => [e.code, input.criteria.find((c) => c.id === e.criterionId)?.code || e.criterionId, e.note.trim()]);
  return {
    title: l.title,
    fields: [
      [l.sel, input.selectionTitle],
      [l.stage, input.stageName],
      [l.member, `${input.member.name}${input.member.nip ? `, ${nipLabel} ${input.member.nip}` : ''}`],
      [l.submitted, input.submittedAt],
      [l.rubric, l.version(input.rubricVersion, input.rubricSha256)],
      ...(input.revision !== null ? [[l.revision, String(input.revision)] as [string, string]] : []),
    ],
    legend: input.criteria.map((c, i) => `${c.code || `K${i + 1}`}: ${c.name}`),
    columns: ['No', l.code, ...input.criteria.map((c, i) => c.code || `K${i + 1}`)],
    rows,
    notesHeading: l.notesHeading,
    notes,
    notesColumns: [...l.notesCols],
    seal: [
      [l.sheetSha, groupHex(input.sheetSha256)],
      [l.sig, groupHex(input.signatureSha256)],
      [l.key, groupHex(input.publicKeySha256)],
    ],
    statement: l.statement,
    placeDate: `${input.place}, ${dateLong(input.submittedDate, lang)}`,
    signTitle: l.sign,
    member: input.member,
  };
}

export function renderLembar(layout: Layout, c: LembarContent): void {
  layout.title(c.title);
  layout.fields(c.fields, 120);
  layout.list(c.legend);
  layout.table(
    c.columns.map((header, i) =>
      i < 2 ? { header, width: 0, fit: true, align: 'center' as const } : { header, width: 1, align: 'right' as const },
    ),
    c.rows,
    { fontSize: 9 },
  );
  if (c.notes.length) {
    layout.paragraph(c.notesHeading, { bold: true, align: 'left' });
    layout.table(
      [
        { header: c.notesColumns[0]!, width: 0, fit: true },
        { header: c.notesColumns[1]!, width: 0, fit: true },
        { header: c.notesColumns[2]!, width: 1 },
      ],
      c.notes,
      { fontSize: 9 },
    );
  }
  layout.fields(c.seal, 190);
  layout.paragraph(c.statement);
  layout.signBlock({ placeDate: c.placeDate, title: c.signTitle, name: c.member.name, nip: c.member.nip }, nipLabel);
}

const sha256Base64 = (b64: string): string => createHash('sha256').update(Buffer.from(b64, 'base64')).digest('hex');

/** Lembar penilaian: one member's submitted, signed sheet of a round, unnumbered. */
export const lembarPenilaian = documentKind<'lembarPenilaian', LembarInput, LembarContent>({
  code: 'LP',
  numbered: false,
  title: { id: 'Lembar Penilaian', en: 'Score Sheet' },
  selectionOf: async (db, req) => (await orNull(loadRound(db, req.roundId), 'ROUND_NOT_FOUND'))?.selection_id ?? null,
  load: async (db, req, ctx) => {
    const round = await orNull(loadRound(db, req.roundId), 'ROUND_NOT_FOUND');
    if (!round) throw new PanelisError('DOCUMENT_INPUT_INVALID', { reason: reason('UNKNOWN_ROUND') });
    const stored = await submittedSheet(db, req.roundId, req.personId);
    const person = await nameAndNip(db, req.personId);
    const setup = await loadSetup(db, round.selection_id);
    const stage = setup.stages.find((s) => s.id === round.stage_id);
    const sheet = scoreSheetColumn.decode(stored.json);
    // A submitted sheet belongs to an opened round: its rubric is the version frozen at opening.
    const rubric = await roundRubric(db, round);
    return {
      selectionId: round.selection_id,
      subjectId: `${req.roundId}:${req.personId}`,
      input: {
        language: ctx.lang,
        selectionTitle: setup.title,
        stageName: stage?.name ?? round.stage_id,
        member: person,
        submittedAt: formatDateTimeZone(sheet.submittedAt, ctx.lang, ctx.settings.timeZone),
        submittedDate: wibDate(sheet.submittedAt),
        place: ctx.place,
        criteria: rubric.criteria,
        entries: sheet.entries,
        sheetSha256: stored.sha256,
        signatureSha256: sha256Base64(stored.signature),
        publicKeySha256: sha256Base64(stored.publicKey),
        rubricVersion: sheet.rubricVersion,
        rubricSha256: sheet.rubricSha256,
        revision: sheet.revision?.number ?? null,
      },
    };
  },
  content: lembarContent,
  render: (layout, content) => renderLembar(layout, content),
});
