import { z } from 'zod';
import { allowed, method } from './define';
import * as s from './schemas';
import type {
  CalibrationResults,
  CalibrationView,
  DeskApplicant,
  DeskQueue,
  DeskReview,
  LeniencyRow,
  RoundBoard,
  RoundSummary,
  ScoreSaved,
  SubmitResult,
} from './scoring-types';

const chair = allowed('chair');
const managers = allowed('chair', 'secretary');
const readers = allowed('chair', 'secretary', 'observer');
const everyone = allowed('chair', 'secretary', 'member', 'observer');
/** Scoring is blind: only people with the member role score (docs/architecture.md, "Roles and blindness"). */
const scorers = allowed('member');

const roundId = z.object({ roundId: s.id }).strict();
const scoreValue = z.number().finite().min(-1e6).max(1e6);
const note = z.string().max(4000);

/** Rounds, the member's scoring desk, signed submissions, seal, reveal and calibration. */
export const scoringMethods = {
  'rounds.list': method(z.object({ selectionId: s.id }).strict(), everyone)
    .returns<RoundSummary[]>()
    .reads(),
  'rounds.create': method(z.object({ selectionId: s.id, stageId: s.id }).strict(), managers)
    .returns<RoundSummary>()
    .alters('selectionId'),
  'rounds.open': method(roundId, chair).returns<RoundSummary>().alters('roundId'),
  // Polled while open: a poll is not the person being active (idle lock and sign-out still run).
  'rounds.board': method(roundId, readers, { activity: false }).returns<RoundBoard>().reads(),
  'rounds.excuse': method(z.object({ roundId: s.id, personId: s.id, reason: z.string().trim().min(3).max(2000) }).strict(), chair)
    .returns<RoundBoard>()
    .alters('roundId'),
  'rounds.close': method(roundId, chair).returns<RoundBoard>().alters('roundId'),
  /** Two people: the one signed in (chair or secretary) and the other role, each with their password. */
  'rounds.reveal': method(
    z.object({ roundId: s.id, password: s.password, secondPersonId: s.id, secondPassword: s.password }).strict(),
    managers,
  )
    .returns<RoundBoard>()
    .alters('roundId'),
  'rounds.leniency': method(roundId, chair).returns<LeniencyRow[]>().reads(),

  'desk.queue': method(roundId, scorers).returns<DeskQueue>().reads(),
  'desk.applicant': method(z.object({ roundId: s.id, applicantId: s.id }).strict(), scorers)
    .returns<DeskApplicant>()
    .reads(),
  'scores.save': method(
    z
      .object({
        roundId: s.id,
        applicantId: s.id,
        criterionId: s.id,
        /** Omitted: keep; null: clear. */
        value: scoreValue.nullable().optional(),
        note: note.optional(),
      })
      .strict()
      .refine((a) => a.value !== undefined || a.note !== undefined, { message: 'value or note is required' }),
    scorers,
  )
    .returns<ScoreSaved>()
    .alters('roundId'),
  'desk.review': method(roundId, scorers).returns<DeskReview>().reads(),
  'desk.submit': method(z.object({ roundId: s.id, password: s.password }).strict(), scorers)
    .returns<SubmitResult>()
    .alters('roundId'),

  'calibration.start': method(
    z
      .object({
        roundId: s.id,
        cases: z
          .array(z.object({ label: z.string().trim().min(1).max(200), description: z.string().trim().max(8000) }).strict())
          .min(1)
          .max(3),
      })
      .strict(),
    chair,
  )
    .returns<CalibrationView>()
    .alters('roundId'),
  'calibration.get': method(roundId, everyone, { activity: false }).returns<CalibrationView>().reads(),
  'calibration.save': method(z.object({ roundId: s.id, caseId: s.id, criterionId: s.id, value: scoreValue.nullable() }).strict(), scorers)
    .returns<CalibrationView>()
    .alters('roundId'),
  'calibration.close': method(roundId, chair).returns<CalibrationResults>().alters('roundId'),
  'calibration.results': method(roundId, everyone).returns<CalibrationResults>().reads(),
} as const;
