import type { MeetingMinutes } from '../../../shared/contract/deliberation-types';
import { finaliseCheck } from '../../domain/deliberation/finalise-check';
import { selectionOfSubject } from '../../domain/access/subject';
import { PanelisError } from '../../../shared/errors';
import { addAgendaItem, setItemNotes } from '../../domain/deliberation/agenda';
import { setDeliberationConfig } from '../../domain/deliberation/config';
import { finaliseSelection, reopenSelection } from '../../domain/deliberation/finalise';
import { closeMeeting, createMeeting, setAttendance } from '../../domain/deliberation/meetings';
import { meetingMinutes } from '../../domain/deliberation/minutes';
import { addMotion, decideMotion, recordVote } from '../../domain/deliberation/motions';
import { answerObjection, recordObjection } from '../../domain/deliberation/objections';
import { deliberationOverview, meetingView } from '../../domain/deliberation/overview';
import { reviseScore } from '../../domain/deliberation/revise';
import { resultsView } from '../../domain/results/results-view';
import { actorOf, requireSession, requireVault, type HandlerContext } from '../context';
import type { Handlers } from '../registry';
import { requireSelectionAccess } from '../selection-access';

async function selectionOf(ctx: HandlerContext, table: 'meetings' | 'agenda_items' | 'motions' | 'objections', id: string): Promise<string> {
  const selectionId = await selectionOfSubject(requireVault(ctx).db, table, id);
  if (!selectionId) {
    const code = { meetings: 'MEETING_NOT_FOUND', agenda_items: 'ITEM_NOT_FOUND', motions: 'MOTION_NOT_FOUND', objections: 'OBJECTION_NOT_FOUND' } as const;
    throw new PanelisError(code[table]);
  }
  await requireSelectionAccess(ctx, selectionId);
  return selectionId;
}

/** A member stays blind in the meeting record as in the results: no names until every round is revealed. */
async function asSeenBy<T extends MeetingMinutes & { proposals?: { name: string | null }[] }>(ctx: HandlerContext, selectionId: string, view: T): Promise<T> {
  const session = requireSession(ctx);
  if (session.role !== 'member') return view;
  const { blind, rows } = await resultsView(requireVault(ctx).db, selectionId, { personId: session.personId, role: 'member' }, null);
  if (!blind) return view;
  const shown = new Map(rows.map((r) => [r.applicantId, r.name]));
  return {
    ...view,
    items: view.items.map((i) => ({ ...i, applicantName: i.applicantId ? (shown.get(i.applicantId) ?? null) : null })),
    revisions: view.revisions.map((r) => ({ ...r, applicantName: shown.get(r.applicantId) ?? '' })),
    ...(view.proposals ? { proposals: view.proposals.map((p) => ({ ...p, name: null })) } : {}),
  };
}

function actor(ctx: HandlerContext) {
  const session = requireSession(ctx);
  return { ...actorOf(session), personId: session.personId };
}

export const deliberationHandlers = {
  'deliberation.overview': async ({ selectionId }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    const o = await deliberationOverview(requireVault(ctx).db, selectionId);
    if (requireSession(ctx).role !== 'member') return o;
    const blind = (await resultsView(requireVault(ctx).db, selectionId, { personId: requireSession(ctx).personId, role: 'member' }, null)).blind;
    return blind ? { ...o, objections: o.objections.map((x) => ({ ...x, applicantName: '' })) } : o;
  },
  'deliberation.setConfig': async (args, ctx) => {
    await requireSelectionAccess(ctx, args.selectionId);
    return setDeliberationConfig(requireVault(ctx), actor(ctx), args, ctx.now);
  },
  'deliberation.createMeeting': async (args, ctx) => {
    await requireSelectionAccess(ctx, args.selectionId);
    return createMeeting(requireVault(ctx), actor(ctx), args, ctx.now);
  },
  'deliberation.meeting': async ({ meetingId }, ctx) => {
    const selectionId = await selectionOf(ctx, 'meetings', meetingId);
    return asSeenBy(ctx, selectionId, await meetingView(requireVault(ctx).db, meetingId));
  },
  'deliberation.minutes': async ({ meetingId }, ctx) => {
    const selectionId = await selectionOf(ctx, 'meetings', meetingId);
    return asSeenBy(ctx, selectionId, await meetingMinutes(requireVault(ctx).db, meetingId));
  },
  'deliberation.setAttendance': async (args, ctx) => {
    await selectionOf(ctx, 'meetings', args.meetingId);
    await setAttendance(requireVault(ctx), actor(ctx), args, ctx.now);
    return null;
  },
  'deliberation.addItem': async (args, ctx) => {
    await selectionOf(ctx, 'meetings', args.meetingId);
    return addAgendaItem(requireVault(ctx), actor(ctx), args, ctx.now);
  },
  'deliberation.setNotes': async (args, ctx) => {
    await selectionOf(ctx, 'agenda_items', args.itemId);
    await setItemNotes(requireVault(ctx), actor(ctx), args, ctx.now);
    return null;
  },
  'deliberation.addMotion': async (args, ctx) => {
    await selectionOf(ctx, 'meetings', args.meetingId);
    return addMotion(requireVault(ctx), actor(ctx), args, ctx.now);
  },
  'deliberation.vote': async (args, ctx) => {
    await selectionOf(ctx, 'motions', args.motionId);
    await recordVote(requireVault(ctx), actor(ctx), args, ctx.now);
    return null;
  },
  'deliberation.decideMotion': async ({ motionId }, ctx) => {
    await selectionOf(ctx, 'motions', motionId);
    return decideMotion(requireVault(ctx), actor(ctx), motionId, ctx.now);
  },
  'deliberation.revise': async (args, ctx) => {
    await selectionOf(ctx, 'meetings', args.meetingId);
    return reviseScore(requireVault(ctx), actor(ctx), args, ctx.now);
  },
  'deliberation.closeMeeting': async ({ meetingId }, ctx) => {
    await selectionOf(ctx, 'meetings', meetingId);
    return closeMeeting(requireVault(ctx), actor(ctx), meetingId, ctx.now);
  },
  'deliberation.finaliseCheck': async ({ meetingId }, ctx) => {
    await selectionOf(ctx, 'meetings', meetingId);
    return finaliseCheck(requireVault(ctx).db, meetingId);
  },
  'deliberation.finalise': async ({ meetingId, confirmed }, ctx) => {
    await selectionOf(ctx, 'meetings', meetingId);
    const s = await finaliseSelection(requireVault(ctx), actor(ctx), { meetingId, confirmed }, ctx.now);
    return { snapshotId: s.id, sha256: s.sha256, finalisedAt: s.finalisedAt };
  },
  'deliberation.reopen': async (args, ctx) => {
    await requireSelectionAccess(ctx, args.selectionId);
    await reopenSelection(requireVault(ctx), actor(ctx), args, ctx.now);
    return null;
  },
  'deliberation.recordObjection': async (args, ctx) => {
    await requireSelectionAccess(ctx, args.selectionId);
    return recordObjection(requireVault(ctx), actor(ctx), args, ctx.now);
  },
  'deliberation.answerObjection': async (args, ctx) => {
    await selectionOf(ctx, 'objections', args.objectionId);
    await answerObjection(requireVault(ctx), actor(ctx), args, ctx.now);
    return null;
  },
} satisfies Partial<Handlers>;
