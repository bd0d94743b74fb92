import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldColumns } from '../../../main/domain/applicants/check-rows';
import type { NormalisedApplicant } from '../../../main/domain/applicants/fields';
import { fieldsJsonOf, otherFieldsJson } from '../../../main/domain/applicants/store';
import { applicantFieldKeys, type ApplicantFieldKey } from '../../../shared/selection/applicant-fields';

// The import writes the JSON `fields` of each applicant as text (fieldsJsonOf); it must be
// byte for byte what otherFieldsJson (JSON.stringify) gives, which manual add and edit use.

const value = fc.oneof(
  fc.constantFrom('Bandung', '1985-08-17', '3.45', 'Jl. Merdeka No. 5, RT 01/RW 02', 'Çut Nyak Dhién', 'Nur’aini', '😀', ''),
  fc.constantFrom('say "hi"', 'C:\\Users', 'a\u0001b', 'tab\there', '\ud800', 'x\udfff', '\u2028', '\x7f', '{"a":1}', ','),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

describe('fields JSON written as text', () => {
  it('is exactly what otherFieldsJson gives, for any values, with fields absent or mapped or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.constantFrom<ApplicantFieldKey>(...applicantFieldKeys), value), { minLength: 1, maxLength: 8 }),
        fc.subarray([...applicantFieldKeys]),
        (applicants, mapped) => {
          const values: FieldColumns = {};
          for (const k of mapped) values[k] = applicants.map((a) => a[k]);
          const json = fieldsJsonOf(values);
          applicants.forEach((a, i) => {
            const only = Object.fromEntries(mapped.filter((k) => a[k] !== undefined).map((k) => [k, a[k]]));
            expect(json(i)).toBe(otherFieldsJson({ registrationNumber: 'R', name: 'N', ...only } as NormalisedApplicant));
          });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
