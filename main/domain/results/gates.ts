import type { Kysely } from 'kysely';
import type { GateChange, GateCounts, GateDecisionValue, GateRow, GateView } from '../../../shared/contract/stage-inputs-types';
import { PanelisError } from '../../../shared/errors';
import type { GateDecision } from '../../../shared/results/types';
import type { Role } from '../../../shared/roles';
import type { Stage } from '../../../shared/selection/selection';
import type { Database, GateDecisionsTable } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate, type Trx } from '../mutate';
import { loadSetup } from '../selections/selections';
import { assertSelectionOpen } from './final-guard';

/**
 * MS/TMS decisions of gate stages (seleksi administrasi): one per active applicant and gate,
 * recorded by the chair or the secretary with who and when; TMS always with its reason.
 * Every change is one transaction with one audit event naming each applicant, decision and note.
 */

/** A TMS note shorter than this is not a reason. */
export const MIN_TMS_NOTE = 3;
const CHUNK = 500;

export async function gateStage(db: Kysely<Database>, selectionId: string, stageId: string): Promise<Stage> {
  const setup = await loadSetup(db, selectionId);
  const stage = setup.stages.find((s) => s.id === stageId);
  if (!stage) throw new PanelisError('STAGE_NOT_FOUND');
  if (stage.kind !== 'gate') throw new PanelisError('STAGE_NOT_GATE', { stage: stage.name });
  return stage;
}

/** The decisions of one gate, for the results (withdrawn applicants' decisions included; results say "withdrawn" first). */
export async function loadGateDecisions(db: Kysely<Database>, selectionId: string, stageId: string): Promise<GateDecision[]> {
  const rows = await db
    .selectFrom('gate_decisions')
    .select(['applicant_id', 'decision', 'note'])
    .where('selection_id', '=', selectionId)
    .where('stage_id', '=', stageId)
    .orderBy('applicant_id')
    .execute();
  return rows.map((r) => ({ applicantId: r.applicant_id, decision: r.decision, note: r.note }));
}

export async function gateCounts(db: Kysely<Database>, selectionId: string, stageId: string): Promise<GateCounts> {
  const rows = await db
    .selectFrom('applicants as a')
    .leftJoin('gate_decisions as g', (j) =>
      j.onRef('g.applicant_id', '=', 'a.id').on('g.selection_id', '=', selectionId).on('g.stage_id', '=', stageId),
    )
    .select(['g.decision'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('a.selection_id', '=', selectionId)
    .where('a.status', '=', 'active')
    .groupBy('g.decision')
    .execute();
  const counts: GateCounts = { ms: 0, tms: 0, undecided: 0 };
  for (const r of rows) {
    const n = Number(r.n);
    if (r.decision === 'MS') counts.ms += n;
    else if (r.decision === 'TMS') counts.tms += n;
    else counts.undecided += n;
  }
  return counts;
}

/** Every applicant at a gate (withdrawn ones too, marked). Members see codes only. */
export async function gateView(db: Kysely<Database>, selectionId: string, stageId: string, role: Role): Promise<GateView> {
  const stage = await gateStage(db, selectionId, stageId);
  const rows = await db
    .selectFrom('applicants as a')
    .leftJoin('gate_decisions as g', (j) =>
      j.onRef('g.applicant_id', '=', 'a.id').on('g.selection_id', '=', selectionId).on('g.stage_id', '=', stageId),
    )
    .select([
      'a.id',
      'a.blind_code',
      'a.registration_number',
      'a.name',
      'a.status',
      'g.decision',
      'g.note',
      'g.decided_by_name',
      'g.decided_at',
    ])
    .where('a.selection_id', '=', selectionId)
    .orderBy('a.registration_number')
    .execute();
  const blind = role === 'member';
  const out: GateRow[] = rows.map((r) => ({
    applicantId: r.id,
    code: r.blind_code,
    registrationNumber: blind ? null : r.registration_number,
    name: blind ? null : r.name,
    status: r.status,
    decision: r.decision ?? null,
    note: r.note ?? '',
    decidedBy: r.decided_by_name ?? null,
    decidedAt: r.decided_at ?? null,
  }));
  return { selectionId, stageId, stageName: stage.name, counts: await gateCounts(db, selectionId, stageId), rows: out };
}

export interface DecisionInput {
  applicantId: string;
  decision: GateDecisionValue | null;
  note: string;
}

async function insertDecisions(trx: Trx, rows: GateDecisionsTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await trx
      .insertInto('gate_decisions')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['selection_id', 'stage_id', 'applicant_id']).doUpdateSet((eb) => ({
          decision: eb.ref('excluded.decision'),
          note: eb.ref('excluded.note'),
          decided_by: eb.ref('excluded.decided_by'),
          decided_by_name: eb.ref('excluded.decided_by_name'),
          decided_at: eb.ref('excluded.decided_at'),
        })),
      )
      .execute();
  }
}

/**
 * Records decisions (null takes one back). Refused as a whole when an applicant is unknown,
 * withdrawn or named twice, or a TMS has no reason. Unchanged decisions are not rewritten.
 */
