/** Errors of deliberation (see shared/errors.ts for the whole catalogue). */
export const deliberationErrors = {
  SELECTION_FINAL: {
    id: 'Seleksi ini sudah final: difinalkan oleh {by} pada {at} (SHA-256 {sha256}). Tidak ada yang dapat diubah. Bila perlu perubahan, ketua membuka kembali hasil dengan alasan di tab Rapat pleno; pembukaan itu tercatat.',
    en: 'This selection is final: finalised by {by} on {at} (SHA-256 {sha256}). Nothing can be changed. If a change is needed, the chair reopens the results with a reason on the Deliberation tab; the reopening is recorded.',
  },
  FINALISE_UNCONFIRMED: {
    id: 'Sebelum memfinalkan, periksa dan konfirmasi: {flagged} pelamar bertanda perbedaan nilai belum pernah dibahas dalam agenda rapat, {undecided} keputusan MS/TMS belum dicatat, {incomplete} baris hasil belum lengkap. Tinjau lalu konfirmasi di dialog Finalkan.',
    en: 'Before finalising, check and confirm: {flagged} applicants flagged for disagreement were never on a meeting agenda, {undecided} MS/TMS decisions are unrecorded, {incomplete} result rows are incomplete. Review them, then confirm in the Finalise dialog.',
  },
  VOTE_CORRECTION_REASON: {
    id: 'Suara {name} sudah tercatat. Untuk mengoreksinya, tuliskan alasan koreksi (minimal 3 huruf); suara semula tetap tercatat dalam notulen.',
    en: "{name}'s vote is already recorded. To correct it, give the reason for the correction (at least 3 letters); the earlier vote stays in the minutes.",
  },
  MEETING_NOT_FOUND: {
    id: 'Rapat pleno tidak ditemukan.',
    en: 'The deliberation meeting was not found.',
  },
  MEETING_CLOSED: {
    id: 'Rapat pleno ini sudah ditutup dan tidak dapat diubah.',
    en: 'This deliberation meeting is closed and cannot be changed.',
  },
  QUORUM_NOT_MET: {
    id: 'Rapat belum kuorum: hadir {present} dari {voting} anggota yang berhak suara, diperlukan {required}. Rapat tidak dapat mengambil keputusan.',
    en: 'No quorum: {present} of {voting} voting members present, {required} required. The meeting cannot take decisions.',
  },
  NOT_A_VOTER: {
    id: '{name} tidak berhak memberikan suara (pengamat, atau bukan panitia seleksi ini).',
    en: '{name} cannot vote (an observer, or not on this selection’s committee).',
  },
  NOT_PRESENT: {
    id: '{name} tidak tercatat hadir dalam rapat ini.',
    en: '{name} is not recorded as present at this meeting.',
  },
  VOTER_RECUSED: {
    id: '{name} memiliki konflik kepentingan dengan pelamar ini dan tidak dapat memberikan suara.',
    en: '{name} has a conflict of interest with this applicant and cannot vote.',
  },
  MOTION_NOT_FOUND: {
    id: 'Usulan keputusan tidak ditemukan.',
    en: 'The motion was not found.',
  },
  MOTION_DECIDED: {
    id: 'Usulan keputusan ini sudah diputuskan.',
    en: 'This motion has already been decided.',
  },
  VOTES_PENDING: {
    id: 'Suara belum lengkap: {names} belum memberikan suara.',
    en: 'Votes are not complete: {names} has not voted yet.',
  },
  ITEM_NOT_FOUND: {
    id: 'Butir agenda tidak ditemukan dalam rapat ini.',
    en: 'The agenda item was not found in this meeting.',
  },
  ITEM_EXISTS: {
    id: 'Pelamar ini sudah ada dalam agenda rapat.',
    en: 'This applicant is already on the meeting agenda.',
  },
  REVISION_REASON_REQUIRED: {
    id: 'Revisi nilai memerlukan alasan (minimal {min} karakter).',
    en: 'A score revision needs a reason (at least {min} characters).',
  },
  REVISION_UNCHANGED: {
    id: 'Nilai baru sama dengan nilai sebelumnya; tidak ada yang direvisi.',
    en: 'The new score equals the earlier one; nothing to revise.',
  },
  REVISION_NO_SHEET: {
    id: 'Tidak ada lembar penilaian bertanda tangan dari anggota ini pada tahap tersebut.',
    en: 'This member has no signed score sheet in that stage.',
  },
  NOT_FINAL: {
    id: 'Hasil seleksi ini belum difinalkan.',
    en: 'The results of this selection are not final.',
  },
  RESULTS_NOT_READY: {
    id: 'Hasil belum dapat difinalkan: {reason}',
    en: 'The results cannot be finalised yet: {reason}',
  },
  OBJECTION_PERIOD: {
    id: 'Sanggahan di luar masa sanggah ({from} s.d. {until}).',
    en: 'The objection is outside the objection period ({from} to {until}).',
  },
  OBJECTION_NOT_FOUND: {
    id: 'Sanggahan tidak ditemukan.',
    en: 'The objection was not found.',
  },
  OBJECTION_ANSWERED: {
    id: 'Sanggahan ini sudah dijawab.',
    en: 'This objection has already been answered.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
