/** Strings of the inputs screens, in Bahasa Indonesia (the default). */
export const inputsId = {
  _: '',
};
