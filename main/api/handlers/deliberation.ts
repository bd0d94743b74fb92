import { minutesAsSeenBy, overviewAsSeenBy } from '../../domain/access/deliberation-view';
import { requireRecordAccess, requireSelectionAccess } from '../../domain/access/selection-access';
import { addAgendaItem, setItemNotes } from '../../domain/deliberation/agenda';
import { setDeliberationConfig } from '../../domain/deliberation/config';
import { finaliseCheck } from '../../domain/deliberation/finalise-check';
import { finaliseSelection, reopenSelection } from '../../domain/deliberation/finalise';
import { closeMeeting, createMeeting, setAttendance } from '../../domain/deliberation/meetings';
import { meetingMinutes } from '../../domain/deliberation/minutes';
import { addMotion, decideMotion, recordVote } from '../../domain/deliberation/motions';
import { answerObjection, recordObjection } from '../../domain/deliberation/objections';
import { deliberationOverview, meetingView } from '../../domain/deliberation/overview';
import { reviseScore } from '../../domain/deliberation/revise';
import type { Handlers } from '../registry';

export const deliberationHandlers = {
  'deliberation.overview': async ({ selectionId }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return overviewAsSeenBy(ctx.vault.db, selectionId, ctx.viewer, await deliberationOverview(ctx.vault.db, selectionId));
  },
  'deliberation.setConfig': async (args, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, args.selectionId);
    return setDeliberationConfig(ctx.vault, ctx.actor, args, ctx.now);
  },
  'deliberation.createMeeting': async (args, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, args.selectionId);
    return createMeeting(ctx.vault, ctx.actor, args, ctx.now);
  },
  'deliberation.meeting': async ({ meetingId }, ctx) => {
    const selectionId = await requireRecordAccess(ctx.vault.db, ctx.viewer, 'meetings', meetingId);
    return minutesAsSeenBy(ctx.vault.db, selectionId, ctx.viewer, await meetingView(ctx.vault.db, meetingId));
  },
  'deliberation.minutes': async ({ meetingId }, ctx) => {
    const selectionId = await requireRecordAccess(ctx.vault.db, ctx.viewer, 'meetings', meetingId);
    return minutesAsSeenBy(ctx.vault.db, selectionId, ctx.viewer, await meetingMinutes(ctx.vault.db, meetingId));
  },
  'deliberation.setAttendance': async (args, ctx) => {
    await requireRecordAccess(ctx.vault.db, ctx.viewer, 'meetings', args.meetingId);
    await setAttendance(ctx.vault, ctx.actor, args, ctx.now);
    return null;
  },
  'deliberation.addItem': async (args, ctx) => {
    await requireRecordAccess(ctx.vault.db, ctx.viewer, 'meetings', args.meetingId);
    return addAgendaItem(ctx.vault, ctx.actor, args, ctx.now);
  },
  'deliberation.setNotes': async (args, ctx) => {
    await requireRecordAccess(ctx.vault.db, ctx.viewer, 'agenda_items', args.itemId);
    await setItemNotes(ctx.vault, ctx.actor, args, ctx.now);
    return null;
  },
  'deliberation.addMotion': async (args, ctx) => {
    await requireRecordAccess(ctx.vault.db, ctx.viewer, 'meetings', args.meetingId);
    return addMotion(ctx.vault, ctx.actor, args, ctx.now);
  },
  'deliberation.vote': async (args, ctx) => {
    await requireRecordAccess(ctx.vault.db, ctx.viewer, 'motions', args.motionId);
    await recordVote(ctx.vault, ctx.actor, args, ctx.now);
    return null;
  },
  'deliberation.decideMotion': async ({ motionId }, ctx) => {
    await requireRecordAccess(ctx.vault.db, ctx.viewer, 'motions', motionId);
    return decideMotion(ctx.vault, ctx.actor, motionId, ctx.now);
  },
  'deliberation.revise': async (args, ctx) => {
    await requireRecordAccess(ctx.vault.db, ctx.viewer, 'meetings', args.meetingId);
    return reviseScore(ctx.vault, ctx.actor, args, ctx.now);
  },
  'deliberation.closeMeeting': async ({ meetingId }, ctx) => {
    await requireRecordAccess(ctx.vault.db, ctx.viewer, 'meetings', meetingId);
    return closeMeeting(ctx.vault, ctx.actor, meetingId, ctx.now);
  },
  'deliberation.finaliseCheck': async ({ meetingId }, ctx) => {
    await requireRecordAccess(ctx.vault.db, ctx.viewer, 'meetings', meetingId);
    return finaliseCheck(ctx.vault.db, meetingId);
  },
  'deliberation.finalise': async ({ meetingId, confirmed }, ctx) => {
    await requireRecordAccess(ctx.vault.db, ctx.viewer, 'meetings', meetingId);
    const s = await finaliseSelection(ctx.vault, ctx.actor, { meetingId, confirmed }, ctx.now);
    return { snapshotId: s.id, sha256: s.sha256, finalisedAt: s.finalisedAt };
  },
  'deliberation.reopen': async (args, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, args.selectionId);
    await reopenSelection(ctx.vault, ctx.actor, args, ctx.now);
    return null;
  },
  'deliberation.recordObjection': async (args, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, args.selectionId);
    return recordObjection(ctx.vault, ctx.actor, args, ctx.now);
  },
  'deliberation.answerObjection': async (args, ctx) => {
    await requireRecordAccess(ctx.vault.db, ctx.viewer, 'objections', args.objectionId);
    await answerObjection(ctx.vault, ctx.actor, args, ctx.now);
    return null;
  },
} satisfies Partial<Handlers>;
