import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canonicalJson } from '../../../shared/canonical-json';
import type { RubricVersionInfo } from '../../../shared/contract/setup-types';
import { PanelisError } from '../../../shared/errors';
import type { Rubric } from '../../../shared/selection/rubric';
import type { SelectionSetup } from '../../../shared/selection/selection';
import type { Actor } from '../audit/actor';
import type { Database } from '../../vault/schema';
import type { Trx } from '../mutate';
import { rubricColumn } from '../../vault/codecs/columns';
import { reason } from '../../../shared/error-messages/reasons';

export function rubricHash(rubric: Rubric): string {
  return createHash('sha256').update(canonicalJson(rubric)).digest('hex');
}

export async function rubricVersions(db: Kysely<Database>, selectionId: string): Promise<RubricVersionInfo[]> {
  const rows = await db
    .selectFrom('rubric_versions')
    .select(['stage_id', 'version', 'sha256', 'frozen_at', 'created_at'])
    .where('selection_id', '=', selectionId)
    .orderBy('stage_id')
    .orderBy('version')
    .execute();
  return rows.map((r) => ({ stageId: r.stage_id, version: r.version, sha256: r.sha256, frozenAt: r.frozen_at, createdAt: r.created_at }));
}

/** A stage's newest rubric version (draft or frozen), as stored; undefined before its first rubric. */
export async function latestRubricVersion(db: Kysely<Database>, selectionId: string, stageId: string) {
  return db
    .selectFrom('rubric_versions')
    .selectAll()
    .where('selection_id', '=', selectionId)
    .where('stage_id', '=', stageId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Records the rubrics of `next` against their stored versions. A draft (unfrozen) version
 * is updated in place; a frozen one (a round has opened) may change only by the chair, and
 * then as a new, frozen, recorded version. A stage with a frozen rubric cannot be removed.
 * Returns the stages whose rubric changed, for the audit event.
 */
export async function recordRubrics(
  trx: Trx,
  actor: Actor,
  selectionId: string,
  previous: SelectionSetup | null,
  next: SelectionSetup,
  now: string,
): Promise<{ stageId: string; version: number; sha256: string }[]> {
  const changed: { stageId: string; version: number; sha256: string }[] = [];
  for (const stage of previous?.stages ?? []) {
    if (next.stages.some((s) => s.id === stage.id)) continue;
    const v = await latestRubricVersion(trx, selectionId, stage.id);
    if (v?.frozen_at) throw new PanelisError('STAGE_IN_USE', { stage: stage.name });
  }
  for (const stage of next.stages) {
    if (!stage.rubric) continue;
    const sha256 = rubricHash(stage.rubric);
    const v = await latestRubricVersion(trx, selectionId, stage.id);
    if (v?.sha256 === sha256) continue;
    if (v && !v.frozen_at) {
      await trx
        .updateTable('rubric_versions')
        .set({ rubric: rubricColumn.encode(stage.rubric), sha256, created_by: actor.personId, created_at: now })
        .where('id', '=', v.id)
        .execute();
      changed.push({ stageId: stage.id, version: v.version, sha256 });
      continue;
    }
    if (v?.frozen_at && actor.role !== 'chair') throw new PanelisError('RUBRIC_FROZEN', { stage: stage.name });
    const version = (v?.version ?? 0) + 1;
    await trx
      .insertInto('rubric_versions')
      .values({
        id: randomUUID(),
        selection_id: selectionId,
        stage_id: stage.id,
        version,
        rubric: rubricColumn.encode(stage.rubric),
        sha256,
        frozen_at: v?.frozen_at ? now : null,
        created_by: actor.personId,
        created_at: now,
      })
      .execute();
    changed.push({ stageId: stage.id, version, sha256 });
  }
  return changed;
}

/** Freezes a stage's current rubric: called when its scoring round opens. */
export async function freezeRubric(trx: Trx, selectionId: string, stageId: string, now: string): Promise<RubricVersionInfo> {
  const v = await latestRubricVersion(trx, selectionId, stageId);
  if (!v) throw new PanelisError('INVALID_SETUP', { problems: reason('STAGE_HAS_NO_RUBRIC') });
  if (!v.frozen_at) await trx.updateTable('rubric_versions').set({ frozen_at: now }).where('id', '=', v.id).execute();
  return { stageId, version: v.version, sha256: v.sha256, frozenAt: v.frozen_at ?? now, createdAt: v.created_at };
}
