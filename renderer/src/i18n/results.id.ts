/** Strings of the results screens, in Bahasa Indonesia (the default). */
export const resultsId = {
  _: '',
};
