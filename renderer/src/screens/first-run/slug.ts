/** Long enough to recognise, short enough that the whole path fits in the field. */
const MAX_SLUG = 40;

/**
 * A file name from a committee name: "Pansel JPT Pratama Kab. Sleman 2026" ->
 * "pansel-jpt-pratama-kab-sleman-2026". Only ASCII letters, digits and dashes, so the
 * name survives every file system, e-mail attachment and USB stick; cut at a word.
 */
export function slugify(text: string, fallback = 'panitia'): string {
  let slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG) {
    const cut = slug.slice(0, MAX_SLUG + 1);
    const lastDash = cut.lastIndexOf('-');
    slug = (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG)).replace(/-+$/, '');
  }
  return slug || fallback;
}

/** Joins with the separator the folder already uses (backslash on Windows). */
export function joinPath(dir: string, file: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? dir + file : dir + sep + file;
}

export const VAULT_EXTENSION = '.panelis';
