import type { ApplicantFieldKey } from '../../../../../shared/selection/applicant-fields';
import { requiredFields } from '../fields';

export type Mapping = Record<string, ApplicantFieldKey | null>;

/** A field comes from one column only: choosing it for a header takes it from any other. */
export function assign(mapping: Mapping, header: string, field: ApplicantFieldKey | null): Mapping {
  const out: Mapping = {};
  for (const [h, f] of Object.entries(mapping)) out[h] = f !== null && f === field ? null : f;
  out[header] = field;
  return out;
}

export function missingRequired(mapping: Mapping): ApplicantFieldKey[] {
  const mapped = new Set(Object.values(mapping));
  return [...requiredFields].filter((f) => !mapped.has(f));
}
