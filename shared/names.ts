/**
 * Names as Indonesian lists sort them "menurut abjad": by the name itself, without academic,
 * professional and religious titles before it (Prof., Dr., dr., drg., Drs., Dra., Ir., H., Hj.,
 * Ns., apt., K.H., ...) or after its first comma (", S.H., M.H."). Used wherever a list is said
 * to be alphabetical.
 */
/** Titles dropped before a name, each followed by a dot or a space. Nobility such as Raden or Andi is part of the name and stays. */
const LEADING_TITLE = /^(prof|drs|dra|drg|dr|ir|hajjah|haji|hj|h|ns|apt|k\.?\s?h|ustadzah|ustadz|ustazah|ust)(\.\s*|\s+)/i;

/** The name without its titles: "Prof. Dr. Ir. H. Bambang Irawan, M.Sc." -> "Bambang Irawan". */
export function nameWithoutTitles(name: string): string {
  let rest = name.split(',')[0]!.trim();
  for (;;) {
    const m = LEADING_TITLE.exec(rest);
    if (!m || m[0].length >= rest.length) return rest;
    rest = rest.slice(m[0].length).trimStart();
  }
}

/** Compares two names alphabetically without their titles (then with them, so the order is total). */
export function compareNamesAlphabetically(a: string, b: string, locale: string): number {
  const x = nameWithoutTitles(a);
  const y = nameWithoutTitles(b);
  return x.localeCompare(y, locale, { sensitivity: 'base' }) || a.localeCompare(b, locale);
}
