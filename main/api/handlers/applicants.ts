import { createHash, randomUUID } from 'node:crypto';
import { PanelisError } from '../../../shared/errors';
import { commitImport, previewImport } from '../../domain/applicants/import';
import { addApplicant, listApplicants, updateApplicant, withdrawApplicant } from '../../domain/applicants/manage';
import { readTable } from '../../io/read-table';
import type { SessionContext } from '../context';
import type { Handlers } from '../registry';
import { requireSelectionAccess } from '../../domain/access/selection-access';
import type { PendingImport } from '../workspace';

function pendingImport(ctx: SessionContext, importId: string): PendingImport {
  const pending = ctx.ws.imports.get(importId);
  if (!pending || pending.owner !== ctx.session.personId) throw new PanelisError('IMPORT_EXPIRED');
  return pending;
}

export const applicantHandlers = {
  'applicants.list': async (args, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, args.selectionId);
    return listApplicants(ctx.vault.db, ctx.session.role, args);
  },

  'applicants.add': async ({ selectionId, applicant }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return addApplicant(ctx.vault, ctx.actor, selectionId, applicant, ctx.now);
  },

  'applicants.update': async ({ selectionId, applicantId, applicant }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return updateApplicant(ctx.vault, ctx.actor, selectionId, applicantId, applicant, ctx.now);
  },

  'applicants.withdraw': async ({ selectionId, applicantId, reason }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    return withdrawApplicant(ctx.vault, ctx.actor, selectionId, applicantId, reason, ctx.now);
  },

  // Reading a large spreadsheet is a job; the preview is computed when it is done.
  'applicants.importParse': async ({ selectionId, fileName, contentBase64, encoding }, ctx) => {
    await requireSelectionAccess(ctx.vault.db, ctx.viewer, selectionId);
    const session = ctx.session;
    const vault = ctx.vault;
    const bytes = Buffer.from(contentBase64, 'base64');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const jobId = ctx.ws.jobs.start(
      session.personId,
      async (progress) => {
        // In a worker thread (read-table.ts): this process keeps answering while the file is read.
        const table = await readTable(fileName, bytes, (done, total) => progress('read', done, total ?? 0), { encoding });
        const importId = randomUUID();
        ctx.ws.imports.set(importId, { owner: session.personId, selectionId, fileName, sha256, table });
        const preview = await previewImport(vault, selectionId, table, undefined, {}, ctx.now(), (phase, done, total) =>
          progress(phase, done, total),
        );
        return { importId, fileName, sha256, ...preview };
      },
      ctx.options.log ?? console.error,
    );
    return { jobId };
  },

  'applicants.importPreview': async ({ importId, mapping, overrides }, ctx) => {
    const pending = pendingImport(ctx, importId);
    const preview = await previewImport(ctx.vault, pending.selectionId, pending.table, mapping, overrides, ctx.now());
    return { importId, fileName: pending.fileName, sha256: pending.sha256, ...preview };
  },

  'applicants.importCommit': async ({ importId, mapping, overrides }, ctx) => {
    const pending = pendingImport(ctx, importId);
    const session = ctx.session;
    const vault = ctx.vault;
    const jobId = ctx.ws.jobs.start(
      session.personId,
      async (progress) => {
        const result = await commitImport(
          vault,
          ctx.actor,
          pending.selectionId,
          pending.table,
          mapping,
          overrides,
          { name: pending.fileName, sha256: pending.sha256 },
          ctx.now(),
          (phase, done, total) => progress(phase, done, total),
          ctx.now,
        );
        ctx.ws.imports.delete(importId);
        return result;
      },
      ctx.options.log ?? console.error,
      { writes: true },
    );
    return { jobId };
  },

  'jobs.status': async ({ jobId }, ctx) => ctx.ws.jobs.status(jobId, ctx.session.personId),
} satisfies Partial<Handlers>;
