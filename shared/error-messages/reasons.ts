/**
 * The reasons and problems an error names in its {reason}/{problems}/{problem} placeholder,
 * one entry per reason with both languages. Code throws `new PanelisError(code, { reason:
 * reason('EMPTY_FILE') })`; shared/errors.ts renders each language from it, so no string
 * carries both languages glued together and no caller writes a pair of its own.
 */
import { fillTemplate, type Bilingual, type TemplateParams } from './bilingual';

export const reasons = {
  // Reading a spreadsheet (main/io): IMPORT_UNREADABLE, IMPORT_TOO_LARGE, IMPORT_ENCODING_MIXED.
  EMPTY_FILE: { id: 'berkas kosong', en: 'empty file' },
  OLD_XLS_OR_PASSWORD: {
    id: 'format .xls lama atau XLSX berkata sandi; simpan ulang sebagai .xlsx tanpa kata sandi',
    en: 'an old .xls or a password-protected XLSX; save it again as .xlsx without a password',
  },
  PDF_NOT_SPREADSHEET: { id: 'berkas PDF, bukan lembar kerja', en: 'a PDF, not a spreadsheet' },
  NOT_A_TEXT_FILE: { id: 'bukan berkas teks', en: 'not a text file' },
  HTML_TABLE: { id: 'tabel HTML; buka di Excel lalu simpan sebagai .xlsx', en: 'an HTML table; open it in Excel and save as .xlsx' },
  UNCLOSED_QUOTE: { id: 'baris {row}: tanda kutip tidak ditutup', en: 'row {row}: unclosed quote' },
  READER_STOPPED: { id: 'pembaca berhenti ({code})', en: 'the reader stopped ({code})' },
  MORE_COLUMNS_THAN: { id: 'lebih dari {max} kolom', en: 'more than {max} columns' },
  MORE_ROWS_THAN: { id: 'lebih dari {max} baris', en: 'more than {max} rows' },
  SHEET_MISSING: { id: 'lembar "{sheet}" hilang', en: 'sheet "{sheet}" is missing' },
  NO_WORKSHEET_DATA: { id: 'tidak ada lembar kerja berisi data', en: 'no worksheet has data' },
  XLSX_TRUNCATED: { id: 'berkas XLSX terpotong atau rusak', en: 'the XLSX file is truncated or damaged' },
  XLSX_PART_TRUNCATED: { id: '{part}: berkas XLSX terpotong atau rusak', en: '{part}: the XLSX file is truncated or damaged' },
  ZIP64_UNSUPPORTED: { id: 'ZIP64 tidak didukung', en: 'ZIP64 is not supported' },
  XLSX_PASSWORD: { id: 'XLSX berkata sandi', en: 'a password-protected XLSX' },
  UNPACKED_TOO_LARGE: { id: '{mib} MiB setelah dibuka, batas {limit} MiB', en: '{mib} MiB unpacked, limit {limit} MiB' },
  PART_TOO_LARGE: { id: '{part}: {mib} MiB setelah dibuka, batas {limit} MiB', en: '{part}: {mib} MiB unpacked, limit {limit} MiB' },
  COMPRESSION_RATIO: {
    id: '{part}: rasio kompresi {ratio}:1, batas {limit}:1 (zip bomb?)',
    en: '{part}: compression ratio {ratio}:1, limit {limit}:1 (a zip bomb?)',
  },
  COMPRESSION_METHOD: { id: '{part}: metode kompresi {method} tidak didukung', en: '{part}: compression method {method} is not supported' },
  ODS_FILE: { id: 'berkas ODS (LibreOffice); simpan sebagai .xlsx', en: 'an ODS file (LibreOffice); save it as .xlsx' },
  WORD_DOCUMENT: { id: 'dokumen Word, bukan lembar kerja', en: 'a Word document, not a spreadsheet' },
  XLSB_FILE: { id: 'format .xlsb; simpan sebagai .xlsx', en: 'an .xlsb file; save it as .xlsx' },
  NOT_XLSX_ZIP: { id: 'zip ini bukan buku kerja XLSX', en: 'this zip is not an XLSX workbook' },
  // One line of IMPORT_ENCODING_MIXED's {preview}: the same bytes read both ways.
  ENCODING_PREVIEW_LINE: {
    id: 'baris {line}: "{utf8}" (UTF-8) / "{windows1252}" (Windows-1252)',
    en: 'row {line}: "{utf8}" (UTF-8) / "{windows1252}" (Windows-1252)',
  },

  // Mapping columns (applicants: BAD_ARGUMENTS; stage scores: SCORES_MAPPING_*).
  FIELD_FROM_SEVERAL_COLUMNS: { id: 'satu bidang dari lebih dari satu kolom: {issues}', en: 'one field from several columns: {issues}' },
  REGISTRATION_NUMBER: { id: 'nomor peserta', en: 'registration number' },
  COLUMN_TO_UNKNOWN_TARGET: { id: 'kolom "{column}" ke tujuan yang tidak dikenal', en: 'column "{column}" to an unknown target' },
  REGISTRATION_NUMBER_FROM_SEVERAL_COLUMNS: {
    id: 'nomor peserta dari lebih dari satu kolom ({columns})',
    en: 'registration number from more than one column ({columns})',
  },
  TARGET_FROM_SEVERAL_COLUMNS: {
    id: '{target} dari lebih dari satu kolom ({columns})',
    en: '{target} from more than one column ({columns})',
  },

  // Set-up and rounds: INVALID_SETUP, ROUND_NOT_READY, CALIBRATION_STATE.
  APPLICANT_IN_TWO_PANELS: {
    id: 'seorang pelamar ada di dua panel pada tahap yang sama',
    en: 'an applicant is in two panels of the same stage',
  },
  STAGE_HAS_NO_RUBRIC: { id: 'tahap ini belum punya rubrik', en: 'the stage has no rubric' },
  STAGE_RUBRIC_NOT_SAVED: { id: 'rubrik tahap ini belum tersimpan', en: "the stage's rubric is not saved" },
  NO_MEMBER_SCORER_ASSIGNED: {
    id: 'belum ada anggota penilai (peran anggota) yang ditugaskan.',
    en: 'no scorer (member role) is assigned.',
  },
  SETUP_HAS_PROBLEMS: {
    id: 'susunan seleksi masih memiliki {count} masalah (lihat daftar masalah).',
    en: 'the set-up still has {count} problems (see the list of problems).',
  },
  NO_ACTIVE_APPLICANT: { id: 'belum ada pelamar aktif untuk dinilai.', en: 'there is no active applicant to score.' },
  CLOSE_CALIBRATION_FIRST: { id: 'tutup kalibrasi sebelum membuka penilaian', en: 'close the calibration before opening scoring' },
  CALIBRATION_ALREADY_STARTED: { id: 'kalibrasi untuk putaran ini sudah dimulai', en: 'calibration for this round has already started' },
  NO_SCORER_YET: { id: 'belum ada anggota penilai', en: 'there is no scorer yet' },
  CALIBRATION_NOT_RUNNING: { id: 'kalibrasi tidak sedang berlangsung', en: 'no calibration is running' },
  CALIBRATION_RESULTS_AFTER_CLOSE: {
    id: 'hasil tampil setelah ketua menutup kalibrasi',
    en: 'results show once the chair closes the calibration',
  },

  // Deliberation: RESULTS_NOT_READY.
  NO_STAGE_COUNTED: { id: 'belum ada tahap yang diperhitungkan', en: 'no stage is counted yet' },
  // Documents: CERTIFICATE_UNUSABLE, DOCUMENT_INPUT_INVALID.
  NO_PRIVATE_KEY: { id: 'tidak ada kunci privat', en: 'no private key' },
  NO_CERTIFICATE_FOR_KEY: { id: 'tidak ada sertifikat yang cocok dengan kunci', en: 'no certificate matches the key' },
  UNKNOWN_APPLICANT: { id: 'peserta', en: 'applicant' },
  STAGE_WITHOUT_RUBRIC: { id: 'tahap tanpa instrumen', en: 'stage without a rubric' },
  UNKNOWN_ROUND: { id: 'ronde', en: 'round' },
  FINAL_SNAPSHOT_HASH_MISMATCH: { id: 'hasil final {id} tidak cocok dengan SHA-256-nya', en: 'final snapshot {id}: SHA-256 mismatch' },
  // A formation row refused by `panelis formasi import` (main/domain/formations).
  FORMATION_NO_JABATAN_COLUMN: {
    id: 'tidak ada kolom Jabatan / Nama Jabatan',
    en: 'no Jabatan / Nama Jabatan column',
  },
  FORMATION_NO_ROWS: { id: 'tidak ada baris formasi', en: 'no formation rows' },
  FORMATION_JABATAN_MISSING: { id: 'jabatan kosong', en: 'jabatan is empty' },
  FORMATION_KEBUTUHAN_INVALID: {
    id: 'kebutuhan "{value}" bukan bilangan bulat 1 atau lebih',
    en: 'kebutuhan "{value}" is not a whole number of 1 or more',
  },
  FORMATION_DUPLICATE: { id: 'formasi yang sama dengan baris {row}', en: 'the same formation as row {row}' },
  FORMATION_TEXT_TOO_LONG: { id: '{column} lebih dari {max} karakter', en: '{column} is longer than {max} characters' },
  FORMATION_TOO_MANY: { id: 'lebih dari {max} formasi', en: 'more than {max} formations' },
} as const satisfies Record<string, Bilingual>;

export type ReasonKey = keyof typeof reasons;

/** A reason from the catalogue, its {placeholders} filled in both languages. */
export function reason(key: ReasonKey, params: TemplateParams = {}): Bilingual {
  const r = reasons[key];
  return { id: fillTemplate(r.id, params), en: fillTemplate(r.en, params) };
}
