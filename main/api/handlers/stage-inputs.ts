import { createHash } from 'node:crypto';
import { commitScores, previewScores } from '../../domain/results/external-scores';
import { gateView, markRemaining, recordGateDecisions } from '../../domain/results/gates';
import { setResultOptions } from '../../domain/results/result-options';
import { stageInputsOverview } from '../../domain/results/stage-inputs-overview';
import type { EncodingChoice } from '../../io/decode';
import { readTable } from '../../io/read-table';
import type { Handlers } from '../registry';
import { requireSelectionAccess } from '../../domain/access/selection-access';

/** The file as sent: its bytes, read as a table, and its SHA-256 (recorded in the audit chain). */
async function scoresFile(fileName: string, contentBase64: string, encoding: EncodingChoice | undefined) {
  const bytes = Buffer.from(contentBase64, 'base64');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const table = await readTable(fileName, bytes, undefined, { encoding });
  return { table, file: { name: fileName, sha256 } };
}

export const stageInputsHandlers = {
  'stageInputs.overview': async ({ selectionId }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return stageInputsOverview(ctx.vault.db, selectionId);
  },

  'stageInputs.gate': async ({ selectionId, stageId }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return gateView(ctx.vault.db, selectionId, stageId, ctx.session.role);
  },

  'stageInputs.recordGate': async ({ selectionId, stageId, decisions }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return recordGateDecisions(ctx.vault, ctx.actor, selectionId, stageId, decisions, ctx.now);
  },

  'stageInputs.markRemaining': async ({ selectionId, stageId, undecided, note }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return markRemaining(ctx.vault, ctx.actor, selectionId, stageId, undecided, note, ctx.now);
  },

  'stageInputs.importPreview': async ({ selectionId, stageId, fileName, contentBase64, mapping, encoding }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    const { table, file } = await scoresFile(fileName, contentBase64, encoding);
    return previewScores(ctx.vault.db, selectionId, stageId, table, file, mapping);
  },

  'stageInputs.importCommit': async ({ selectionId, stageId, fileName, contentBase64, mapping, encoding }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    const { table, file } = await scoresFile(fileName, contentBase64, encoding);
    return commitScores(ctx.vault, ctx.actor, selectionId, stageId, table, file, mapping, ctx.now);
  },

  'stageInputs.setOptions': async ({ selectionId, options }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return setResultOptions(ctx.vault, ctx.actor, selectionId, options, ctx.now);
  },
} satisfies Partial<Handlers>;
