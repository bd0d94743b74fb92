import { z } from 'zod';
import { canonicalJson } from '../../../shared/canonical-json';
import type { ResultsView } from '../../../shared/contract/results-types';
import { tieBreakSchema } from '../../../shared/selection/selection';
import { jsonColumn } from './json-column';

/**
 * final_snapshots.payload: what a final snapshot froze, hashed (canonical JSON) for its
 * SHA-256. Objects are loose so a snapshot is read back whole, exactly as it was hashed.
 */

/** Everything of the snapshot except its own id and hash. */
export interface SnapshotPayload {
  kind: 'panelis.finalSnapshot';
  version: 1;
  selectionId: string;
  finalisedAt: string;
  finalisedBy: { personId: string; name: string };
  meetingId: string | null;
  results: ResultsView;
  stageResults: Record<string, ResultsView>;
}

const text = z.looseObject({ id: z.string(), en: z.string() });
const num = z.number().nullable();
const criterionRef = z.looseObject({ stageId: z.string(), criterionId: z.string() });
const stageOutcome = z.enum(['passed', 'failed', 'incomplete', 'notEligible']);
const tie = z
  .looseObject({
    tiedOnScoreWith: z.array(z.string()),
    decidedBy: z.array(z.looseObject({ ruleIndex: z.number(), rule: tieBreakSchema, label: text })),
    sharedWith: z.array(z.string()),
    text,
  })
  .nullable();
const reasonCode = z.enum([
  'withdrawn',
  'stageNotScored',
  'gateUndecided',
  'gateNotMet',
  'missingScores',
  'missingValue',
  'belowMinimum',
  'belowThreshold',
  'eliminated',
  'gateNotRecorded',
]);
const reason = z.looseObject({ code: reasonCode, stageId: z.string().nullable(), text });
const criterionResult = z.looseObject({
  criterionId: z.string(),
  aggregate: num,
  rawAggregate: num,
  percent: num,
  scorers: num,
  trimmed: z.boolean(),
  spread: num,
  spreadLimit: num,
  flaggedSpread: z.boolean(),
  tooFewScorers: z.boolean(),
  belowMinimum: z.boolean(),
});

const resultsViewSchema: z.ZodType<ResultsView> = z.looseObject({
  selectionId: z.string(),
  stageId: z.string().nullable(),
  blind: z.boolean(),
  provisional: z.boolean(),
  notes: z.array(z.looseObject({ code: z.enum(['gateNotRecorded', 'stageNotCounted']), stageId: z.string(), text })),
  stages: z.array(
    z.looseObject({
      stageId: z.string(),
      name: z.string(),
      kind: z.enum(['gate', 'scored']),
      source: z.enum(['panel', 'external']),
      weight: z.number(),
      eliminates: z.boolean(),
      roundId: z.string().nullable(),
      roundState: z.enum(['draft', 'open', 'closed', 'revealed']).nullable(),
      rubricVersion: num,
      status: z.enum(['counted', 'notClosed', 'noRound', 'notImported', 'gateNotRecorded']),
    }),
  ),
  options: z.looseObject({
    method: z.enum(['mean', 'median', 'trimmed']),
    standardise: z.boolean(),
    minScorers: z.number(),
    disagreementFraction: z.number(),
  }),
  method: text,
  rows: z.array(
    z.looseObject({
      applicantId: z.string(),
      code: z.string(),
      registrationNumber: z.string().nullable(),
      name: z.string().nullable(),
      status: z.enum(['active', 'withdrawn']),
      final: num,
      rank: num,
      passed: z.boolean(),
      outcome: z.enum(['passed', 'failed', 'incomplete', 'withdrawn', 'notEligible']),
      reason: reason.nullable(),
      reasons: z.array(reason),
      tie,
      flags: z.looseObject({ tooFewScorers: z.array(criterionRef), disagreement: z.array(criterionRef) }),
      stages: z.array(
        z.looseObject({
          stageId: z.string(),
          outcome: stageOutcome,
          passed: z.boolean(),
          score: num,
          percent: num,
          contribution: num,
          rank: num,
          tie,
          criteria: z.array(criterionResult),
          aspects: z.array(z.looseObject({ aspectId: z.string(), score: num })),
        }),
      ),
    }),
  ),
  agreement: z.array(
    z.looseObject({
      stageId: z.string(),
      criterionId: z.string(),
      members: z.array(z.string()),
      applicants: z.array(z.string()),
      leftOut: z.array(z.string()),
      icc: num,
      band: z.enum(['poor', 'moderate', 'good', 'excellent']).nullable(),
      gap: z.enum(['tooFewMembers', 'tooFewApplicants', 'noVariance', 'indeterminate']).nullable(),
      text,
    }),
  ),
  disagreements: z.array(
    z.looseObject({
      stageId: z.string(),
      applicantId: z.string(),
      criterionId: z.string(),
      spread: z.number(),
      limit: z.number(),
      lowest: z.number(),
      highest: z.number(),
      scorers: z.number(),
      text,
    }),
  ),
});

const snapshotPayloadSchema: z.ZodType<SnapshotPayload> = z.looseObject({
  kind: z.literal('panelis.finalSnapshot'),
  version: z.literal(1),
  selectionId: z.string(),
  finalisedAt: z.string(),
  finalisedBy: z.looseObject({ personId: z.string(), name: z.string() }),
  meetingId: z.string().nullable(),
  results: resultsViewSchema,
  stageResults: z.record(z.string(), resultsViewSchema),
});

export const snapshotPayloadColumn = jsonColumn<SnapshotPayload>('final_snapshots.payload', snapshotPayloadSchema, canonicalJson);
