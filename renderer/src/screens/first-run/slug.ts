/**
 * A file name from a committee name: "Pansel JPT Pratama Kab. Sleman 2026" ->
 * "pansel-jpt-pratama-kab-sleman-2026". Only ASCII letters, digits and dashes, so the
 * name survives every file system, e-mail attachment and USB stick.
 */
export function slugify(text: string, fallback = 'panitia'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** Joins with the separator the folder already uses (backslash on Windows). */
export function joinPath(dir: string, file: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? dir + file : dir + sep + file;
}

export const VAULT_EXTENSION = '.panelis';
