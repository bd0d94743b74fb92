import { randomBytes, randomUUID } from 'node:crypto';
import { PanelisError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import { isWarning, setupIssues } from '../../../shared/selection/setup-issues';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';
import { authenticate } from '../people/people';
import { sealOf, signatureValid } from '../scoring/sheet';
import { freezeRubric } from '../selections/rubric-versions';
import { loadSetup } from '../selections/selections';
import { scorersAtOpen } from './assignment';
import { loadRound, requireState, roundStage } from './round-record';
import { revealedByColumn } from '../../vault/codecs/columns';
import type { Bilingual } from '../../../shared/error-messages/bilingual';
import { reason } from '../../../shared/error-messages/reasons';

/**
 * A round's life: draft -> open -> closed -> revealed. Each step is one audited
 * transaction; every rule is checked inside it, against what is in the vault then.
 */

const notReady = (problems: Bilingual) => new PanelisError('ROUND_NOT_READY', { problems });

export async function createRound(vault: Vault, actor: Actor, selectionId: string, stageId: string, now: () => Date): Promise<string> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const setup = await loadSetup(trx, selectionId);
      const stage = setup.stages.find((s) => s.id === stageId);
      if (!stage) throw new PanelisError('ROUND_NOT_FOUND');
      if (stage.kind !== 'scored' || stage.source !== 'panel') throw new PanelisError('STAGE_NOT_SCORED');
      const exists = await trx
        .selectFrom('rounds')
        .select('id')
        .where('selection_id', '=', selectionId)
        .where('stage_id', '=', stageId)
        .executeTakeFirst();
      if (exists) throw new PanelisError('ROUND_EXISTS');
      const id = randomUUID();
      await trx
        .insertInto('rounds')
        .values({
          id,
          selection_id: selectionId,
          stage_id: stageId,
          state: 'draft',
          calibration: 'none',
          order_seed: randomBytes(32).toString('hex'),
          created_by: actor.personId,
          created_at: now().toISOString(),
        })
        .execute();
      return { value: id, audit: { action: 'rounds.create', subject: `round:${id}`, after: { selectionId, stageId, stage: stage.name } } };
    },
    now,
  );
}

const APPLICANT_CHUNK = 5000;

/** Opens scoring: checks the set-up, freezes the rubric, fixes who scores and whom. */
export async function openRound(vault: Vault, actor: Actor, roundId: string, now: () => Date): Promise<void> {
  await mutate(
    vault,
    actor,
    async (trx) => {
      const round = await loadRound(trx, roundId);
      requireState(round, 'draft');
      if (round.calibration === 'open') {
        throw new PanelisError('CALIBRATION_STATE', { reason: reason('CLOSE_CALIBRATION_FIRST') });
      }
      const setup = await loadSetup(trx, round.selection_id);
      // The most common reason first, said plainly: nobody with the member role to score.
      const scorers = await scorersAtOpen(trx, round.selection_id, round.stage_id);
      if (scorers.length === 0) throw notReady(reason('NO_MEMBER_SCORER_ASSIGNED'));
      const blocking = setupIssues(setup, scorers.length).filter((i) => !isWarning(i));
      if (blocking.length > 0) {
        throw notReady(reason('SETUP_HAS_PROBLEMS', { count: blocking.length }));
      }
      const panels = await trx
        .selectFrom('panels')
        .select('id')
        .where('selection_id', '=', round.selection_id)
        .where('stage_id', '=', round.stage_id)
        .execute();
      let applicants = trx
        .selectFrom('applicants')
        .select('id')
        .where('selection_id', '=', round.selection_id)
        .where('status', '=', 'active');
      if (panels.length > 0) {
        applicants = applicants.where(
          'id',
          'in',
          trx
            .selectFrom('panel_applicants')
            .select('applicant_id')
            .where(
              'panel_id',
              'in',
              panels.map((p) => p.id),
            ),
        );
      }
      const applicantIds = (await applicants.execute()).map((a) => a.id);
      if (applicantIds.length === 0) throw notReady(reason('NO_ACTIVE_APPLICANT'));

      const at = now().toISOString();
      const frozen = await freezeRubric(trx, round.selection_id, round.stage_id, at);
      await trx
        .updateTable('rounds')
        .set({ state: 'open', rubric_version: frozen.version, rubric_sha256: frozen.sha256, opened_by: actor.personId, opened_at: at })
        .where('id', '=', roundId)
        .execute();
      await trx
        .insertInto('round_scorers')
        .values(scorers.map((person_id) => ({ round_id: roundId, person_id, status: 'scoring' as const })))
        .execute();
      for (let i = 0; i < applicantIds.length; i += APPLICANT_CHUNK) {
        await trx
          .insertInto('round_applicants')
          .values(applicantIds.slice(i, i + APPLICANT_CHUNK).map((applicant_id) => ({ round_id: roundId, applicant_id })))
          .execute();
      }
      return {
        value: null,
        audit: {
          action: 'rounds.open',
          subject: `round:${roundId}`,
          after: { state: 'open', rubricVersion: frozen.version, rubricSha256: frozen.sha256 },
          extra: { scorers, applicants: applicantIds.length },
        },
      };
    },
    now,
  );
}

