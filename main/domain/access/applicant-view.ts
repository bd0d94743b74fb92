import type { ApplicantRow } from '../../../shared/contract/setup-types';
import type { ApplicantFieldKey } from '../../../shared/selection/applicant-fields';
import type { Role } from '../../../shared/roles';
import { applicantFieldsColumn } from '../../vault/codecs/columns';
import type { Database } from '../../vault/schema';

/**
 * What one role may see of an applicant. Scorers (members) see the blind code and only the
 * fields the secretary marked scorer-visible, until identities are revealed; every other
 * field is left out of the answer here, in main — hiding a column in React is not enough.
 */
export function applicantView(
  row: Database['applicants'],
  viewer: Role,
  visibleFields: readonly ApplicantFieldKey[],
  revealed: boolean,
): ApplicantRow {
  const all: Partial<Record<ApplicantFieldKey, string | null>> = {
    ...applicantFieldsColumn.decode(row.fields),
    registrationNumber: row.registration_number,
    name: row.name,
    nik: row.nik || null,
    nip: row.nip || null,
  };
  const blind = viewer === 'member' && !revealed;
  const fields: Partial<Record<ApplicantFieldKey, string | null>> = {};
  for (const [key, value] of Object.entries(all) as [ApplicantFieldKey, string | null][]) {
    if (!blind || visibleFields.includes(key)) fields[key] = value;
  }
  return {
    id: row.id,
    code: row.blind_code,
    registrationNumber: blind ? null : row.registration_number,
    name: blind && !visibleFields.includes('name') ? null : row.name,
    status: row.status,
    withdrawnReason: row.withdrawn_reason,
    fields,
  };
}
