/**
 * The demo's second, small selection: a PPPK interview in the same vault, with its own
 * committee name, letterhead and legal basis, so its papers never print the JPT pansel's.
 * Plain data; the steps are in pppk-scenario.ts.
 */
export const PPPK_TITLE = 'Seleksi Kompetensi PPPK Jabatan Fungsional Guru Provinsi Jambi Tahun 2026 — Wawancara';
export const PPPK_COMMITTEE = 'Panitia Seleksi Pengadaan PPPK Guru Provinsi Jambi Tahun 2026';
export const PPPK_LEGAL_BASIS = [
  'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara.',
  'Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah dengan Perjanjian Kerja.',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2024 tentang Pengadaan Pegawai Aparatur Sipil Negara.',
  'Keputusan Gubernur Jambi Nomor 800.1.2/1310/KEP.GUB/BKD-2.1/2026 tentang Pembentukan Panitia Seleksi Pengadaan PPPK Guru.',
];
export const PPPK_MEETING = { date: '2026-11-27', time: '10:00', place: 'Aula Dinas Pendidikan Provinsi Jambi' } as const;

export interface PppkApplicant {
  registrationNumber: string;
  name: string;
  nik: string;
  education: string;
  /** Levels 1-4 per indicator (W1-W4), one row per anggota: anggota1 then anggota2. */
  levels: [number[], number[]];
}

export const pppkApplicants: PppkApplicant[] = [
  { registrationNumber: 'PPPK-GR-2026-0001', name: 'Rahmi Fitriani, S.Pd.', nik: '1571024506920001', education: 'S1 Pendidikan Matematika', levels: [[3, 4, 3, 3], [3, 3, 3, 4]] },
  { registrationNumber: 'PPPK-GR-2026-0002', name: 'Ahmad Zulkarnain, S.Pd.I.', nik: '1505011203890002', education: 'S1 Pendidikan Agama Islam', levels: [[2, 3, 3, 2], [3, 3, 2, 2]] },
  { registrationNumber: 'PPPK-GR-2026-0003', name: 'Yuliana Simanjuntak, S.Pd.', nik: '1571036707930003', education: 'S1 Pendidikan Bahasa Inggris', levels: [[4, 3, 4, 3], [4, 4, 3, 3]] },
  { registrationNumber: 'PPPK-GR-2026-0004', name: 'M. Ridwan Harahap, S.Pd.', nik: '1509021811900004', education: 'S1 Pendidikan Jasmani', levels: [[2, 2, 3, 2], [2, 3, 2, 2]] },
];

/** A short reason for each level, as a member writes it (the PPPK rubric asks for one on every indicator). */
export const levelNote: Record<number, string> = {
  1: 'Jawaban tidak relevan dengan pertanyaan.',
  2: 'Jawaban relevan tetapi umum, tanpa contoh.',
  3: 'Jawaban relevan dengan contoh pengalaman mengajar yang jelas.',
  4: 'Contoh jelas, disertai refleksi dan dampaknya bagi siswa.',
};
