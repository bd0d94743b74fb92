/** Strings of the chair's rounds screens (board, seal, reveal, calibration), Bahasa Indonesia. rounds.en.ts mirrors the keys. */
export const roundsId = {
  tab: 'Penilaian',
};
