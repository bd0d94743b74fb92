import type { SubmitResult } from '../../../shared/contract/scoring-types';
import { PanelisError } from '../../../shared/errors';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate } from '../mutate';
import { authenticate } from '../people/people';
import { openPrivateKey } from '../people/signing-key';
import { loadRound, requireState } from '../rounds/round-record';
import { deskReview, requireScorer } from './desk';
import { buildSheet, signSheet } from './sheet';

/**
 * Submits a member's score sheet: needs their password (which also unseals their signing
 * key), refuses while anything is missing, signs the whole sheet with their Ed25519 key and
 * locks it. From here on only a recorded revision in deliberation changes a score.
 */
export async function submitSheet(
  vault: Vault,
  actor: Actor & { personId: string },
  roundId: string,
  password: string,
  now: () => Date,
): Promise<SubmitResult> {
  await authenticate(vault, actor.personId, password);
  const person = await vault.db
    .selectFrom('people')
    .select(['private_key_enc', 'public_key'])
    .where('id', '=', actor.personId)
    .executeTakeFirstOrThrow();
  const privateKey = openPrivateKey(person.private_key_enc, password);
  return mutate(
    vault,
    actor,
    async (trx) => {
      const round = await loadRound(trx, roundId);
      requireState(round, 'open');
      const scorer = await requireScorer(trx, round, actor.personId);
      if (scorer.status === 'submitted') throw new PanelisError('SHEET_SUBMITTED');
      if (scorer.status === 'excused') throw new PanelisError('NOT_A_SCORER');
      const review = await deskReview(trx, roundId, actor.personId);
      const problems = review.rows.reduce((n, r) => n + r.problems.length, 0);
      if (problems > 0) throw new PanelisError('SHEET_INCOMPLETE', { count: problems });
      const submittedAt = now().toISOString();
      const signed = signSheet(await buildSheet(trx, round, actor.personId, submittedAt), privateKey);
      await trx
        .updateTable('round_scorers')
        .set({
          status: 'submitted',
          submitted_at: submittedAt,
          sheet: signed.json,
          sheet_sha256: signed.sha256,
          signature: signed.signature,
          public_key: person.public_key,
        })
        .where('round_id', '=', roundId)
        .where('person_id', '=', actor.personId)
        .execute();
      return {
        value: { submittedAt, sheetSha256: signed.sha256 },
        audit: {
          action: 'desk.submit',
          subject: `round:${roundId}`,
          after: { status: 'submitted', sheetSha256: signed.sha256, signature: signed.signature },
        },
      };
    },
    now,
  );
}
