import { requireSession, requireVault } from '../context';
import { resultsExportTable } from '../../domain/results/results-export';
import { tableFile } from '../../io/results-file';
import { memberScores } from '../../domain/results/member-scores';
import { resultsSummary, resultsTable } from '../../domain/results/results-cache';
import { resultsView } from '../../domain/results/results-view';
import type { Handlers } from '../registry';
import { requireSelectionAccess } from '../selection-access';

export const resultsHandlers = {
  'results.get': async ({ selectionId, stageId }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    const session = requireSession(ctx);
    return resultsView(requireVault(ctx).db, selectionId, { personId: session.personId, role: session.role }, stageId ?? null);
  },
  'results.summary': async ({ selectionId, stageId }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    const session = requireSession(ctx);
    return resultsSummary(requireVault(ctx).db, selectionId, { personId: session.personId, role: session.role }, stageId ?? null);
  },
  'results.table': async ({ selectionId, stageId, sort, filter, offset, limit }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    const session = requireSession(ctx);
    return resultsTable(requireVault(ctx).db, selectionId, { personId: session.personId, role: session.role }, stageId ?? null, { sort, filter, offset, limit });
  },
  'results.export': async ({ selectionId, stageId, format, language }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    const session = requireSession(ctx);
    // A read like results.get: no audit event (an observer leaves no trace in the record).
    const file = await tableFile(await resultsExportTable(requireVault(ctx).db, selectionId, { personId: session.personId, role: session.role }, stageId ?? null, language), format, language);
    return { fileName: file.fileName, mimeType: file.mimeType, base64: file.base64 };
  },
  'results.memberScores': async ({ selectionId, stageId, applicantId }, ctx) => {
    await requireSelectionAccess(ctx, selectionId);
    const session = requireSession(ctx);
    return memberScores(requireVault(ctx).db, selectionId, { personId: session.personId, role: session.role }, stageId, applicantId ?? null);
  },
} satisfies Partial<Handlers>;
