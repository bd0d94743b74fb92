/**
 * Every error a person can see. One code, one message per language.
 * Messages may contain {placeholders} filled from `details`.
 */
import { deliberationErrors } from './error-messages/deliberation';
import { documentsErrors } from './error-messages/documents';
import { importLimitsErrors } from './error-messages/import-limits';
import { hostVaultErrors } from './error-messages/host-vault';
import { resultsScreenErrors } from './error-messages/results-screen';
import { stageInputsErrors } from './error-messages/stage-inputs';
import { fillTemplate, type Bilingual } from './error-messages/bilingual';

export const errorMessages = {
  BAD_ARGUMENTS: {
    id: 'Data yang dikirim tidak sah: {issues}',
    en: 'The data sent is not valid: {issues}',
  },
  UNKNOWN_METHOD: {
    id: 'Perintah tidak dikenal: {method}',
    en: 'Unknown command: {method}',
  },
  FORBIDDEN_SENDER: {
    id: 'Permintaan ditolak: asal permintaan tidak dikenal.',
    en: 'Request refused: it came from an unknown origin.',
  },
  VAULT_LOCKED: {
    id: 'Brankas terkunci. Buka kembali dengan frasa sandi.',
    en: 'The vault is locked. Unlock it again with the passphrase.',
  },
  VAULT_ALREADY_OPEN: {
    id: 'Sebuah brankas sudah terbuka. Kunci dulu sebelum membuka yang lain.',
    en: 'A vault is already open. Lock it before opening another.',
  },
  NOT_SIGNED_IN: {
    id: 'Silakan masuk terlebih dahulu.',
    en: 'Please sign in first.',
  },
  FORBIDDEN: {
    id: 'Peran Anda ({role}) tidak berwenang melakukan ini.',
    en: 'Your role ({role}) is not allowed to do this.',
  },
  WRONG_PASSPHRASE: {
    id: 'Frasa sandi salah, atau halaman pertama berkas brankas rusak. Periksa frasa sandi (huruf besar/kecil) lalu coba lagi; jika yakin benar, pulihkan dari cadangan.',
    en: 'Wrong passphrase, or the first page of the vault file is damaged. Check the passphrase (upper/lower case) and try again; if you are sure it is right, restore from a backup.',
  },
  NOT_A_VAULT: {
    id: 'Berkas ini bukan brankas Panelis. Pilih berkas brankas yang benar.',
    en: 'This file is not a Panelis vault. Choose the right vault file.',
  },
  VAULT_TRUNCATED: {
    id: 'Berkas brankas terpotong (ukurannya tidak utuh). Pulihkan dari cadangan.',
    en: 'The vault file is truncated (its size is incomplete). Restore it from a backup.',
  },
  VAULT_DAMAGED: {
    id: 'Berkas brankas rusak atau telah diubah di luar Panelis ({reason}). Berkas tidak diubah; pulihkan dari cadangan.',
    en: 'The vault file is damaged or was changed outside Panelis ({reason}). The file was not changed; restore it from a backup.',
  },
  VAULT_TOO_NEW: {
    id: 'Brankas ini dibuat oleh versi Panelis yang lebih baru. Perbarui Panelis untuk membukanya.',
    en: 'This vault was written by a newer version of Panelis. Update Panelis to open it.',
  },
  FILE_NOT_FOUND: {
    id: 'Berkas tidak ditemukan: {path}',
    en: 'File not found: {path}',
  },
  FILE_EXISTS: {
    id: 'Sudah ada berkas di lokasi ini: {path}. Pilih nama lain; Panelis tidak menimpa berkas.',
    en: 'A file already exists at this location: {path}. Choose another name; Panelis does not overwrite files.',
  },
  FILE_NOT_WRITABLE: {
    id: 'Tidak dapat menulis ke lokasi ini: {path}',
    en: 'Cannot write to this location: {path}',
  },
  WEAK_PASSPHRASE: {
    id: 'Frasa sandi terlalu lemah: minimal {min} karakter.',
    en: 'The passphrase is too weak: at least {min} characters.',
  },
  PASSPHRASE_MISMATCH: {
    id: 'Kedua frasa sandi tidak sama.',
    en: 'The two passphrases do not match.',
  },
  ALREADY_SET_UP: {
    id: 'Brankas ini sudah memiliki ketua. Masuk sebagai ketua untuk menambah orang.',
    en: 'This vault already has a chair. Sign in as the chair to add people.',
  },
  WRONG_PASSWORD: {
    id: 'Kata sandi salah.',
    en: 'Wrong password.',
  },
  PERSON_NOT_FOUND: {
    id: 'Orang ini tidak terdaftar di brankas.',
    en: 'This person is not registered in the vault.',
  },
  AUDIT_CHAIN_BROKEN: {
    id: 'Rantai jejak audit rusak pada kejadian #{seq}: {reason}',
    en: 'The audit chain is broken at event #{seq}: {reason}',
  },
  BACKUP_FAILED: {
    id: 'Cadangan gagal dibuat: {reason}',
    en: 'The backup could not be made: {reason}',
  },
  SELECTION_NOT_FOUND: {
    id: 'Seleksi tidak ditemukan di brankas ini.',
    en: 'The selection was not found in this vault.',
  },
  APPLICANT_NOT_FOUND: {
    id: 'Pelamar tidak ditemukan dalam seleksi ini.',
    en: 'The applicant was not found in this selection.',
  },
  APPLICANT_INVALID: {
    id: 'Data pelamar belum benar: {problems}',
    en: 'The applicant data is not right yet: {problems}',
  },
  DUPLICATE_APPLICANT: {
    id: 'Pelamar ini sudah ada dalam seleksi: {problems}',
    en: 'This applicant is already in the selection: {problems}',
  },
  APPLICANT_WITHDRAWN: {
    id: 'Pelamar ini sudah mengundurkan diri dan tidak dapat diubah lagi.',
    en: 'This applicant has withdrawn and can no longer be changed.',
  },
  IMPORT_UNREADABLE: {
    id: 'Berkas tidak dapat dibaca sebagai CSV atau XLSX ({reason}). Simpan ulang dari Excel sebagai .xlsx atau .csv lalu coba lagi.',
    en: 'The file cannot be read as CSV or XLSX ({reason}). Save it again from Excel as .xlsx or .csv and try again.',
  },
  IMPORT_REJECTED_ROWS: {
    id: '{count} baris ditolak. Perbaiki baris tersebut (atau berkasnya) lalu impor lagi; tidak ada yang disimpan.',
    en: '{count} rows were rejected. Fix those rows (or the file) and import again; nothing was saved.',
  },
  IMPORT_EXPIRED: {
    id: 'Pratinjau impor sudah tidak berlaku (brankas dikunci atau sudah diimpor). Pilih berkasnya lagi.',
    en: 'The import preview is no longer valid (the vault was locked or it was already imported). Choose the file again.',
  },
  IMPORT_MAPPING_INCOMPLETE: {
    id: 'Kolom wajib belum dipetakan: {fields}',
    en: 'Required columns are not mapped yet: {fields}',
  },
  JOB_NOT_FOUND: {
    id: 'Proses ini tidak dikenal atau sudah berakhir.',
    en: 'This task is unknown or has ended.',
  },
  RUBRIC_FROZEN: {
    id: 'Rubrik tahap "{stage}" sudah dibekukan karena penilaian telah dibuka. Perubahan hanya oleh ketua dan dicatat sebagai versi baru.',
    en: 'The rubric of stage "{stage}" is frozen because scoring has opened. Only the chair may change it, as a new recorded version.',
  },
  STAGE_IN_USE: {
    id: 'Tahap "{stage}" tidak dapat dihapus karena penilaiannya sudah dibuka.',
    en: 'Stage "{stage}" cannot be removed because its scoring has opened.',
  },
  NOT_ON_COMMITTEE: {
    id: 'Anda bukan anggota panitia seleksi ini.',
    en: 'You are not on the committee of this selection.',
  },
  PERSON_NOT_ON_COMMITTEE: {
    id: '{name} bukan anggota panitia seleksi ini.',
    en: '{name} is not on the committee of this selection.',
  },
  CONFLICT_EXISTS: {
    id: 'Konflik kepentingan ini sudah tercatat.',
    en: 'This conflict of interest is already recorded.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    id: 'Ganti kata sandi sementara Anda terlebih dahulu.',
    en: 'Change your one-time password first.',
  },
  ROLE_NOT_ALLOWED: {
    id: 'Hanya ketua yang dapat menambahkan ketua atau sekretaris.',
    en: 'Only the chair can add a chair or a secretary.',
  },
  INVALID_SETUP: {
    id: 'Susunan seleksi belum benar: {problems}',
    en: 'The selection set-up is not right yet: {problems}',
  },
  ROUND_NOT_FOUND: {
    id: 'Putaran penilaian tidak ditemukan.',
    en: 'The scoring round was not found.',
  },
  ROUND_EXISTS: {
    id: 'Tahap ini sudah memiliki putaran penilaian.',
    en: 'This stage already has a scoring round.',
  },
  ROUND_STATE: {
    id: 'Tidak dapat dilakukan: putaran penilaian berstatus "{state}".',
    en: 'Not possible: the scoring round is "{state}".',
  },
  ROUND_NOT_READY: {
    id: 'Penilaian belum dapat dibuka: {problems}',
    en: 'Scoring cannot open yet: {problems}',
  },
  STAGE_NOT_FOUND: {
    id: 'Tahap ini tidak ada pada susunan seleksi.',
    en: 'This stage is not in the selection set-up.',
  },
  STAGE_NOT_SCORED: {
    id: 'Tahap ini tidak dinilai oleh panitia (tahap gugur atau nilai dari luar).',
    en: 'This stage is not scored by the committee (a gate, or scores from outside).',
  },
  NOT_A_SCORER: {
    id: 'Anda tidak ditugaskan menilai pada putaran ini.',
    en: 'You are not assigned to score in this round.',
  },
  NOT_ASSIGNED: {
    id: 'Pelamar ini tidak ada dalam daftar penilaian Anda.',
    en: 'This applicant is not on your scoring list.',
  },
  RECUSED: {
    id: 'Anda memiliki konflik kepentingan dengan pelamar ini dan tidak dapat menilainya.',
    en: 'You have a conflict of interest with this applicant and cannot score them.',
  },
  SHEET_SUBMITTED: {
    id: 'Lembar penilaian sudah dikirim dan dikunci. Perubahan hanya melalui revisi tercatat dalam rapat pleno.',
    en: 'The score sheet was submitted and is locked. Changes are possible only as a recorded revision in deliberation.',
  },
  SHEET_INCOMPLETE: {
    id: 'Lembar penilaian belum lengkap: {count} masalah. Periksa halaman tinjauan.',
    en: 'The score sheet is not complete: {count} problems. See the review page.',
  },
  CRITERION_NOT_FOUND: {
    id: 'Kriteria ini tidak ada pada rubrik tahap ini.',
    en: 'This criterion is not in the rubric of this stage.',
  },
  SCORE_OFF_SCALE: {
    id: 'Nilai {value} tidak ada pada skala kriteria "{criterion}" ({scale}).',
    en: 'The score {value} is not on the scale of criterion "{criterion}" ({scale}).',
  },
  SCORERS_PENDING: {
    id: 'Putaran belum dapat ditutup: {names} belum mengirim lembar penilaian. Tunggu, atau catat alasan ketidakhadirannya.',
    en: 'The round cannot close yet: {names} has not submitted. Wait, or record why they could not.',
  },
  REVEAL_NEEDS_TWO: {
    id: 'Pembukaan identitas memerlukan ketua dan sekretaris, masing-masing dengan kata sandinya sendiri.',
    en: 'Revealing identities needs the chair and the secretary, each with their own password.',
  },
  CALIBRATION_STATE: {
    id: 'Kalibrasi tidak dapat dilakukan sekarang: {reason}',
    en: 'Calibration is not possible now: {reason}',
  },
  CASE_NOT_FOUND: {
    id: 'Kasus kalibrasi tidak ditemukan.',
    en: 'The calibration case was not found.',
  },
  PANELS_FROZEN: {
    id: 'Panel tahap ini tidak dapat diubah karena penilaiannya sudah dibuka.',
    en: "This stage's panels cannot change because its scoring has opened.",
  },
  SCORER_IN_ROUND: {
    id: '{name} sedang menilai pada putaran yang terbuka dan tidak dapat dikeluarkan dari panitia.',
    en: '{name} is scoring in an open round and cannot be removed from the committee.',
  },
  INTERNAL: {
    id: 'Terjadi kesalahan internal. Tidak ada data yang diubah. Coba lagi; jika berulang, hubungi admin.',
    en: 'An internal error occurred. No data was changed. Try again; if it repeats, contact the administrator.',
  },
  ...stageInputsErrors,
  ...resultsScreenErrors,
  ...deliberationErrors,
  ...documentsErrors,
  ...importLimitsErrors,
  ...hostVaultErrors,
} as const satisfies Record<string, { id: string; en: string }>;

