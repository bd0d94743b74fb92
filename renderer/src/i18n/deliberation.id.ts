/** Strings of the deliberation screens, in Bahasa Indonesia (the default). */
export const deliberationId = {
  _: '',
};
