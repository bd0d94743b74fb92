/**
 * Twelve applicants for two JPT Pratama posts of the Provinsi Jambi: plausible names with
 * their titles, an 18-digit NIP built as the BKN does (birth date, TMT CPNS, gender digit,
 * sequence), pangkat/golongan, unit and current post. Plain data; fictitious people.
 */
export const POSITIONS = {
  pendidikan: 'Kepala Dinas Pendidikan Provinsi Jambi',
  kesehatan: 'Kepala Dinas Kesehatan Provinsi Jambi',
} as const;

export interface DemoApplicant {
  registrationNumber: string;
  name: string;
  gender: 'L' | 'P';
  birthPlace: string;
  /** dd/mm/yyyy, as offices write it. */
  birthDate: string;
  /** TMT CPNS, yyyymm (part of the NIP). */
  tmtCpns: string;
  rank: string;
  education: string;
  agency: string;
  currentPosition: string;
  appliedPosition: string;
  /** Strength in the demo's scores (0..1): drives the seeded generator. */
  strength: number;
}

type Row = Omit<DemoApplicant, 'registrationNumber'>;

const rows: Row[] = [
  { name: 'Dr. Ahmad Syukri, S.Pd., M.Pd.', gender: 'L', birthPlace: 'Jambi', birthDate: '14/03/1972', tmtCpns: '199803', rank: 'Pembina Utama Muda (IV/c)', education: 'S3 Manajemen Pendidikan', agency: 'Dinas Pendidikan Provinsi Jambi', currentPosition: 'Sekretaris Dinas Pendidikan', appliedPosition: POSITIONS.pendidikan, strength: 0.82 },
  { name: 'Hj. Fitriani Lubis, S.Pd., M.Si.', gender: 'P', birthPlace: 'Sungai Penuh', birthDate: '02/08/1975', tmtCpns: '200001', rank: 'Pembina Tingkat I (IV/b)', education: 'S2 Administrasi Publik', agency: 'Dinas Pendidikan Provinsi Jambi', currentPosition: 'Kepala Bidang Pembinaan SMA', appliedPosition: POSITIONS.pendidikan, strength: 0.64 },
  { name: 'Drs. Zulkifli Hasan, M.M.', gender: 'L', birthPlace: 'Muara Bulian', birthDate: '21/11/1969', tmtCpns: '199503', rank: 'Pembina Utama Muda (IV/c)', education: 'S2 Manajemen', agency: 'Pemerintah Kabupaten Muaro Jambi', currentPosition: 'Kepala Dinas Pendidikan Kabupaten Muaro Jambi', appliedPosition: POSITIONS.pendidikan, strength: 0.74 },
  { name: 'Dr. Rahmawati Siregar, M.Pd.', gender: 'P', birthPlace: 'Medan', birthDate: '09/05/1977', tmtCpns: '200212', rank: 'Pembina Tingkat I (IV/b)', education: 'S3 Teknologi Pendidikan', agency: 'Dinas Pendidikan Provinsi Jambi', currentPosition: 'Kepala Balai Teknologi Informasi dan Komunikasi Pendidikan', appliedPosition: POSITIONS.pendidikan, strength: 0.7 },
  { name: 'Irwan Kurniawan, S.Sos., M.A.P.', gender: 'L', birthPlace: 'Kuala Tungkal', birthDate: '30/01/1976', tmtCpns: '200103', rank: 'Pembina Tingkat I (IV/b)', education: 'S2 Administrasi Publik', agency: 'Sekretariat Daerah Provinsi Jambi', currentPosition: 'Kepala Biro Organisasi', appliedPosition: POSITIONS.pendidikan, strength: 0.52 },
  { name: 'Dr. Muhammad Fadhil, S.Ag., M.Pd.I.', gender: 'L', birthPlace: 'Bangko', birthDate: '17/09/1971', tmtCpns: '199712', rank: 'Pembina Utama Muda (IV/c)', education: 'S3 Pendidikan Islam', agency: 'Pemerintah Kabupaten Tanjung Jabung Barat', currentPosition: 'Kepala Dinas Pendidikan Kabupaten Tanjung Jabung Barat', appliedPosition: POSITIONS.pendidikan, strength: 0.6 },
  { name: 'dr. Siti Maryam, M.Kes.', gender: 'P', birthPlace: 'Jambi', birthDate: '25/04/1973', tmtCpns: '199902', rank: 'Pembina Utama Muda (IV/c)', education: 'S2 Kesehatan Masyarakat', agency: 'RSUD Raden Mattaher Provinsi Jambi', currentPosition: 'Direktur RSUD Raden Mattaher', appliedPosition: POSITIONS.kesehatan, strength: 0.78 },
  { name: 'dr. Hendra Saputra, Sp.PD., M.Kes.', gender: 'L', birthPlace: 'Padang', birthDate: '03/12/1978', tmtCpns: '200503', rank: 'Pembina Tingkat I (IV/b)', education: 'Spesialis Penyakit Dalam', agency: 'Dinas Kesehatan Provinsi Jambi', currentPosition: 'Kepala Bidang Pelayanan Kesehatan', appliedPosition: POSITIONS.kesehatan, strength: 0.66 },
  { name: 'Ns. Dewi Anggraini, S.Kep., M.Kep.', gender: 'P', birthPlace: 'Sarolangun', birthDate: '11/07/1976', tmtCpns: '200104', rank: 'Pembina Tingkat I (IV/b)', education: 'S2 Keperawatan', agency: 'Dinas Kesehatan Provinsi Jambi', currentPosition: 'Sekretaris Dinas Kesehatan', appliedPosition: POSITIONS.kesehatan, strength: 0.72 },
  { name: 'drg. Ilham Prasetyo, M.P.H.', gender: 'L', birthPlace: 'Palembang', birthDate: '19/02/1970', tmtCpns: '199603', rank: 'Pembina Utama Muda (IV/c)', education: 'S2 Kesehatan Masyarakat', agency: 'Pemerintah Kota Jambi', currentPosition: 'Kepala Dinas Kesehatan Kota Jambi', appliedPosition: POSITIONS.kesehatan, strength: 0.76 },
  { name: 'dr. Novita Sari Harahap, M.A.R.S.', gender: 'P', birthPlace: 'Padangsidimpuan', birthDate: '08/10/1979', tmtCpns: '200602', rank: 'Pembina Tingkat I (IV/b)', education: 'S2 Administrasi Rumah Sakit', agency: 'Dinas Kesehatan Provinsi Jambi', currentPosition: 'Kepala UPTD Laboratorium Kesehatan Daerah', appliedPosition: POSITIONS.kesehatan, strength: 0.58 },
  { name: 'Andi Rachman, S.K.M., M.Kes.', gender: 'L', birthPlace: 'Makassar', birthDate: '27/06/1974', tmtCpns: '199912', rank: 'Pembina Tingkat I (IV/b)', education: 'S2 Epidemiologi', agency: 'Dinas Kesehatan Provinsi Jambi', currentPosition: 'Kepala Bidang Pencegahan dan Pengendalian Penyakit', appliedPosition: POSITIONS.kesehatan, strength: 0.55 },
];

