import { applicantFields, type ApplicantFieldKey } from '../../../../shared/selection/applicant-fields';
import type { Language } from '../../../../shared/errors';
import { formatDateLong, formatNumber } from '../../../../shared/format';

export const fieldKeys: ApplicantFieldKey[] = applicantFields.map((f) => f.key);
export const requiredFields = new Set<ApplicantFieldKey>(applicantFields.filter((f) => f.required).map((f) => f.key));
export const identifyingFields = new Set<ApplicantFieldKey>(applicantFields.filter((f) => f.identifying).map((f) => f.key));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A stored value as a person reads it: dates written out, gender spelled. */
export function displayValue(
  key: ApplicantFieldKey,
  value: string | undefined,
  lang: Language,
  genderLabel: (g: 'L' | 'P') => string,
): string {
  if (value === undefined || value === '') return '';
  if (key === 'birthDate' && ISO_DATE.test(value)) return formatDateLong(value, lang);
  if (key === 'gender' && (value === 'L' || value === 'P')) return genderLabel(value);
  // IPK is stored as "3.28"; shown in the locale (id-ID: 3,28).
  if (key === 'gpa' && /^\d+(\.\d+)?$/.test(value)) return formatNumber(Number(value), lang, 2);
  return value;
}

/** ISO dates are shown for typing as day/month/year, the order Indonesian offices use. */
export function dateForTyping(value: string): string {
  const m = ISO_DATE.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/** Digits typed with spaces or dots for readability count as digits. */
export function digitCount(value: string): number | null {
  const compact = value.replace(/[\s.-]/g, '');
  return /^\d+$/.test(compact) ? compact.length : null;
}
