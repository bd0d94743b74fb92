import type { MeetingMinutes } from '../../../shared/contract/deliberation-types';
import type { IndonesianZone } from '../../../shared/format';
import type { Language } from '../../../shared/errors';
import { formatScore } from '../../../shared/results/display';
import { countInWords, dateLong, hariTanggalTerbilang } from '../../../shared/terbilang';
import type { Layout } from '../layout';
import { nipLabel, roleTitle, type CommitteeRole } from './common';
import { meetingMinutes } from '../../domain/deliberation/minutes';
import { loadMeeting } from '../../domain/deliberation/meeting-record';
import { signatureHeaders } from './berita-acara';
import { documentKind } from './kind';
import { orNull } from './loaders';

/**
 * Notulen / berita acara rapat pleno: a deliberation meeting's attendance and quorum, agenda
 * items with notes, motions with every vote and the outcome, score revisions with their
 * reasons (old and new values), and the decisions taken.
 */

export interface NotulenContent {
  title: string;
  opening: string;
  fields: [string, string][];
  attendanceHeading: string;
  attendanceColumns: string[];
  attendance: string[][];
  quorum: string;
  itemsHeading: string;
  items: string[];
  motionsHeading: string;
  motions: { text: string; columns: string[]; votes: string[][]; corrections: string[]; outcome: string }[];
  revisionsHeading: string;
  revisionColumns: string[];
  revisions: string[][];
  decisionsHeading: string;
  decisions: string[];
  closing: string;
  placeDate: string;
  signers: { name: string; nip: string; title: string }[];
}

const t = {
  id: {
    title: 'Notulen Rapat Pleno Panitia Seleksi',
    opening: (o: string, sel: string) => `${o}, telah dilaksanakan rapat pleno panitia seleksi ${sel} dengan hasil sebagai berikut.`,
    date: 'Tanggal',
    time: 'Waktu',
    place: 'Tempat',
    att: 'Daftar hadir:',
    attCols: ['No', 'Nama / NIP', 'Jabatan', 'Kehadiran'],
    present: 'Hadir',
    absent: 'Tidak hadir',
    observer: 'Pengamat',
    quorum: (q: MeetingMinutes['quorum']) =>
      `Hadir ${countInWords(q.present, 'id')} dari ${countInWords(q.voting, 'id')} anggota yang berhak suara; kuorum ${q.required} orang ${q.met ? 'terpenuhi' : 'tidak terpenuhi'}.`,
    items: 'Acara:',
    motions: 'Usul dan pemungutan suara:',
    voteCols: ['Nama', 'Suara'],
    votes: { setuju: 'Setuju', tidakSetuju: 'Tidak setuju', abstain: 'Abstain' } as Record<string, string>,
    correction: (name: string, from: string, to: string, reason: string) =>
      `Koreksi pencatatan suara ${name}: semula ${from}, menjadi ${to}. Alasan: ${reason}`,
    outcome: (m: MeetingMinutes['motions'][number]) =>
      `Setuju ${m.tally.setuju}, tidak setuju ${m.tally.tidakSetuju}, abstain ${m.tally.abstain}: ${m.outcome === 'carried' ? 'diterima' : m.outcome === 'rejected' ? 'ditolak' : (m.outcome ?? 'belum diputuskan')}.`,
    revisions: 'Perubahan nilai:',
    revCols: ['Kode', 'Kriteria', 'Anggota', 'Semula', 'Menjadi', 'Alasan'],
    decisions: 'Keputusan:',
    closing: 'Demikian notulen rapat ini dibuat dengan sebenarnya.',
    secretary: 'Notulis',
  },
  en: {
    title: 'Minutes of the Plenary Meeting of the Selection Committee',
    opening: (o: string, sel: string) => `${o}, the selection committee of ${sel} held a plenary meeting, as recorded below.`,
    date: 'Date',
    time: 'Time',
    place: 'Place',
    att: 'Attendance:',
    attCols: ['No', 'Name / NIP', 'Role', 'Attendance'],
    present: 'Present',
    absent: 'Absent',
    observer: 'Observer',
    quorum: (q: MeetingMinutes['quorum']) =>
      `${countInWords(q.present, 'en')} of ${countInWords(q.voting, 'en')} voting members present; the quorum of ${q.required} is ${q.met ? 'met' : 'not met'}.`,
    items: 'Agenda:',
    motions: 'Motions and votes:',
    voteCols: ['Name', 'Vote'],
    votes: { setuju: 'In favour', tidakSetuju: 'Against', abstain: 'Abstain' } as Record<string, string>,
    correction: (name: string, from: string, to: string, reason: string) =>
      `Corrected record of ${name}'s vote: was ${from}, now ${to}. Reason: ${reason}`,
    outcome: (m: MeetingMinutes['motions'][number]) =>
      `In favour ${m.tally.setuju}, against ${m.tally.tidakSetuju}, abstain ${m.tally.abstain}: ${m.outcome ?? 'not decided'}.`,
    revisions: 'Score revisions:',
    revCols: ['Code', 'Criterion', 'Member', 'Before', 'After', 'Reason'],
    decisions: 'Decisions:',
    closing: 'These minutes have been drawn up truthfully.',
    secretary: 'Minute-taker',
  },
} as const;

