import type { Kysely } from 'kysely';
import type { LeniencyRow } from '../../../shared/contract/scoring-types';
import { scaleRange, type Rubric } from '../../../shared/selection/rubric';
import { mean, stageSubtotal } from '../../../shared/scoring/arithmetic';
import { readingOf } from '../../../shared/scoring/reading';
import type { Database } from '../../vault/schema';
import { loadRound, requireState, roundRubric } from './round-record';

/** The range a stage score can take: 0-100 when weighted, the sum of the maxima when summed. */
function stageRange(rubric: Rubric): number {
  if (rubric.combine === 'weighted') return 100;
  return rubric.criteria.reduce((a, c) => a + scaleRange(c.scale).max, 0);
}

/**
 * Each scorer's leniency after close: their mean stage score against the panel's mean on the
 * same applicants (submitted sheets only). Shown to the chair for the deliberation.
 */
export async function leniency(db: Kysely<Database>, roundId: string): Promise<LeniencyRow[]> {
  const round = await loadRound(db, roundId);
  requireState(round, 'closed', 'revealed');
  const rubric = await roundRubric(db, round);
  const scorers = await db
    .selectFrom('round_scorers as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select(['r.person_id', 'p.name'])
    .where('r.round_id', '=', roundId)
    .where('r.status', '=', 'submitted')
    .orderBy('p.name')
    .execute();
  const rows = await db
    .selectFrom('scores')
    .select(['person_id', 'applicant_id', 'criterion_id', 'value'])
    .where('round_id', '=', roundId)
    .where('person_id', 'in', scorers.length ? scorers.map((s) => s.person_id) : [''])
    .execute();
  // person -> applicant -> criterion -> value
  const byPerson = new Map<string, Map<string, Record<string, number | null>>>();
  for (const r of rows) {
    const p = byPerson.get(r.person_id) ?? new Map<string, Record<string, number | null>>();
    byPerson.set(r.person_id, p);
    const a = p.get(r.applicant_id) ?? {};
    p.set(r.applicant_id, a);
    a[r.criterion_id] = r.value;
  }
  const totals = new Map<string, Map<string, number>>(); // applicant -> person -> stage score
  for (const [personId, applicants] of byPerson) {
    for (const [applicantId, values] of applicants) {
      const total = stageSubtotal(rubric, values);
      if (total === null) continue;
      const m = totals.get(applicantId) ?? new Map<string, number>();
      totals.set(applicantId, m);
      m.set(personId, total);
    }
  }
  const range = stageRange(rubric);
  return scorers.map((s) => {
    const own: number[] = [];
    const panel: number[] = [];
    for (const byScorer of totals.values()) {
      const mine = byScorer.get(s.person_id);
      if (mine === undefined) continue;
      own.push(mine);
      panel.push(mean([...byScorer.values()]) ?? mine);
    }
    const ownMean = mean(own);
    const panelMean = mean(panel);
    const difference = ownMean !== null && panelMean !== null ? ownMean - panelMean : null;
    return {
      personId: s.person_id,
      name: s.name,
      applicants: own.length,
      ownMean,
      panelMean,
      difference,
      reading: readingOf(difference, range),
    };
  });
}