/** The chair records why a scorer could not score (absent, ill); the minutes will show it. */
export async function excuseScorer(
  vault: Vault,
  actor: Actor,
  roundId: string,
  personId: string,
  reason: string,
  now: () => Date,
): Promise<void> {
  await mutate(
    vault,
    actor,
    async (trx) => {
      const round = await loadRound(trx, roundId);
      requireState(round, 'open');
      const scorer = await trx
        .selectFrom('round_scorers')
        .select('status')
        .where('round_id', '=', roundId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      if (!scorer) throw new PanelisError('NOT_A_SCORER');
      if (scorer.status === 'submitted') throw new PanelisError('SHEET_SUBMITTED');
      await trx
        .updateTable('round_scorers')
        .set({ status: 'excused', excuse_reason: reason, excused_at: now().toISOString() })
        .where('round_id', '=', roundId)
        .where('person_id', '=', personId)
        .execute();
      return {
        value: null,
        audit: {
          action: 'rounds.excuse',
          subject: `round:${roundId}`,
          before: { status: scorer.status },
          after: { personId, status: 'excused', reason },
        },
      };
    },
    now,
  );
}

/**
 * Closes and seals: every scorer has submitted or was excused, every signature holds, and the
 * SHA-256 over all sheets is recorded. After this nobody's sheet changes unseen.
 */
export async function closeRound(vault: Vault, actor: Actor, roundId: string, now: () => Date): Promise<string> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const round = await loadRound(trx, roundId);
      requireState(round, 'open');
      const scorers = await trx
        .selectFrom('round_scorers as r')
        .innerJoin('people as p', 'p.id', 'r.person_id')
        .select(['r.person_id', 'p.name', 'r.status', 'r.sheet', 'r.sheet_sha256', 'r.signature', 'r.public_key'])
        .where('r.round_id', '=', roundId)
        .orderBy('p.name')
        .execute();
      const pending = scorers.filter((s) => s.status === 'scoring');
      if (pending.length > 0) throw new PanelisError('SCORERS_PENDING', { names: pending.map((p) => p.name).join(', ') });
      for (const s of scorers) {
        if (s.status !== 'submitted') continue;
        if (!s.sheet || !s.signature || !s.public_key || !signatureValid(s.sheet, s.signature, s.public_key)) {
          throw new PanelisError('VAULT_DAMAGED', { reason: `signature of ${s.name}` });
        }
      }
      const seal = sealOf(
        roundId,
        scorers.map((s) => ({ personId: s.person_id, status: s.status, sheetSha256: s.sheet_sha256 })),
      );
      const at = now().toISOString();
      await trx
        .updateTable('rounds')
        .set({ state: 'closed', closed_by: actor.personId, closed_at: at, seal_sha256: seal })
        .where('id', '=', roundId)
        .execute();
      return {
        value: seal,
        audit: {
          action: 'rounds.close',
          subject: `round:${roundId}`,
          after: { state: 'closed', seal },
          extra: { sheets: scorers.map((s) => ({ personId: s.person_id, status: s.status, sheetSha256: s.sheet_sha256 })) },
        },
      };
    },
    now,
  );
}

export interface RevealConfirmation {
  personId: string;
  password: string;
}

/**
 * Identities are revealed by two people: the chair and the secretary, each confirming with
 * their own password. Passwords are checked before the transaction (scrypt takes a moment).
 */
export async function revealRound(
  vault: Vault,
  actor: Actor,
  roundId: string,
  confirmations: [RevealConfirmation, RevealConfirmation],
  now: () => Date,
): Promise<void> {
  const [a, b] = confirmations;
  if (a.personId === b.personId) throw new PanelisError('REVEAL_NEEDS_TWO');
  // Says whose password was wrong, so the dialog clears only that field.
  const confirm = (c: RevealConfirmation, who: 'first' | 'second') =>
    authenticate(vault, c.personId, c.password).catch((e: unknown) => {
      if (e instanceof PanelisError && e.code === 'WRONG_PASSWORD') throw new PanelisError('WRONG_PASSWORD', { who });
      throw e;
    });
  const people = [await confirm(a, 'first'), await confirm(b, 'second')];
  const roles = new Set<Role>(people.map((p) => p.role));
  if (!(roles.has('chair') && roles.has('secretary'))) throw new PanelisError('REVEAL_NEEDS_TWO');
  await mutate(
    vault,
    actor,
    async (trx) => {
      const round = await loadRound(trx, roundId);
      requireState(round, 'closed');
      const stage = await roundStage(trx, round);
      const at = now().toISOString();
      const by = people.map((p) => p.personId);
      await trx
        .updateTable('rounds')
        .set({ state: 'revealed', revealed_at: at, revealed_by: revealedByColumn.encode(by) })
        .where('id', '=', roundId)
        .execute();
      return {
        value: null,
        audit: {
          action: 'rounds.reveal',
          subject: `round:${roundId}`,
          after: { state: 'revealed', seal: round.seal_sha256 },
          extra: { stage: stage.name, confirmedBy: people.map((p) => ({ personId: p.personId, name: p.name, role: p.role })) },
        },
      };
    },
    now,
  );
}
