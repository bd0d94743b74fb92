import { resultsExportTable } from '../../domain/results/results-export';
import { tableFile } from '../../io/results-file';
import { memberScores } from '../../domain/results/member-scores';
import { resultsSummary, resultsTable } from '../../domain/results/results-cache';
import { resultsView } from '../../domain/results/results-view';
import type { Handlers } from '../registry';
import { requireSelectionAccess } from '../../domain/access/selection-access';

export const resultsHandlers = {
  'results.get': async ({ selectionId, stageId }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return resultsView(ctx.vault.db, selectionId, ctx.viewer, stageId ?? null);
  },
  'results.summary': async ({ selectionId, stageId }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return resultsSummary(ctx.vault.db, selectionId, ctx.viewer, stageId ?? null);
  },
  'results.table': async ({ selectionId, stageId, sort, filter, offset, limit }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return resultsTable(ctx.vault.db, selectionId, ctx.viewer, stageId ?? null, { sort, filter, offset, limit });
  },
  'results.export': async ({ selectionId, stageId, format, language }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    // A read like results.get: no audit event (an observer leaves no trace in the record).
    const file = await tableFile(
      await resultsExportTable(ctx.vault.db, selectionId, ctx.viewer, stageId ?? null, language),
      format,
      language,
    );
    return { fileName: file.fileName, mimeType: file.mimeType, base64: file.base64 };
  },
  'results.memberScores': async ({ selectionId, stageId, applicantId }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return memberScores(ctx.vault.db, selectionId, ctx.viewer, stageId, applicantId ?? null);
  },
} satisfies Partial<Handlers>;
