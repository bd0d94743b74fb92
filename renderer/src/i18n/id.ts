/**
 * Every string the renderer shows, in Bahasa Indonesia (the default). en.ts must have the
 * same keys; the type below makes a missing or extra key a compile error.
 */
import { deliberationId } from './deliberation.id';
import { documentsId } from './documents.id';
import { inputsId } from './inputs.id';
import { resultsId } from './results.id';
import { deskId } from './desk.id';
import { peopleId } from './people.id';
import { roundsId } from './rounds.id';
import { setupId } from './setup.id';

export const id = {
  setup: setupId,
  people: peopleId,
  rounds: roundsId,
  desk: deskId,
  results: resultsId,
  inputs: inputsId,
  deliberation: deliberationId,
  documents: documentsId,
  app: {
    name: 'Panelis',
    tagline: 'Penilaian seleksi berbasis merit, terenkripsi di laptop panitia',
    loading: 'Memuat Panelis…',
    loadFailed: 'Panelis belum dapat dimuat.',
    retry: 'Coba lagi',
  },
  common: {
    showHide: 'Tampilkan atau sembunyikan isian',
  },
  language: {
    label: 'Bahasa tampilan',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  roles: {
    chair: 'Ketua',
    secretary: 'Sekretaris',
    member: 'Anggota',
    observer: 'Pengawas',
  },
  errors: {
    title: 'Tidak berhasil',
    transport: 'Panelis tidak menjawab. Pastikan aplikasi masih berjalan, lalu coba lagi. Data yang sudah tersimpan tetap aman.',
  },
  strength: {
    label: 'Kekuatan frasa sandi: {{level}}',
    empty: 'Kekuatan frasa sandi akan dinilai saat Anda mengetik.',
    level0: 'sangat lemah',
    level1: 'lemah',
    level2: 'cukup',
    level3: 'kuat',
    level4: 'sangat kuat',
  },
  firstRun: {
    title: 'Selamat datang di Panelis',
    intro:
      'Panelis menyimpan data seleksi panitia dalam satu berkas brankas terenkripsi di laptop ini. Mulailah dengan membuat brankas, lalu akun ketua panitia.',
    step: 'Langkah {{current}} dari {{total}}',
    backToUnlock: 'Kembali ke daftar brankas',
    vault: {
      heading: 'Buat brankas baru',
      committeeName: 'Nama panitia',
      committeeNameHint: 'Misalnya: Panitia Seleksi Terbuka JPT Pratama Kabupaten Sleman 2026',
      path: 'Lokasi berkas brankas',
      pathHint: 'Berkas akan dibuat di sini. Simpan di folder yang ikut dicadangkan oleh kantor Anda.',
      pick: 'Pilih lokasi…',
      passphrase: 'Frasa sandi brankas',
      passphraseHint: 'Minimal {{min}} karakter. Gunakan beberapa kata yang mudah diingat panitia tetapi sulit ditebak orang lain.',
      passphraseRepeat: 'Ulangi frasa sandi brankas',
      warningTitle: 'Frasa sandi yang hilang tidak dapat dipulihkan',
      warning:
        'Tidak seorang pun — termasuk pembuat Panelis dan admin TI kantor — dapat membuka brankas ini tanpa frasa sandinya. Tuliskan frasa sandi dan simpan di tempat aman, misalnya dalam amplop tertutup di lemari berkunci.',
      submit: 'Buat brankas',
      busy: 'Membuat brankas…',
      nameRequired: 'Isi nama panitia (minimal 2 karakter).',
      pathRequired: 'Isi lokasi berkas brankas.',
      tooShort: 'Frasa sandi minimal {{min}} karakter.',
      tooWeak: 'Frasa sandi ini mudah ditebak. Tambahkan satu atau dua kata lagi.',
      mismatch: 'Kedua frasa sandi tidak sama.',
    },
    chair: {
      heading: 'Akun ketua panitia',
      intro:
        'Brankas “{{committee}}” sudah siap. Sekarang buat akun ketua panitia. Setelah itu ketua dapat menambahkan sekretaris, anggota, dan pengawas.',
      name: 'Nama lengkap ketua',
      nameHint: 'Beserta gelar, seperti tertulis dalam surat keputusan pembentukan panitia.',
      nip: 'NIP (tidak wajib)',
      nipHint: '18 angka tanpa spasi. Kosongkan bila ketua bukan ASN.',
      password: 'Kata sandi ketua',
      passwordHint: 'Minimal {{min}} karakter. Ini kata sandi pribadi ketua untuk masuk, berbeda dari frasa sandi brankas.',
      passwordRepeat: 'Ulangi kata sandi ketua',
      submit: 'Buat akun ketua dan masuk',
      busy: 'Membuat akun…',
      nameRequired: 'Isi nama ketua (minimal 2 karakter).',
      nipInvalid: 'NIP harus 18 angka.',
      tooShort: 'Kata sandi minimal {{min}} karakter.',
      mismatch: 'Kedua kata sandi tidak sama.',
    },
  },
  unlock: {
    title: 'Buka brankas',
    intro: 'Pilih brankas panitia Anda, lalu ketik frasa sandi brankas.',
    idleTitle: 'Brankas dikunci otomatis',
    idle: 'Brankas dikunci karena tidak ada aktivitas selama beberapa waktu. Ketik frasa sandi untuk melanjutkan.',
    recent: 'Brankas yang pernah dibuka',
    unnamed: 'Panitia tanpa nama',
    lastOpened: 'Terakhir dibuka {{date}}',
    other: 'Berkas lain…',
    otherHint: 'Brankas yang belum ada dalam daftar ini',
    otherPath: 'Lokasi berkas brankas',
    otherPathHint: 'Ketik lokasi lengkap berkas .panelis.',
    pick: 'Pilih berkas…',
    pathRequired: 'Pilih atau ketik lokasi berkas brankas.',
    passphrase: 'Frasa sandi brankas',
    passphraseRequired: 'Ketik frasa sandi brankas.',
    submit: 'Buka brankas',
    busy: 'Membuka brankas…',
    createNew: 'Buat brankas baru',
  },
  signIn: {
    title: 'Masuk',
    intro: 'Brankas “{{committee}}” terbuka. Pilih nama Anda, lalu ketik kata sandi pribadi Anda.',
    person: 'Siapa Anda?',
    personRequired: 'Pilih nama Anda.',
    password: 'Kata sandi',
    passwordRequired: 'Ketik kata sandi Anda.',
    submit: 'Masuk',
    busy: 'Memeriksa…',
    loadingPeople: 'Memuat daftar panitia…',
    lock: 'Kunci brankas',
    idleTitle: 'Anda dikeluarkan otomatis',
    idle: 'Orang sebelumnya dikeluarkan karena tidak ada aktivitas selama {{minutes}} menit. Pekerjaannya sudah tersimpan dan tidak terlihat oleh orang berikutnya. Pilih nama Anda dan ketik kata sandi untuk masuk.',
  },
  dashboard: {
    signedInAs: 'Masuk sebagai {{name}}',
    lockNow: 'Kunci sekarang',
    signOut: 'Keluar',
    emptyTitle: 'Belum ada seleksi',
    emptyHint:
      'Di sini nanti tampil seleksi yang ditangani panitia: pelamar, tahap, rubrik, dan nilai. Pembuatan seleksi hadir pada versi Panelis berikutnya.',
    emptyHintChair: 'Sambil menunggu, atur waktu kunci otomatis dan buat cadangan pertama brankas di kartu Pengaturan brankas.',
    settings: {
      title: 'Pengaturan brankas',
      idle: 'Kunci otomatis setelah tidak digunakan (menit)',
      idleHint: 'Antara 1 dan 240 menit. Brankas terkunci dan semua orang keluar.',
      idleInvalid: 'Isi angka bulat antara 1 dan 240.',
      signOut: 'Keluarkan pengguna setelah tidak digunakan (menit)',
      signOutHint:
        'Antara 1 dan 240 menit. Orang yang sedang masuk dikeluarkan, brankas tetap terbuka untuk anggota berikutnya. Bila lebih lama dari kunci otomatis, brankas terkunci lebih dulu.',
      signOutInvalid: 'Isi angka bulat antara 1 dan 240.',
      savedBoth: 'Tersimpan: pengguna dikeluarkan setelah {{signOut}} menit dan brankas dikunci setelah {{minutes}} menit tanpa aktivitas.',
      save: 'Simpan',
      saving: 'Menyimpan…',
      saved: 'Tersimpan: brankas dikunci otomatis setelah {{minutes}} menit tanpa aktivitas.',
      backupTitle: 'Cadangan',
      backupHint: 'Membuat salinan terenkripsi brankas ini. Salin berkasnya ke penyimpanan lain secara berkala.',
      backup: 'Cadangkan sekarang',
      backupBusy: 'Membuat cadangan…',
      backupDone: 'Cadangan tersimpan ({{size}}):',
    },
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language file must have. */
export type Messages = Widen<typeof id>;
