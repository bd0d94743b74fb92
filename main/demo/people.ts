import { demoSay } from './demo-text';

/**
 * The pansel (panitia seleksi) of the demo: ketua, sekretaris and three anggota, with the
 * passwords printed for the demo so anyone can sign in. Plain data; the steps are in scenario.ts.
 */
export type DemoRole = 'chair' | 'secretary' | 'member';

export interface DemoPerson {
  key: 'ketua' | 'sekretaris' | 'anggota1' | 'anggota2' | 'anggota3';
  name: string;
  nip: string;
  position: string;
  role: DemoRole;
  /** Label printed in the summary (Bahasa Indonesia / English). */
  label: string;
  /** The password the person signs in with after the demo (first sign-in already done). */
  password: string;
}

export const COMMITTEE_NAME = 'Panitia Seleksi Terbuka JPT Pratama Provinsi Jambi 2026';

export const demoPeople: DemoPerson[] = [
  {
    key: 'ketua',
    name: 'Dr. H. Sudirman Hasibuan, S.H., M.H.',
    nip: '196704121993031005',
    position: 'Sekretaris Daerah Provinsi Jambi',
    role: 'chair',
    label: demoSay('roleChair'),
    password: 'ketua-demo-2026',
  },
  {
    key: 'sekretaris',
    name: 'Hj. Rosmeli Yunita, S.E., M.M.',
    nip: '197208151998032004',
    position: 'Kepala Badan Kepegawaian Daerah Provinsi Jambi',
    role: 'secretary',
    label: demoSay('roleSecretary'),
    password: 'sekretaris-demo-2026',
  },
  {
    key: 'anggota1',
    name: 'Prof. Dr. Ir. Bambang Irawan, M.Sc.',
    nip: '196510101990031002',
    position: 'Guru Besar Fakultas Ekonomi dan Bisnis Universitas Jambi',
    role: 'member',
    label: demoSay('roleMember', { n: 1 }),
    password: 'anggota1-demo-2026',
  },
  {
    key: 'anggota2',
    name: 'Dr. Nurhasanah Daulay, S.Psi., M.Psi., Psikolog',
    nip: '197903202005012003',
    position: 'Dosen Psikologi Industri dan Organisasi Universitas Jambi',
    role: 'member',
    label: demoSay('roleMember', { n: 2 }),
    password: 'anggota2-demo-2026',
  },
  {
    key: 'anggota3',
    name: 'Drs. Yusuf Effendi Nasution, M.Si.',
    nip: '196812251994031007',
    position: 'Asisten Administrasi Umum Sekretariat Daerah Provinsi Jambi',
    role: 'member',
    label: demoSay('roleMember', { n: 3 }),
    password: 'anggota3-demo-2026',
  },
];

/** The one-time password each added person receives before changing it at first sign-in. */
export function oneTimePassword(p: DemoPerson): string {
  return `sementara-${p.key}-26`;
}

/** The committee certificate's own passphrase (asked at every signing, never stored). */
export const CERTIFICATE_PASSPHRASE = 'sertifikat-pansel-jambi-2026';
