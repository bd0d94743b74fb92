import { PanelisError } from '../../../shared/errors';
import { applicantFieldKeys, applicantFields, autoMapHeaders, type ApplicantFieldKey } from '../../../shared/selection/applicant-fields';
import { importMappingColumn } from '../../vault/codecs/columns';
import { fieldNames } from './problems';
import { reason } from '../../../shared/error-messages/reasons';

/** Which applicant field each spreadsheet header holds (null: not imported). */
export type ImportMapping = Record<string, ApplicantFieldKey | null>;

const fieldKeySet = new Set<string>(applicantFieldKeys);

/** A remembered mapping from the vault, read defensively: it is JSON a newer or older Panelis wrote. */
export function parseRememberedMapping(json: string | null): ImportMapping | null {
  return json === null ? null : importMappingColumn.tryDecode(json);
}

/**
 * The mapping to propose for a file: the selection's last mapping for the headers it knew
 * (offices send the same template again and again, with its own odd column names), and
 * header matching for any header it did not know, never taking a field twice.
 */
export function proposeMapping(headers: string[], remembered: ImportMapping | null): ImportMapping {
  const known = remembered ? headers.filter((h) => Object.hasOwn(remembered, h)) : [];
  if (!remembered || known.length === 0) return autoMapHeaders(headers);
  const out: ImportMapping = {};
  const taken = new Set<ApplicantFieldKey>();
  for (const h of known) {
    const f = remembered[h] ?? null;
    out[h] = f !== null && !taken.has(f) ? f : null;
    if (f !== null) taken.add(f);
  }
  const auto = autoMapHeaders(headers.filter((h) => !Object.hasOwn(out, h)));
  for (const [h, f] of Object.entries(auto)) {
    out[h] = f !== null && !taken.has(f) ? f : null;
    if (f !== null) taken.add(f);
  }
  // Keep the file's column order, which is how the mapping is shown.
  return Object.fromEntries(headers.map((h) => [h, out[h] ?? null]));
}

/**
 * A mapping chosen by the person, checked against the file: headers the file does not have
 * are dropped, headers left out are not imported, a field may come from one column only,
 * and the required fields must have a column.
 */
export function checkMapping(headers: string[], mapping: ImportMapping): ImportMapping {
  const out: ImportMapping = {};
  const columnsOf = new Map<ApplicantFieldKey, string[]>();
  for (const h of headers) {
    const f = Object.hasOwn(mapping, h) ? (mapping[h] ?? null) : null;
    if (f !== null && !fieldKeySet.has(f)) throw new PanelisError('BAD_ARGUMENTS', { issues: `unknown field ${String(f)}` });
    out[h] = f;
    if (f !== null) columnsOf.set(f, [...(columnsOf.get(f) ?? []), h]);
  }
  const twice = [...columnsOf.entries()].filter(([, hs]) => hs.length > 1);
  if (twice.length > 0) {
    const issues = twice.map(([f, hs]) => `${hs.map((h) => `"${h}"`).join(', ')} -> ${f}`).join('; ');
    throw new PanelisError('BAD_ARGUMENTS', { issues: reason('FIELD_FROM_SEVERAL_COLUMNS', { issues }) });
  }
  const missing = applicantFields.filter((f) => f.required && !columnsOf.has(f.key));
  if (missing.length > 0) {
    throw new PanelisError('IMPORT_MAPPING_INCOMPLETE', {
      fields: missing.map((f) => fieldNames[f.key].id).join(', '),
      keys: missing.map((f) => f.key).join(','),
    });
  }
  return out;
}
