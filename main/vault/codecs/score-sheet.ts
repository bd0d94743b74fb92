import { z } from 'zod';
import { canonicalJson } from '../../../shared/canonical-json';
import { jsonColumn } from './json-column';

/**
 * A member's score sheet as signed at submission: every score they entered in the round, in
 * a canonical form. The stored JSON is what was signed; `vault check` rebuilds the entries
 * from the scores table and compares, so a value edited in the database is found, and an
 * edited sheet fails its signature.
 */
export interface SheetEntry {
  applicantId: string;
  code: string;
  criterionId: string;
  value: number | null;
  note: string;
}

export interface ScoreSheet {
  kind: 'panelis.scoreSheet';
  version: 1;
  selectionId: string;
  roundId: string;
  stageId: string;
  rubricVersion: number | null;
  rubricSha256: string | null;
  personId: string;
  submittedAt: string;
  entries: SheetEntry[];
  /**
   * Present on a sheet re-signed after a recorded revision in deliberation: which revision,
   * when, and the hash of the sheet it replaces (kept in score_revisions).
   */
  revision?: { number: number; revisedAt: string; previousSha256: string };
}

// Loose objects: a signed sheet is read back exactly as it was signed, keys and all.
const sheetEntrySchema = z.looseObject({
  applicantId: z.string(),
  code: z.string(),
  criterionId: z.string(),
  value: z.number().nullable(),
  note: z.string(),
});
const scoreSheetSchema: z.ZodType<ScoreSheet> = z.looseObject({
  kind: z.literal('panelis.scoreSheet'),
  version: z.literal(1),
  selectionId: z.string(),
  roundId: z.string(),
  stageId: z.string(),
  rubricVersion: z.number().nullable(),
  rubricSha256: z.string().nullable(),
  personId: z.string(),
  submittedAt: z.string(),
  entries: z.array(sheetEntrySchema),
  revision: z.looseObject({ number: z.number(), revisedAt: z.string(), previousSha256: z.string() }).optional(),
});

/** round_scorers.sheet and score_revisions.old_sheet: canonical JSON, the text that is signed. */
export const scoreSheetColumn = jsonColumn<ScoreSheet>('score sheet', scoreSheetSchema, canonicalJson);
