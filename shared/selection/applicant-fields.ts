/**
 * The fields Panelis keeps for an applicant, with the labels Indonesian offices put in
 * their spreadsheet headers. `identifying` fields are hidden from scorers until reveal
 * unless the secretary marks them scorer-visible.
 */
export const applicantFields = [
  {
    key: 'registrationNumber',
    identifying: false,
    required: true,
    labels: [
      'no peserta',
      'nomor peserta',
      'no pendaftaran',
      'nomor pendaftaran',
      'no registrasi',
      'nomor registrasi',
      'no ujian',
      'nomor ujian',
      'registration number',
    ],
  },
  { key: 'name', identifying: true, required: true, labels: ['nama', 'nama lengkap', 'nama peserta', 'nama pelamar', 'name', 'full name'] },
  { key: 'nik', identifying: true, required: false, labels: ['nik', 'no ktp', 'nomor ktp', 'nomor induk kependudukan'] },
  { key: 'nip', identifying: true, required: false, labels: ['nip', 'nip baru', 'nomor induk pegawai'] },
  { key: 'birthPlace', identifying: true, required: false, labels: ['tempat lahir', 'birth place', 'place of birth'] },
  {
    key: 'birthDate',
    identifying: true,
    required: false,
    labels: ['tanggal lahir', 'tgl lahir', 'tgl. lahir', 'birth date', 'date of birth'],
  },
  { key: 'gender', identifying: true, required: false, labels: ['jenis kelamin', 'jk', 'l/p', 'gender', 'sex'] },
  { key: 'religion', identifying: true, required: false, labels: ['agama', 'religion'] },
  { key: 'address', identifying: true, required: false, labels: ['alamat', 'address'] },
  {
    key: 'education',
    identifying: false,
    required: false,
    labels: ['pendidikan', 'pendidikan terakhir', 'jenjang pendidikan', 'education'],
  },
  { key: 'gpa', identifying: false, required: false, labels: ['ipk', 'nilai ipk', 'gpa'] },
  { key: 'agency', identifying: true, required: false, labels: ['instansi', 'instansi asal', 'unit kerja', 'asal instansi', 'agency'] },
  { key: 'currentPosition', identifying: false, required: false, labels: ['jabatan', 'jabatan saat ini', 'jabatan terakhir', 'position'] },
  {
    key: 'rank',
    identifying: false,
    required: false,
    labels: ['pangkat', 'golongan', 'pangkat/golongan', 'pangkat / golongan', 'gol', 'rank'],
  },
  {
    key: 'appliedPosition',
    identifying: false,
    required: false,
    labels: ['jabatan yang dilamar', 'formasi', 'jabatan dilamar', 'applied position'],
  },
  { key: 'email', identifying: true, required: false, labels: ['email', 'e-mail', 'surel'] },
  { key: 'phone', identifying: true, required: false, labels: ['telepon', 'no hp', 'no. hp', 'nomor hp', 'hp', 'phone'] },
  { key: 'photo', identifying: true, required: false, labels: ['foto', 'photo'] },
] as const;

export type ApplicantFieldKey = (typeof applicantFields)[number]['key'];
export const applicantFieldKeys = applicantFields.map((f) => f.key) as ApplicantFieldKey[];

/** By default scorers see none of the identifying fields (docs/architecture.md, "Roles and blindness"). */
export const defaultScorerVisible: ApplicantFieldKey[] = applicantFields
  .filter((f) => !f.identifying && f.key !== 'registrationNumber')
  .map((f) => f.key);

/** Normalises a header for matching: lower case, no punctuation runs, single spaces. */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[._:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Maps spreadsheet headers to fields where a header matches a field's key or label. */
export function autoMapHeaders(headers: string[]): Record<string, ApplicantFieldKey | null> {
  const out: Record<string, ApplicantFieldKey | null> = {};
  const taken = new Set<ApplicantFieldKey>();
  for (const h of headers) {
    const n = normaliseHeader(h);
    const field = applicantFields.find(
      (f) => !taken.has(f.key) && (normaliseHeader(f.key) === n || f.labels.some((l) => normaliseHeader(l) === n)),
    );
    out[h] = field?.key ?? null;
    if (field) taken.add(field.key);
  }
  return out;
}
