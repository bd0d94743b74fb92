/** Strings of the member's scoring desk (queue, form, review, submit, calibration), Bahasa Indonesia. desk.en.ts mirrors the keys. */
export const deskId = {
  title: 'Meja penilaian saya',
};
