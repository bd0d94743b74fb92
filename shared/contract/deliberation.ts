import { z } from 'zod';
import { allowed, method } from './define';
import * as s from './schemas';
import type {
  DeliberationConfig,
  DeliberationOverview,
  FinaliseCheck,
  MeetingMinutes,
  MeetingSummary,
  MeetingView,
  MotionOutcome,
  RevisionResult,
} from './deliberation-types';

/**
 * Deliberation (rapat pleno), main/domain/deliberation. Who may do what:
 * - chair: runs meetings (opens and closes them, puts and decides motions), finalises, reopens,
 *   sets the quorum rule and objection period;
 * - secretary, as the clerk: records attendance, agenda items, notes, votes, score revisions
 *   (the member confirms with their own password) and objections with their answers;
 * - member and observer: read (members only for their own selections, blind until reveal).
 */
const everyone = allowed('chair', 'secretary', 'member', 'observer');
const chair = allowed('chair');
const clerk = allowed('chair', 'secretary');

const date = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'date must be YYYY-MM-DD' });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time must be HH:MM' });
const text = (max: number) => z.string().trim().min(1).max(max);
/** Also the vault's quorum_rule columns (deliberation config, meetings). */
export const quorumRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('moreThanHalf') }).strict(),
  z.object({ kind: z.literal('twoThirds') }).strict(),
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('atLeast'), count: z.number().int().min(1).max(100) }).strict(),
]);
const carryRule = z.enum(['majority', 'unanimous', 'mufakat']);

export const deliberationMethods = {
  'deliberation.overview': method(z.object({ selectionId: s.id }).strict(), everyone)
    .returns<DeliberationOverview>()
    .reads(),
  'deliberation.setConfig': method(
    z.object({ selectionId: s.id, quorumRule: quorumRuleSchema, objectionDays: z.number().int().min(1).max(60) }).strict(),
    chair,
  )
    .returns<DeliberationConfig>()
    .alters('selectionId'),
  'deliberation.createMeeting': method(z.object({ selectionId: s.id, date, time, place: text(300) }).strict(), chair)
    .returns<MeetingSummary>()
    .alters('selectionId'),
  'deliberation.meeting': method(z.object({ meetingId: s.id }).strict(), everyone)
    .returns<MeetingView>()
    .reads(),
  'deliberation.minutes': method(z.object({ meetingId: s.id }).strict(), everyone)
    .returns<MeetingMinutes>()
    .reads(),
  'deliberation.setAttendance': method(z.object({ meetingId: s.id, personId: s.id, present: z.boolean() }).strict(), clerk)
    .returns<null>()
    .other(
      'The minutes of a meeting already held (including the one that finalised); they never enter the final results, and no new meeting starts while final.',
    ),
  'deliberation.addItem': method(
    z
      .object({ meetingId: s.id, applicantId: s.id.optional(), title: z.string().trim().max(500).optional() })
      .strict()
      .refine((a) => a.applicantId !== undefined || (a.title ?? '').length > 0, { message: 'an item needs an applicant or a title' }),
    clerk,
  )
    .returns<{ id: string }>()
    .other('An agenda item of a meeting already held; the minutes are not part of the final results.'),
  'deliberation.setNotes': method(z.object({ itemId: s.id, notes: z.string().max(20000) }).strict(), clerk)
    .returns<null>()
    .other('Notes of a meeting already held; the minutes are not part of the final results.'),
  'deliberation.addMotion': method(
    z.object({ meetingId: s.id, itemId: s.id.optional(), text: text(2000), rule: carryRule.default('majority') }).strict(),
    chair,
  )
    .returns<{ id: string }>()
    .alters('meetingId'),
  'deliberation.vote': method(
    z
      .object({
        motionId: s.id,
        personId: s.id,
        vote: z.enum(['setuju', 'tidakSetuju', 'abstain']),
        /** Needed to change a vote already recorded (before the chair decides): kept in the minutes. */
        reason: z.string().trim().max(1000).optional(),
      })
      .strict(),
    clerk,
  )
    .returns<null>()
    .alters('motionId'),
  'deliberation.decideMotion': method(z.object({ motionId: s.id }).strict(), chair)
    .returns<{ outcome: MotionOutcome }>()
    .alters('motionId'),
  'deliberation.revise': method(
    z
      .object({
        meetingId: s.id,
        itemId: s.id.optional(),
        personId: s.id,
        password: s.password,
        applicantId: s.id,
        stageId: s.id,
        criterionId: s.id,
        value: z.number().finite(),
        reason: z.string().max(2000),
      })
      .strict(),
    clerk,
  )
    .returns<RevisionResult>()
    .alters('meetingId'),
  'deliberation.closeMeeting': method(z.object({ meetingId: s.id }).strict(), chair)
    .returns<MeetingSummary>()
    .other('Closing a meeting (also the one that finalised) fixes its minutes; it changes no score.'),
  'deliberation.finaliseCheck': method(z.object({ meetingId: s.id }).strict(), chair)
    .returns<FinaliseCheck>()
    .reads(),
  /** `confirmed`: the counts of deliberation.finaliseCheck the chair saw and accepted (needed when any is above zero). */
  'deliberation.finalise': method(
    z
      .object({
        meetingId: s.id,
        confirmed: z
          .object({ flagged: z.number().int().min(0), undecided: z.number().int().min(0), incomplete: z.number().int().min(0) })
          .strict()
          .optional(),
      })
      .strict(),
    chair,
  )
    .returns<{ snapshotId: string; sha256: string; finalisedAt: string }>()
    .alters('meetingId'),
  'deliberation.reopen': method(z.object({ selectionId: s.id, reason: text(2000) }).strict(), chair)
    .returns<null>()
    .other('The recorded reopening is the one way out of final; it is refused when the selection is not final.'),
  'deliberation.recordObjection': method(
    z.object({ selectionId: s.id, applicantId: s.id, receivedOn: date, text: text(5000) }).strict(),
    clerk,
  )
    .returns<{ id: string }>()
    .other('Objections arrive during the objection period after the announcement; a result changes only after a recorded reopening.'),
  'deliberation.answerObjection': method(z.object({ objectionId: s.id, answer: text(5000), resultChanged: z.boolean() }).strict(), clerk)
    .returns<null>()
    .other("The committee's answer to an objection; a result changes only after a recorded reopening."),
} as const;
