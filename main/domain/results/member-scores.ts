import type { Kysely } from 'kysely';
import type { ChartApplicant, ChartDistribution, ChartMember, MemberScoresView } from '../../../shared/contract/results';
import type { LeniencyRow } from '../../../shared/contract/scoring-types';
import { PanelisError } from '../../../shared/errors';
import { scaleRange, type Rubric } from '../../../shared/selection/rubric';
import type { Database } from '../../vault/schema';
import { chartsBlind } from '../access/blindness';
import { leniency } from '../rounds/leniency';
import { roundRubric } from '../rounds/round-record';
import { loadSetup } from '../selections/selections';
import { cachedValue } from './results-cache';
import type { ResultsViewer } from './results-view';
import { visibleFieldsColumn } from '../../vault/codecs/columns';

function stageRange(rubric: Rubric): number {
  if (rubric.combine === 'weighted') return 100;
  return rubric.criteria.reduce((a, c) => a + scaleRange(c.scale).max, 0);
}

interface RoundBase {
  /** Submitted scorers, by person id. */
  scorers: { personId: string; name: string }[];
  distribution: { criterionId: string; personId: string; counts: { value: number; count: number }[] }[];
  leniency: LeniencyRow[];
}

/** What every viewer's charts of a round share (a full scan of the round's scores): computed once per vault version. */
async function roundBase(db: Kysely<Database>, roundId: string, rubric: Rubric): Promise<RoundBase> {
  const scorers = await db
    .selectFrom('round_scorers as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select(['r.person_id as personId', 'p.name'])
    .where('r.round_id', '=', roundId)
    .where('r.status', '=', 'submitted')
    .orderBy('r.person_id')
    .execute();
  const submitted = new Set(scorers.map((s) => s.personId));
  const criteriaIds = new Set(rubric.criteria.map((c) => c.id));
  const counts = await db
    .selectFrom('scores')
    .select(['person_id', 'criterion_id', 'value', (eb) => eb.fn.countAll<number>().as('n')])
    .where('round_id', '=', roundId)
    .where('value', 'is not', null)
    .groupBy(['person_id', 'criterion_id', 'value'])
    .orderBy('value')
    .execute();
  const byCell = new Map<string, RoundBase['distribution'][number]>();
  for (const c of rubric.criteria) {
    for (const s of scorers) byCell.set(`${c.id}\u0000${s.personId}`, { criterionId: c.id, personId: s.personId, counts: [] });
  }
  for (const row of counts) {
    // Submitted sheets only, the frozen rubric's criteria only (as the results count them).
    if (!submitted.has(row.person_id) || row.value === null || !criteriaIds.has(row.criterion_id)) continue;
    byCell.get(`${row.criterion_id}\u0000${row.person_id}`)!.counts.push({ value: row.value, count: Number(row.n) });
  }
  return { scorers, distribution: [...byCell.values()], leniency: await leniency(db, roundId) };
}

/**
 * `results.memberScores`: the scores behind the charts of one panel stage, only once its round
 * is closed or revealed (before close nobody sees a value), from submitted sheets only.
 * Blindness rules for charts:
 * - members are keyed "m1", "m2"... in a fixed order (by person id, so the order tells nothing
 *   about names); chair, secretary and observer get every member's name; a member gets only
 *   their own name, the others are "Anggota N";
 * - applicants appear by code; name only where `results.get` would give it (not blind, or the
 *   name made scorer-visible); a chart never carries a registration number.
 */
export async function memberScores(
  db: Kysely<Database>,
  selectionId: string,
  viewer: ResultsViewer,
  stageId: string,
  applicantId: string | null,
): Promise<MemberScoresView> {
  const setup = await loadSetup(db, selectionId);
  const stage = setup.stages.find((s) => s.id === stageId);
  if (!stage) throw new PanelisError('STAGE_NOT_FOUND');
  if (stage.kind === 'gate' || stage.source !== 'panel') throw new PanelisError('RESULTS_STAGE_NOT_PANEL');
  const rounds = await db.selectFrom('rounds').selectAll().where('selection_id', '=', selectionId).execute();
  const round = rounds.find((r) => r.stage_id === stageId);
  if (!round || (round.state !== 'closed' && round.state !== 'revealed')) throw new PanelisError('RESULTS_ROUND_NOT_COUNTED');
  const rubric = await roundRubric(db, round);

  const base = await cachedValue(db, `memberScores\u0000${round.id}\u0000${round.state}\u0000${round.rubric_version ?? ''}`, () =>
    roundBase(db, round.id, rubric),
  );
  const { scorers } = base;
  const isMember = viewer.role === 'member';
  const keyOf = new Map<string, string>();
  const members: ChartMember[] = scorers.map((s, i) => {
    const key = `m${i + 1}`;
    keyOf.set(s.personId, key);
    const self = s.personId === viewer.personId;
    return { key, n: i + 1, self, name: !isMember || self ? s.name : null };
  });
  const distribution: ChartDistribution[] = base.distribution.map((d) => ({
    criterionId: d.criterionId,
    memberKey: keyOf.get(d.personId)!,
    counts: d.counts,
  }));
  const lenient = base.leniency.flatMap((l) => {
    const key = keyOf.get(l.personId);
    return key === undefined
      ? []
      : [
          {
            memberKey: key,
            applicants: l.applicants,
            ownMean: l.ownMean,
            panelMean: l.panelMean,
            difference: l.difference,
            reading: l.reading,
          },
        ];
  });

  const blind = chartsBlind(
    viewer.role,
    rounds.map((r) => r.state),
  );
  const selection = await db.selectFrom('selections').select('visible_fields').where('id', '=', selectionId).executeTakeFirstOrThrow();
  const nameVisible = visibleFieldsColumn.decode(selection.visible_fields).includes('name');

  let applicant: ChartApplicant | null = null;
  if (applicantId !== null) {
    const a = await db
      .selectFrom('applicants')
      .select(['id', 'blind_code', 'name'])
      .where('id', '=', applicantId)
      .where('selection_id', '=', selectionId)
      .executeTakeFirst();
    if (!a) throw new PanelisError('APPLICANT_NOT_FOUND');
    const scores = await db
      .selectFrom('scores as s')
      .innerJoin('round_scorers as r', (j) => j.onRef('r.round_id', '=', 's.round_id').onRef('r.person_id', '=', 's.person_id'))
      .select(['s.person_id', 's.criterion_id', 's.value'])
      .where('s.round_id', '=', round.id)
      // With the scorers named, the primary key (round, person, applicant, criterion) finds the rows directly.
      .where('s.person_id', 'in', scorers.length ? scorers.map((x) => x.personId) : [''])
      .where('s.applicant_id', '=', applicantId)
      .where('r.status', '=', 'submitted')
      .execute();
    const recused = new Set(
      (
        await db
          .selectFrom('conflicts')
          .select('person_id')
          .where('selection_id', '=', selectionId)
          .where('applicant_id', '=', applicantId)
          .execute()
      ).map((c) => c.person_id),
    );
    applicant = {
      applicantId,
      code: a.blind_code,
      name: blind && !nameVisible ? null : a.name,
      criteria: rubric.criteria.map((c) => ({
        criterionId: c.id,
        scores: scorers.map((s) => ({
          memberKey: keyOf.get(s.personId)!,
          recused: recused.has(s.personId),
          value: recused.has(s.personId)
            ? null
            : (scores.find((x) => x.person_id === s.personId && x.criterion_id === c.id)?.value ?? null),
        })),
      })),
    };
  }

  return {
    selectionId,
    stageId,
    roundId: round.id,
    roundState: round.state,
    blind,
    criteria: rubric.criteria.map((c) => {
      const r = scaleRange(c.scale);
      return { stageId, criterionId: c.id, code: c.code, name: c.name, min: r.min, max: r.max };
    }),
    members,
    distribution,
    leniency: lenient,
    stageRange: stageRange(rubric),
    applicant,
  };
}
