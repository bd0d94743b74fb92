/** Errors of documents (see shared/errors.ts for the whole catalogue). */
export const documentsErrors = {
  SELECTION_NOT_FINAL: {
    id: 'Hasil seleksi belum difinalkan dalam rapat pleno. Berita acara, pengumuman dan hasil individu hanya dicetak dari hasil yang sudah final.',
    en: 'The results have not been finalised in a deliberation meeting. The berita acara, announcement and individual results print only from final results.',
  },
  CERTIFICATE_MISSING: {
    id: 'Belum ada sertifikat penandatangan dokumen. Buat sertifikat panitia atau impor berkas .p12 terlebih dahulu.',
    en: 'There is no document-signing certificate yet. Generate a committee certificate or import a .p12 file first.',
  },
  CERTIFICATE_PASSPHRASE_WRONG: {
    id: 'Kata sandi sertifikat salah, atau berkas .p12 rusak.',
    en: 'Wrong certificate passphrase, or the .p12 file is damaged.',
  },
  CERTIFICATE_UNUSABLE: {
    id: 'Sertifikat tidak dapat dipakai untuk menandatangani: {reason}',
    en: 'The certificate cannot be used for signing: {reason}',
  },
  DOCUMENT_NUMBER_TAKEN: {
    id: 'Nomor surat {number} sudah dipakai dokumen lain. Masukkan {seq} ke dalam pola penomoran seleksi ini (Dokumen › Pengaturan), lalu buat lagi.',
    en: "Document number {number} is already used by another document. Put {seq} into this selection's numbering pattern (Documents › Settings), then generate again.",
  },
  DOCUMENT_NOT_FOUND: {
    id: 'Dokumen tidak ditemukan dalam brankas.',
    en: 'The document was not found in the vault.',
  },
  SHEET_NOT_SUBMITTED: {
    id: 'Lembar penilaian ini belum dikirim dan ditandatangani oleh anggota.',
    en: 'This score sheet has not been submitted and signed by the member.',
  },
  DOCUMENT_INPUT_INVALID: {
    id: 'Data dokumen tidak lengkap: {reason}',
    en: 'The document data is incomplete: {reason}',
  },
  DESKTOP_ONLY: {
    id: 'Membuka atau menyimpan lewat sistem hanya tersedia di aplikasi desktop. Gunakan tombol Unduh.',
    en: 'Opening or saving through the system is only available in the desktop app. Use the Download button.',
  },
  DOCUMENT_OPEN_FAILED: {
    id: 'Dokumen tidak dapat dibuka atau disimpan: {reason}. Coba simpan ke folder lain.',
    en: 'The document could not be opened or saved: {reason}. Try saving it to another folder.',
  },
  PDF_NOT_VERIFIED: {
    id: 'Dokumen tidak lolos verifikasi: {reason}',
    en: 'The document failed verification: {reason}',
  },
} as const satisfies Record<string, { id: string; en: string }>;
