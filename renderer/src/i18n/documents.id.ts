/** Strings of the documents screens, in Bahasa Indonesia (the default). */
export const documentsId = {
  _: '',
};
