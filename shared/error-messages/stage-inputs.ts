/** Errors of stage-inputs (see shared/errors.ts for the whole catalogue). */
export const stageInputsErrors = {
  STAGE_NOT_GATE: {
    id: 'Tahap "{stage}" bukan tahap MS/TMS.',
    en: 'Stage "{stage}" is not an MS/TMS stage.',
  },
  STAGE_NOT_EXTERNAL: {
    id: 'Nilai tahap "{stage}" tidak diimpor: tahap ini dinilai oleh panitia atau hanya MS/TMS.',
    en: 'Stage "{stage}" does not take imported values: it is scored by the committee or is an MS/TMS stage.',
  },
  TMS_NOTE_REQUIRED: {
    id: 'Keputusan TMS memerlukan alasan ({count} pelamar tanpa alasan).',
    en: 'A TMS decision needs a reason ({count} applicants without one).',
  },
  GATE_COUNT_CHANGED: {
    id: 'Jumlah pelamar yang belum diputuskan berubah ({expected} menjadi {actual}). Periksa lagi lalu konfirmasi ulang.',
    en: 'The number of undecided applicants changed ({expected} became {actual}). Check again and confirm again.',
  },
  SCORES_REJECTED_ROWS: {
    id: '{count} masalah pada berkas nilai. Perbaiki berkasnya lalu impor lagi; tidak ada yang disimpan.',
    en: '{count} problems in the score file. Fix the file and import again; nothing was saved.',
  },
  SCORES_MAPPING_INCOMPLETE: {
    id: 'Pemetaan kolom belum lengkap: {missing}.',
    en: 'The column mapping is incomplete: {missing}.',
  },
  SCORES_MAPPING_INVALID: {
    id: 'Pemetaan kolom tidak sah: {problem}.',
    en: 'The column mapping is not valid: {problem}.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
