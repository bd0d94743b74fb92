/** Errors of the loopback host and of the vault file on disk (see shared/errors.ts for the whole catalogue). */
export const hostVaultErrors = {
  REQUEST_TOO_LARGE: {
    id: 'Kiriman terlalu besar (lebih dari {limitMb} MB). Tidak ada yang disimpan. Pilih berkas yang lebih kecil atau bagi menjadi beberapa berkas.',
    en: 'The request is too large (over {limitMb} MB). Nothing was saved. Choose a smaller file or split it into several files.',
  },
  HOST_BUSY: {
    id: 'Panelis sedang menerima kiriman lain. Tidak ada yang disimpan. Tunggu hingga selesai lalu coba lagi.',
    en: 'Panelis is already receiving other uploads. Nothing was saved. Wait until they finish, then try again.',
  },
  BAD_HOST_HEADER: {
    id: 'Permintaan ditolak: header Host ganda atau tidak sah. Buka Panelis dari alamat yang dicetaknya.',
    en: 'Request refused: duplicate or invalid Host header. Open Panelis from the address it printed.',
  },
  VAULT_IN_USE: {
    id: 'Brankas ini sudah terbuka di Panelis pada komputer ini (proses {pid}). Kunci atau tutup Panelis tersebut dulu, lalu coba lagi. "vault check" tetap dapat membacanya.',
    en: 'This vault is already open in Panelis on this computer (process {pid}). Lock or close that Panelis first, then try again. "vault check" can still read it.',
  },
  VAULT_READ_ONLY: {
    id: 'Brankas tidak dapat ditulis: {path} hanya-baca ({reason}). Tidak ada yang disimpan. Beri izin tulis, atau salin brankas ke folder yang dapat ditulis lalu buka salinannya.',
    en: 'The vault cannot be written: {path} is read-only ({reason}). Nothing was saved. Give write permission, or copy the vault to a writable folder and open the copy.',
  },
  VAULT_DISK_FULL: {
    id: 'Disk penuh ({reason}). Tidak ada yang disimpan; brankas tetap seperti sebelumnya. Kosongkan ruang disk lalu coba lagi.',
    en: 'The disk is full ({reason}). Nothing was saved; the vault is as it was before. Free some disk space, then try again.',
  },
  VAULT_WRITE_FAILED: {
    id: 'Brankas gagal ditulis ({reason}). Tidak ada yang disimpan. Periksa disk atau media penyimpanan lalu coba lagi.',
    en: 'Writing the vault failed ({reason}). Nothing was saved. Check the disk or storage device, then try again.',
  },
  BACKUP_DISK_FULL: {
    id: 'Cadangan gagal: disk penuh di {dir}. Tidak ada berkas cadangan setengah jadi yang tertinggal. Kosongkan ruang disk atau pilih tempat lain, lalu coba lagi.',
    en: 'The backup failed: the disk is full at {dir}. No partial backup file was left. Free some disk space or choose another place, then try again.',
  },
  BACKUP_NOT_WRITABLE: {
    id: 'Cadangan gagal: {dir} tidak dapat ditulis ({reason}). Tidak ada berkas cadangan yang tertinggal. Pilih folder lain lalu coba lagi.',
    en: 'The backup failed: {dir} cannot be written ({reason}). No backup file was left. Choose another folder, then try again.',
  },
} as const;