export type ErrorCode = keyof typeof errorMessages;
export type Language = 'id' | 'en';
/**
 * What an error's placeholders are filled from. A text a person reads is a `Bilingual` from a
 * catalogue (shared/error-messages/reasons.ts and others): each language takes its own half.
 */
export type ErrorDetail = string | number | boolean | null | Bilingual;
export type ErrorDetails = Record<string, ErrorDetail>;

/** The shape of every error that crosses a transport. */
export interface ErrorPayload {
  code: ErrorCode;
  message: { id: string; en: string };
  details: ErrorDetails;
}

/** The details as one language reads them. */
function inLanguage(details: ErrorDetails, language: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(details)) {
    out[key] = value !== null && typeof value === 'object' ? value[language] : String(value);
  }
  return out;
}

export function errorPayload(code: ErrorCode, details: ErrorDetails = {}): ErrorPayload {
  const m = errorMessages[code];
  return {
    code,
    message: { id: fillTemplate(m.id, inLanguage(details, 'id')), en: fillTemplate(m.en, inLanguage(details, 'en')) },
    details,
  };
}

/** A typed error, thrown anywhere in main and carried to the person who asked. */
export class PanelisError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
  readonly payload: ErrorPayload;
  constructor(code: ErrorCode, details: ErrorDetails = {}) {
    const payload = errorPayload(code, details);
    super(payload.message.en);
    this.name = 'PanelisError';
    this.code = code;
    this.details = details;
    this.payload = payload;
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
