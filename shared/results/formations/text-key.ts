/**
 * Formation texts (jabatan, lokasi, jenis, pendidikan) as people type them: case and spaces do
 * not matter, so "PUTRA/PUTRI PAPUA" and "putra / putri papua" are one jenis.
 */
export function textKey(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}