export const demoApplicants: DemoApplicant[] = rows.map((r, i) => ({ ...r, registrationNumber: `JPT-JMB-2026-${String(i + 1).padStart(3, '0')}` }));

/** NIP: yyyymmdd (birth) + yyyymm (TMT CPNS) + 1/2 (gender) + three-digit sequence. */
export function nipOf(a: DemoApplicant, index: number): string {
  const [d, m, y] = a.birthDate.split('/');
  return `${y}${m}${d}${a.tmtCpns}${a.gender === 'L' ? 1 : 2}${String(index + 1).padStart(3, '0')}`;
}

/** The form values `applicants.add` takes, as a secretary would type them. */
export function applicantInput(a: DemoApplicant, index: number): Record<string, string> {
  return {
    registrationNumber: a.registrationNumber,
    name: a.name,
    nip: nipOf(a, index),
    gender: a.gender,
    birthPlace: a.birthPlace,
    birthDate: a.birthDate,
    rank: a.rank,
    education: a.education,
    agency: a.agency,
    currentPosition: a.currentPosition,
    appliedPosition: a.appliedPosition,
  };
}

/** The applicant with a declared conflict of interest, and the member who declares it. */
export const CONFLICT = {
  applicantIndex: 4,
  memberKey: 'anggota3' as const,
  reasonKind: 'work' as const,
  reasonText: 'Pelamar pernah menjadi bawahan langsung saya di Sekretariat Daerah (2019-2022).',
};

/** The arranged disagreement: one member far from the others on one interview criterion. */
export const DISAGREEMENT = {
  applicantIndex: 6,
  criterionCode: 'M8',
  memberKey: 'anggota2' as const,
  value: 2,
  othersValue: 4,
  revisedValue: 4,
  revisionReason:
    'Setelah pembahasan rapat pleno dan membaca ulang catatan studi kasus, jawaban pelamar tentang keputusan relokasi anggaran rumah sakit dinilai ulang.',
};
