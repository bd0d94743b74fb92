/** Errors of results-screen (see shared/errors.ts for the whole catalogue). */
export const resultsScreenErrors = {
  RESULTS_ROUND_NOT_COUNTED: {
    id: 'Grafik nilai per anggota hanya tersedia setelah putaran penilaian tahap ini ditutup.',
    en: "Charts of members' scores are available only once this stage's scoring round has closed.",
  },
  RESULTS_STAGE_NOT_PANEL: {
    id: 'Tahap ini tidak dinilai oleh anggota panitia, jadi tidak ada nilai per anggota.',
    en: 'This stage is not scored by committee members, so there are no scores per member.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
