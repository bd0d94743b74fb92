import type { RejectedRow } from '../../../shared/contract/setup-types';
import type { ApplicantFieldKey } from '../../../shared/selection/applicant-fields';

/** Why a value or a row cannot be taken: a stable code for programs, a sentence for people. */
export type Problem = RejectedRow['reasons'][number];

export type ProblemCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'CELL_ERROR'
  | 'NOT_TEXT'
  | 'NUMBER_LOST_DIGITS'
  | 'NIK_FORMAT'
  | 'NIP_FORMAT'
  | 'DATE_FORMAT'
  | 'DATE_IMPOSSIBLE'
  | 'AGE_OUT_OF_RANGE'
  | 'GENDER_UNKNOWN'
  | 'GPA_FORMAT'
  | 'GPA_OUT_OF_RANGE'
  | 'DUPLICATE_IN_FILE'
  | 'DUPLICATE_IN_VAULT';

/** How the fields are called in sentences (Bahasa Indonesia first). */
export const fieldNames: Record<ApplicantFieldKey, { id: string; en: string }> = {
  registrationNumber: { id: 'Nomor peserta', en: 'Registration number' },
  name: { id: 'Nama', en: 'Name' },
  nik: { id: 'NIK', en: 'NIK' },
  nip: { id: 'NIP', en: 'NIP' },
  birthPlace: { id: 'Tempat lahir', en: 'Place of birth' },
  birthDate: { id: 'Tanggal lahir', en: 'Date of birth' },
  gender: { id: 'Jenis kelamin', en: 'Gender' },
  religion: { id: 'Agama', en: 'Religion' },
  address: { id: 'Alamat', en: 'Address' },
  education: { id: 'Pendidikan', en: 'Education' },
  gpa: { id: 'IPK', en: 'GPA' },
  agency: { id: 'Instansi asal', en: 'Agency' },
  currentPosition: { id: 'Jabatan saat ini', en: 'Current position' },
  rank: { id: 'Pangkat/golongan', en: 'Rank/grade' },
  appliedPosition: { id: 'Jabatan yang dilamar', en: 'Applied position' },
  email: { id: 'Email', en: 'E-mail' },
  phone: { id: 'Nomor HP', en: 'Phone' },
  photo: { id: 'Foto', en: 'Photo' },
};

export function problem(field: ApplicantFieldKey | null, code: ProblemCode, id: string, en: string): Problem {
  return { field, code, message: { id, en } };
}

/** "baris 7" / "row 7", "baris 7, 9 dan 2 lainnya" / "rows 7, 9 and 2 more" (`total` rows in all). */
export function rowList(rows: number[], total = rows.length): { id: string; en: string } {
  const shown = rows.slice(0, 5);
  const more = total - shown.length;
  const list = shown.join(', ');
  return {
    id: `baris ${list}${more > 0 ? ` dan ${more} lainnya` : ''}`,
    en: `${total === 1 ? 'row' : 'rows'} ${list}${more > 0 ? ` and ${more} more` : ''}`,
  };
}