/** `13.30 WIB` / `13:30 WIB`: a meeting's time as paper prints it. */
function meetingTime(time: string, language: Language, zone: IndonesianZone): string {
  return `${language === 'id' ? time.replace(':', '.') : time} ${zone}`;
}

export function notulenContent(m: MeetingMinutes, language: Language, place: string, zone: IndonesianZone = 'WIB'): NotulenContent {
  const l = t[language];
  const roleOf = (r: string): string => (r === 'observer' ? l.observer : roleTitle(r as CommitteeRole, language));
  const secretary = m.attendees.find((a) => a.role === 'secretary' && a.present) ?? null;
  const chair = m.attendees.find((a) => a.role === 'chair') ?? null;
  return {
    title: l.title,
    opening: l.opening(hariTanggalTerbilang(m.meeting.date, language), m.selection.title),
    fields: [
      [l.date, dateLong(m.meeting.date, language)],
      [l.time, meetingTime(m.meeting.time, language, zone)],
      [l.place, m.meeting.place],
    ],
    attendanceHeading: l.att,
    attendanceColumns: [...l.attCols],
    attendance: m.attendees.map((a, i) => [
      String(i + 1),
      a.nip ? `${a.name}\n${nipLabel} ${a.nip}` : a.name,
      roleOf(a.role),
      a.present ? l.present : l.absent,
    ]),
    quorum: l.quorum(m.quorum),
    itemsHeading: l.items,
    items: m.items.map(
      (it) => `${it.applicantCode ? `[${it.applicantCode}] ` : ''}${it.title}${it.notes.trim() ? `: ${it.notes.trim()}` : ''}`,
    ),
    motionsHeading: l.motions,
    motions: m.motions.map((mo) => ({
      text: mo.text,
      columns: [...l.voteCols],
      votes: mo.votes.map((v) => [v.name, l.votes[v.vote] ?? v.vote]),
      corrections: mo.corrections.map((c) => l.correction(c.name, l.votes[c.from] ?? c.from, l.votes[c.to] ?? c.to, c.reason)),
      outcome: l.outcome(mo),
    })),
    revisionsHeading: l.revisions,
    revisionColumns: [...l.revCols],
    revisions: m.revisions.map((r) => [
      r.applicantCode,
      r.criterionName,
      r.personName,
      formatScore(r.oldValue, language),
      formatScore(r.newValue, language),
      r.reason,
    ]),
    decisionsHeading: l.decisions,
    decisions: m.decisions.map((d) => d.text + (d.sha256 ? ` (SHA-256 ${d.sha256.slice(0, 16)}…)` : '')),
    closing: l.closing,
    placeDate: `${place}, ${dateLong(m.meeting.date, language)}`,
    signers: [
      ...(chair ? [{ name: chair.name, nip: chair.nip, title: roleTitle('chair', language) }] : []),
      ...(secretary ? [{ name: secretary.name, nip: secretary.nip, title: l.secretary }] : []),
    ],
  };
}