export async function recordGateDecisions(
  vault: Vault,
  actor: Actor,
  selectionId: string,
  stageId: string,
  decisions: DecisionInput[],
  now: () => Date,
): Promise<GateChange> {
  const given = decisions.map((d) => ({ ...d, note: d.note.trim() }));
  const seen = new Set<string>();
  for (const d of given) {
    if (seen.has(d.applicantId)) throw new PanelisError('BAD_ARGUMENTS', { issues: `applicant ${d.applicantId} named twice` });
    seen.add(d.applicantId);
  }
  const noReason = given.filter((d) => d.decision === 'TMS' && d.note.length < MIN_TMS_NOTE).length;
  if (noReason > 0) throw new PanelisError('TMS_NOTE_REQUIRED', { count: noReason });

  return mutate(
    vault,
    actor,
    async (trx) => {
      await assertSelectionOpen(trx, selectionId);
      await gateStage(trx, selectionId, stageId);
      const applicants = new Map<string, { status: string; registration_number: string }>();
      const ids = given.map((d) => d.applicantId);
      for (let i = 0; i < ids.length; i += CHUNK) {
        const rows = await trx
          .selectFrom('applicants')
          .select(['id', 'status', 'registration_number'])
          .where('selection_id', '=', selectionId)
          .where('id', 'in', ids.slice(i, i + CHUNK))
          .execute();
        for (const r of rows) applicants.set(r.id, r);
      }
      for (const d of given) {
        const a = applicants.get(d.applicantId);
        if (!a) throw new PanelisError('APPLICANT_NOT_FOUND');
        if (a.status !== 'active') throw new PanelisError('APPLICANT_WITHDRAWN');
      }
      const previous = new Map<string, { decision: GateDecisionValue; note: string }>();
      for (let i = 0; i < ids.length; i += CHUNK) {
        const rows = await trx
          .selectFrom('gate_decisions')
          .select(['applicant_id', 'decision', 'note'])
          .where('selection_id', '=', selectionId)
          .where('stage_id', '=', stageId)
          .where('applicant_id', 'in', ids.slice(i, i + CHUNK))
          .execute();
        for (const r of rows) previous.set(r.applicant_id, { decision: r.decision, note: r.note });
      }
      const at = now().toISOString();
      const changed = given.filter((d) => {
        const p = previous.get(d.applicantId);
        return d.decision === null ? p !== undefined : p?.decision !== d.decision || p.note !== d.note;
      });
      const cleared = changed.filter((d) => d.decision === null).map((d) => d.applicantId);
      for (let i = 0; i < cleared.length; i += CHUNK) {
        await trx
          .deleteFrom('gate_decisions')
          .where('selection_id', '=', selectionId)
          .where('stage_id', '=', stageId)
          .where('applicant_id', 'in', cleared.slice(i, i + CHUNK))
          .execute();
      }
      await insertDecisions(
        trx,
        changed
          .filter((d) => d.decision !== null)
          .map((d) => ({
            selection_id: selectionId,
            stage_id: stageId,
            applicant_id: d.applicantId,
            decision: d.decision as GateDecisionValue,
            note: d.note,
            decided_by: actor.personId,
            decided_by_name: actor.name,
            decided_at: at,
          })),
      );
      const counts = await gateCounts(trx, selectionId, stageId);
      return {
        value: { changed: changed.length, counts },
        audit: {
          action: 'gates.record',
          subject: `selection:${selectionId}`,
          before: changed.map((d) => ({ applicantId: d.applicantId, ...(previous.get(d.applicantId) ?? { decision: null, note: '' }) })),
          after: changed.map((d) => ({
            applicantId: d.applicantId,
            registrationNumber: applicants.get(d.applicantId)?.registration_number ?? null,
            decision: d.decision,
            note: d.note,
          })),
          extra: { stageId, counts },
        },
      };
    },
    now,
  );
}

/**
 * "All remaining MS": every active applicant without a decision becomes MS, in one
 * transaction. `undecided` is the number the person confirmed; if it changed meanwhile
 * (someone else recorded, an applicant was added or withdrew) nothing is written.
 */
export async function markRemaining(
  vault: Vault,
  actor: Actor,
  selectionId: string,
  stageId: string,
  undecided: number,
  note: string,
  now: () => Date,
): Promise<GateChange> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      await assertSelectionOpen(trx, selectionId);
      await gateStage(trx, selectionId, stageId);
      const rows = await trx
        .selectFrom('applicants as a')
        .leftJoin('gate_decisions as g', (j) =>
          j.onRef('g.applicant_id', '=', 'a.id').on('g.selection_id', '=', selectionId).on('g.stage_id', '=', stageId),
        )
        .select(['a.id', 'a.registration_number'])
        .where('a.selection_id', '=', selectionId)
        .where('a.status', '=', 'active')
        .where('g.decision', 'is', null)
        .orderBy('a.registration_number')
        .execute();
      if (rows.length !== undecided) throw new PanelisError('GATE_COUNT_CHANGED', { expected: undecided, actual: rows.length });
      const at = now().toISOString();
      const text = note.trim();
      await insertDecisions(
        trx,
        rows.map((r) => ({
          selection_id: selectionId,
          stage_id: stageId,
          applicant_id: r.id,
          decision: 'MS' as const,
          note: text,
          decided_by: actor.personId,
          decided_by_name: actor.name,
          decided_at: at,
        })),
      );
      const counts = await gateCounts(trx, selectionId, stageId);
      return {
        value: { changed: rows.length, counts },
        audit: {
          action: 'gates.record',
          subject: `selection:${selectionId}`,
          before: null,
          after: rows.map((r) => ({ applicantId: r.id, registrationNumber: r.registration_number, decision: 'MS', note: text })),
          extra: { stageId, counts, bulk: 'allRemainingMS' },
        },
      };
    },
    now,
  );
}
