/** Errors of reading a spreadsheet within bounds (see shared/errors.ts for the whole catalogue). */
export const importLimitsErrors = {
  IMPORT_TOO_MANY_COLUMNS: {
    id: 'Baris {row} memuat isian di kolom {column}, di luar batas {max} kolom. Hapus isian atau kolom di luar tabel (Ctrl+End di Excel menunjukkan sel terakhir), atau simpan lembar sebagai CSV hanya dengan kolom yang diperlukan, lalu impor lagi.',
    en: 'Row {row} holds a value in column {column}, beyond the limit of {max} columns. Delete the values or columns outside the table (Ctrl+End in Excel shows the last cell), or save the sheet as CSV with only the needed columns, and import again.',
  },
  IMPORT_TOO_LARGE: {
    id: 'Berkas terlalu besar untuk dibaca dengan aman ({reason}). Simpan lembar sebagai .xlsx atau .csv baru hanya dengan data pelamar, lalu impor lagi.',
    en: 'The file is too large to read safely ({reason}). Save the sheet as a new .xlsx or .csv with only the applicant data, and import again.',
  },
  IMPORT_TIMEOUT: {
    id: 'Membaca berkas memakan waktu lebih dari {seconds} detik dan dihentikan. Simpan lembar sebagai CSV hanya dengan kolom yang diperlukan, atau bagi berkasnya, lalu impor lagi.',
    en: 'Reading the file took more than {seconds} seconds and was stopped. Save the sheet as CSV with only the needed columns, or split the file, and import again.',
  },
  IMPORT_OUT_OF_MEMORY: {
    id: 'Membaca berkas memerlukan lebih dari {megabytes} MB memori dan dihentikan. Simpan lembar sebagai CSV hanya dengan kolom yang diperlukan, atau bagi berkasnya, lalu impor lagi.',
    en: 'Reading the file needed more than {megabytes} MB of memory and was stopped. Save the sheet as CSV with only the needed columns, or split the file, and import again.',
  },
  IMPORT_ENCODING_MIXED: {
    id: 'Berkas ini UTF-8 tetapi memuat {count} bita yang tidak sah pada baris {rows}, misalnya: {preview}. Perbaiki baris tersebut dan simpan sebagai "CSV UTF-8", atau bila berkas memang Windows-1252 pilih pengodean itu (CLI: --encoding windows-1252) dan periksa nama-nama ini.',
    en: 'This file is UTF-8 but holds {count} invalid bytes on rows {rows}, for example: {preview}. Fix those rows and save as "CSV UTF-8", or if the file really is Windows-1252 choose that encoding (CLI: --encoding windows-1252) and check these names.',
  },
} as const;