export function renderNotulen(
  layout: Layout,
  c: NotulenContent,
  signatureHeaders: { no: string; name: string; title: string; sign: string },
): void {
  layout.title(c.title);
  layout.paragraph(c.opening);
  layout.fields(c.fields, 80);
  layout.heading(c.attendanceHeading);
  layout.table(
    [
      { header: c.attendanceColumns[0]!, width: 0, fit: true, align: 'center' },
      { header: c.attendanceColumns[1]!, width: 4 },
      { header: c.attendanceColumns[2]!, width: 2.5 },
      { header: c.attendanceColumns[3]!, width: 0, fit: true },
    ],
    c.attendance,
  );
  layout.paragraph(c.quorum);
  if (c.items.length) {
    layout.heading(c.itemsHeading);
    layout.list(c.items);
  }
  if (c.motions.length) {
    layout.heading(c.motionsHeading);
    c.motions.forEach((m, i) => {
      layout.paragraph(`${i + 1}. ${m.text}`, { align: 'left' });
      if (m.votes.length)
        layout.table(
          [
            { header: m.columns[0]!, width: 3 },
            { header: m.columns[1]!, width: 1.4 },
          ],
          m.votes,
        );
      for (const line of m.corrections) layout.paragraph(line, { align: 'left' });
      layout.paragraph(m.outcome, { align: 'left' });
    });
  }
  if (c.revisions.length) {
    layout.heading(c.revisionsHeading);
    layout.table(
      [
        { header: c.revisionColumns[0]!, width: 0, fit: true },
        { header: c.revisionColumns[1]!, width: 2 },
        { header: c.revisionColumns[2]!, width: 2 },
        { header: c.revisionColumns[3]!, width: 0, fit: true, align: 'right' },
        { header: c.revisionColumns[4]!, width: 0, fit: true, align: 'right' },
        { header: c.revisionColumns[5]!, width: 3 },
      ],
      c.revisions,
    );
  }
  if (c.decisions.length) {
    layout.heading(c.decisionsHeading);
    layout.list(c.decisions);
  }
  layout.paragraph(c.closing);
  layout.placeDate(c.placeDate);
  layout.signatures(c.signers, signatureHeaders, nipLabel);
}

/** What the notulen prints from: the meeting's minutes, printed where and in which zone. */
export interface NotulenInput {
  minutes: MeetingMinutes;
  language: Language;
  place: string;
  zone: IndonesianZone;
}

/** Notulen rapat pleno: one deliberation meeting, unnumbered. */
export const notulen = documentKind<'notulen', NotulenInput, NotulenContent>({
  code: 'NOT',
  numbered: false,
  title: { id: 'Notulen Rapat Pleno', en: 'Minutes of the Plenary Meeting' },
  selectionOf: async (db, req) => (await orNull(loadMeeting(db, req.meetingId), 'MEETING_NOT_FOUND'))?.selection_id ?? null,
  load: async (db, req, ctx) => {
    const minutes = await meetingMinutes(db, req.meetingId);
    return {
      selectionId: minutes.selection.id,
      subjectId: req.meetingId,
      input: { minutes, language: ctx.lang, place: ctx.place, zone: ctx.settings.timeZone },
    };
  },
  content: (i) => notulenContent(i.minutes, i.language, i.place, i.zone),
  render: (layout, content, lang) => renderNotulen(layout, content, signatureHeaders(lang)),
});
