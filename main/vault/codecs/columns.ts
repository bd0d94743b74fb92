import { z } from 'zod';
import { canonicalJson } from '../../../shared/canonical-json';
import type { AgendaItem, QuorumRule } from '../../../shared/contract/deliberation-types';
import { quorumRuleSchema } from '../../../shared/contract/deliberation';
import { applicantFieldKeySchema } from '../../../shared/contract/setup';
import type { ResultOptions } from '../../../shared/results/types';
import { rubricSchema, type Rubric } from '../../../shared/selection/rubric';
import type { ApplicantFieldKey } from '../../../shared/selection/applicant-fields';
import { selectionSetupSchema, type SelectionSetup } from '../../../shared/selection/selection';
import { documentSettingsSchema } from '../../../shared/contract/documents';
import type { DocumentSettings } from '../../../shared/contract/documents-types';
import { defaultDocumentSettings } from '../../../shared/documents/settings';
import { jsonColumn } from './json-column';

/** The JSON columns of the vault (schema.ts), one codec each. Score sheets and snapshots have their own files. */

const bilingual = z.object({ id: z.string(), en: z.string() });

/** selections.setup */
export const selectionSetupColumn = jsonColumn<SelectionSetup>('selections.setup', selectionSetupSchema);

/** selections.visible_fields: the applicant fields scorers may see while blind. */
export const visibleFieldsColumn = jsonColumn<ApplicantFieldKey[]>('selections.visible_fields', z.array(applicantFieldKeySchema));

/**
 * selections.import_mapping: the header -> field mapping remembered from the last import. It
 * may come from another Panelis version, so a field this one does not know is dropped, not an error.
 */
export const importMappingColumn = jsonColumn<Record<string, ApplicantFieldKey | null>>(
  'selections.import_mapping',
  z.record(z.string(), z.unknown()).transform((raw) => {
    const out: Record<string, ApplicantFieldKey | null> = {};
    for (const [header, field] of Object.entries(raw)) {
      if (field === null) out[header] = null;
      else {
        const key = applicantFieldKeySchema.safeParse(field);
        if (key.success) out[header] = key.data;
      }
    }
    return out;
  }),
);

/**
 * applicants.fields: the applicant fields beyond registration number, name, NIK and NIP.
 * Only decoded here: the import writes it as text on its fast path (domain/applicants/store.ts).
 */
export const applicantFieldsColumn = jsonColumn<Record<string, string>>('applicants.fields', z.record(z.string(), z.string()));

/** rubric_versions.rubric: canonical JSON, so its SHA-256 is the version's hash. */
export const rubricColumn = jsonColumn<Rubric>('rubric_versions.rubric', rubricSchema, canonicalJson);

/** rounds.revealed_by: the people (ids) who revealed the round. */
export const revealedByColumn = jsonColumn<string[]>('rounds.revealed_by', z.array(z.string()));

/**
 * result_options.options. Ranges are checked by resolveOptions (shared/results/options.ts),
 * the rule's one place; unknown keys are kept, as they always were.
 */
export const resultOptionsColumn = jsonColumn<Partial<ResultOptions>>(
  'result_options.options',
  z.looseObject({
    method: z.enum(['mean', 'median', 'trimmed']).optional(),
    standardise: z.boolean().optional(),
    minScorers: z.number().optional(),
    disagreementFraction: z.number().optional(),
  }),
);

/** deliberation_config.quorum_rule and meetings.quorum_rule. */
export const quorumRuleColumn = jsonColumn<QuorumRule>('quorum_rule', quorumRuleSchema);

/** agenda_items.flags: the flagged spreads that put the applicant on the agenda. */
export const agendaFlagsColumn = jsonColumn<AgendaItem['flags']>(
  'agenda_items.flags',
  z.array(z.object({ stageId: z.string(), criterionId: z.string(), criterionName: z.string(), spread: z.number(), text: bilingual })),
);

/** meta 'audit_head': the newest audit event, so a truncated chain is found. */
export const auditHeadColumn = jsonColumn<{ seq: number; hash: string }>(
  'meta.audit_head',
  z.object({ seq: z.number().int(), hash: z.string() }),
  canonicalJson,
);

/**
 * document_settings.value and selection_documents.value: a selection's (or the vault-wide
 * default) document settings. Fields missing in rows written by an older version take their
 * defaults; readers fall back on the defaults when a row does not decode, as they always have.
 */
export const documentSettingsColumn = jsonColumn<DocumentSettings>(
  'document settings',
  z
    .unknown()
    .transform((raw) => ({ ...defaultDocumentSettings, ...(raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) }))
    .pipe(documentSettingsSchema),
);
