import { z } from 'zod';
import { roles } from '../roles';
import { applicantFieldKeys, type ApplicantFieldKey } from '../selection/applicant-fields';
import { selectionSetupSchema } from '../selection/selection';
import { templateKeys } from '../selection/templates';
import { allowed, method } from './define';
import * as s from './schemas';
import type {
  ApplicantPage,
  ApplicantRow,
  ConflictInfo,
  ImportPreview,
  JobStatus,
  PanelInfo,
  PersonDetail,
  SelectionDetail,
  SelectionSummary,
} from './setup-types';

const managers = allowed('chair', 'secretary');
const readers = allowed('chair', 'secretary', 'observer');
const everyone = allowed('chair', 'secretary', 'member', 'observer');

const selectionId = z.object({ selectionId: s.id }).strict();
/** An applicant field's key (also the vault's visible_fields and import_mapping columns). */
export const applicantFieldKeySchema = z.enum(applicantFieldKeys as [ApplicantFieldKey, ...ApplicantFieldKey[]]);
const mapping = z.record(z.string().max(300), applicantFieldKeySchema.nullable());
/** Values typed by a person for one applicant; normalised and checked in main. */
const applicantInput = z.partialRecord(applicantFieldKeySchema, z.string().max(2000));
const overrides = z.record(z.string().regex(/^\d+$/), applicantInput);

/** Selection set-up: selections, rubrics, applicants, committee, conflicts, panels. */
export const setupMethods = {
  'selection.list': method(z.object({}).strict(), everyone).returns<SelectionSummary[]>().reads(),
  'selection.create': method(
    z
      .object({
        template: z.enum(templateKeys as ['jpt', 'cpns', 'pppk', 'promotion']).nullable(),
        title: z.string().trim().min(3).max(300),
      })
      .strict(),
    managers,
  )
    .returns<SelectionDetail>()
    .other('A new selection starts empty and unfinalised; no other selection changes.'),
  'selection.get': method(selectionId, everyone).returns<SelectionDetail>().reads(),
  'selection.update': method(z.object({ selectionId: s.id, setup: selectionSetupSchema }).strict(), managers)
    .returns<SelectionDetail>()
    .alters('selectionId'),
  'selection.setVisibleFields': method(
    z.object({ selectionId: s.id, fields: z.array(applicantFieldKeySchema).max(applicantFieldKeys.length) }).strict(),
    managers,
  )
    .returns<SelectionDetail>()
    .alters('selectionId'),

  'applicants.list': method(
    z
      .object({
        selectionId: s.id,
        query: z.string().max(200).default(''),
        status: z.enum(['all', 'active', 'withdrawn']).default('all'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    everyone,
  )
    .returns<ApplicantPage>()
    .reads(),
  'applicants.add': method(z.object({ selectionId: s.id, applicant: applicantInput }).strict(), managers)
    .returns<ApplicantRow>()
    .alters('selectionId'),
  'applicants.update': method(z.object({ selectionId: s.id, applicantId: s.id, applicant: applicantInput }).strict(), managers)
    .returns<ApplicantRow>()
    .alters('selectionId'),
  'applicants.withdraw': method(
    z.object({ selectionId: s.id, applicantId: s.id, reason: z.string().trim().min(3).max(1000) }).strict(),
    managers,
  )
    .returns<ApplicantRow>()
    .alters('selectionId'),
  'applicants.importParse': method(
    z
      .object({
        selectionId: s.id,
        fileName: z.string().trim().min(1).max(300),
        // base64 of the file as chosen by the person; 96 MiB of base64 is ~70 MiB of file.
        contentBase64: z
          .string()
          .min(1)
          .max(96 * 1024 * 1024),
        // A text file's encoding when the person chooses it (after IMPORT_ENCODING_MIXED); detected otherwise.
        encoding: z.enum(['utf-8', 'windows-1252']).optional(),
      })
      .strict(),
    managers,
  )
    .returns<{ jobId: string }>()
    .alters('selectionId'),
  'applicants.importPreview': method(
    z.object({ importId: s.id, mapping: mapping.optional(), overrides: overrides.default({}) }).strict(),
    managers,
  )
    .returns<ImportPreview>()
    .alters('importId'),
  'applicants.importCommit': method(z.object({ importId: s.id, mapping, overrides: overrides.default({}) }).strict(), managers)
    .returns<{ jobId: string }>()
    .alters('importId'),

  'jobs.status': method(z.object({ jobId: s.id }).strict(), everyone, { activity: false, concurrent: true })
    .returns<JobStatus>()
    .reads(),

  'people.list': method(z.object({}).strict(), readers).returns<PersonDetail[]>().reads(),
  'people.add': method(
    z
      .object({
        name: s.personName,
        nip: s.nip,
        position: z.string().trim().max(300),
        role: z.enum(roles),
        initialPassword: s.password,
      })
      .strict(),
    managers,
  )
    .returns<PersonDetail>()
    .other("A person joins the vault; a selection's committee changes only through committee.set."),
  'session.changePassword': method(
    z.object({ currentPassword: s.password, newPassword: s.password, newPasswordRepeat: s.password }).strict(),
    everyone,
  )
    .returns<null>()
    .other("A person's own password; submitted sheets keep the public key they were signed with."),

  'committee.set': method(z.object({ selectionId: s.id, personIds: z.array(s.id).max(200) }).strict(), managers)
    .returns<SelectionDetail>()
    .alters('selectionId'),

  'conflicts.declare': method(
    z
      .object({
        selectionId: s.id,
        applicantId: s.id,
        /** Omitted: the person signed in declares their own conflict. */
        personId: s.id.optional(),
        reasonKind: z.enum(['family', 'work', 'other']),
        reasonText: z.string().trim().min(3).max(2000),
      })
      .strict(),
    // Observers change nothing, not even a conflict of their own (they do not score).
    allowed('chair', 'secretary', 'member'),
  )
    .returns<ConflictInfo>()
    .alters('selectionId'),
  'conflicts.list': method(selectionId, everyone).returns<ConflictInfo[]>().reads(),

  'panels.save': method(
    z
      .object({
        selectionId: s.id,
        stageId: s.id,
        panels: z
          .array(
            z
              .object({
                name: z.string().trim().min(1).max(200),
                memberIds: z.array(s.id).min(1).max(200),
                applicantIds: z.array(s.id).min(1).max(200000),
              })
              .strict(),
          )
          .max(100),
      })
      .strict(),
    managers,
  )
    .returns<PanelInfo[]>()
    .alters('selectionId'),
  'panels.list': method(selectionId, readers).returns<PanelInfo[]>().reads(),
} as const;
