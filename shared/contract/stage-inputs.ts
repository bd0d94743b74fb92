import { z } from 'zod';
import type { ResultOptions } from '../results/types';
import { allowed, method } from './define';
import * as s from './schemas';
import type { GateChange, GateView, ScoresImportResult, ScoresPreview, StageInputsOverview } from './stage-inputs-types';

/** Chair and secretary record gates, import scores and set options; members and observers read. */
const managers = allowed('chair', 'secretary');
const everyone = allowed('chair', 'secretary', 'member', 'observer');

const note = z.string().trim().max(1000);
const decision = z
  .object({
    applicantId: s.id,
    /** null: take the decision back (the applicant is undecided again). */
    decision: z.enum(['MS', 'TMS']).nullable(),
    note: note.default(''),
  })
  .strict();

const scoreMapping = z.record(z.string().max(300), s.id.nullable());
const scoresFile = {
  selectionId: s.id,
  stageId: s.id,
  fileName: z.string().trim().min(1).max(300),
  // base64 of the file; 32 MiB of base64 is ~24 MiB of spreadsheet, far more than any CAT result.
  contentBase64: z
    .string()
    .min(1)
    .max(32 * 1024 * 1024),
  // A text file's encoding when the person chooses it (after IMPORT_ENCODING_MIXED); detected otherwise.
  encoding: z.enum(['utf-8', 'windows-1252']).optional(),
};

export const resultOptionsSchema = z
  .object({
    method: z.enum(['mean', 'median', 'trimmed']),
    standardise: z.boolean(),
    minScorers: z.number().int().min(1).max(50),
    disagreementFraction: z.number().gt(0).max(1),
  })
  .strict();

/** stage-inputs methods (see shared/contract/index.ts). */
export const stageInputsMethods = {
  'stageInputs.overview': method(z.object({ selectionId: s.id }).strict(), everyone)
    .returns<StageInputsOverview>()
    .reads(),
  'stageInputs.gate': method(z.object({ selectionId: s.id, stageId: s.id }).strict(), everyone)
    .returns<GateView>()
    .reads(),
  /** One transaction, one audit event listing every decision with its note. TMS needs a note. */
  'stageInputs.recordGate': method(
    z.object({ selectionId: s.id, stageId: s.id, decisions: z.array(decision).min(1).max(20000) }).strict(),
    managers,
  )
    .returns<GateChange>()
    .alters('selectionId'),
  /** "All remaining MS": `undecided` is the count the person confirmed; refused if it changed. */
  'stageInputs.markRemaining': method(
    z
      .object({ selectionId: s.id, stageId: s.id, decision: z.literal('MS'), undecided: z.number().int().min(1), note: note.default('') })
      .strict(),
    managers,
  )
    .returns<GateChange>()
    .alters('selectionId'),
  'stageInputs.importPreview': method(z.object({ ...scoresFile, mapping: scoreMapping.optional() }).strict(), managers)
    .returns<ScoresPreview>()
    .alters('selectionId'),
  'stageInputs.importCommit': method(z.object({ ...scoresFile, mapping: scoreMapping }).strict(), managers)
    .returns<ScoresImportResult>()
    .alters('selectionId'),
  'stageInputs.setOptions': method(z.object({ selectionId: s.id, options: resultOptionsSchema }).strict(), managers)
    .returns<ResultOptions>()
    .alters('selectionId'),
} as const;
