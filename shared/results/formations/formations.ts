/**
 * Results per formation (formasi): who passes where, for CPNS, PPPK and JPT. Pure: plain data
 * in, plain data out; every rule optional and set by the selection's template.
 *
 * The rules, each in its own file:
 * - passing grades per jenis formasi on a stage, per component and on the total
 *   (passing-grades.ts); they replace the rubric's minimums on that stage. CPNS defaults are
 *   KepmenPANRB 321/2024 (the 2024 formation year): to be checked each year, the decree
 *   changes;
 * - quota gate (quota.ts): the best N x kebutuhan of each formation advance, ties at the cut too;
 * - ranking within each formation by the selection's tie-break chain, with the same exact
 *   arithmetic as the selection-wide results (combine.ts, ranking.ts, tie-break.ts), PPPK
 *   priority groups in front (order.ts);
 * - afirmasi points (afirmasi.ts): a percentage of a component's maximum, capped at it,
 *   added before passing grades and ranking;
 * - keterangan L, TL, TMS, TH, APS and optimalisasi L-1 / L-2 (optimalisasi.ts).
 *
 * Choices: a failed stage ends an applicant's path whether or not it eliminates (the
 * keterangan is TMS either way); a withdrawal (APS) reads APS whenever it is recorded and
 * takes no place, but it still counted at the quota gates held before it; optimalisasi waits
 * until every applicant of the selection is decided.
 *
 * Deliberately not covered: the decree's provisions beyond the SKD passing grades per jenis
 * listed in passing-grades.ts (further rows are data a template can add); priority groups on a
 * quota gate (they order the final ranking only); an applicant in more than one formation;
 * resolving a shared rank at the last place (all who share it are declared and the formation
 * is reported overfilled, for the committee to decide).
 */
import type { Rubric } from '../../selection/rubric';
import type { Stage } from '../../selection/selection';
import { stageCombiner, finalOf, type StageScore } from '../combine';
import { namesOf } from '../names';
import { below } from '../pass-fail';
import { finalTieColumns, type TieLookups } from '../tie-break';
import type { ApplicantFacts } from '../types';
import { afirmasiAdder } from './afirmasi';
import { optimise } from './optimalisasi';
import { rankInGroups } from './order';
import { gradeFor } from './passing-grades';
import { advancing } from './quota';
import { checkFormationInput } from './validate';
import type {
  FormationApplicant,
  FormationApplicantResult,
  FormationInput,
  FormationOverview,
  FormationResults,
  Keterangan,
  PassingGrade,
  Pending,
} from './types';

/** Where an applicant stands while the stages are walked in order. */
type Path = { state: 'in' } | { state: 'out'; keterangan: 'TMS' | 'TH' | 'TL'; at: string } | { state: 'pending'; pending: Pending };

interface Row {
  a: FormationApplicant;
  /** Per stage (set-up order): criterion values after afirmasi in rubric order; undefined while none. */
  values: (number[] | undefined)[];
  combined: (StageScore | undefined)[];
  path: Path;
  advances: Record<string, boolean | null>;
}

const keteranganOrder: (Keterangan | null)[] = ['L', 'L-1', 'L-2', 'TL', 'TMS', 'TH', 'APS', null];

export function computeFormations(input: FormationInput): FormationResults {
  checkFormationInput(input);
  const { rules, formations } = input;
  const stages = rules.setup.stages;
  const held = new Set(input.held);
  const rubrics = new Map<string, Rubric>(stages.flatMap((s) => (s.rubric ? [[s.id, s.rubric] as const] : [])));
  const names = namesOf(stages, rubrics);
  const formationById = new Map(formations.map((f) => [f.id, f]));
  const addAfirmasi = afirmasiAdder(rules.afirmasi, rubrics);
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const combiners = stages.map((s) => (s.kind === 'scored' && s.rubric ? stageCombiner(s, s.rubric) : null));
  // The passing grade of each stage: per formation when graded by jenis, else the rubric's own.
  const grades = stages.map((s): ((formationId: string) => PassingGrade) | null => {
    if (!s.rubric) return null;
    const byJenis = rules.passingGrades.find((g) => g.stageId === s.id);
    if (byJenis) {
      const perFormation = new Map(formations.map((f) => [f.id, gradeFor(byJenis, f.jenis)]));
      return (formationId) => perFormation.get(formationId)!;
    }
    const own: PassingGrade = {
      components: Object.fromEntries(s.rubric.criteria.flatMap((c) => (c.minimum === null ? [] : [[c.id, c.minimum]]))),
      total: s.rubric.threshold,
    };
    return () => own;
  });

  const rows = new Map<string, Row>();
  for (const a of input.applicants) rows.set(a.id, { a, values: [], combined: [], path: { state: 'in' }, advances: {} });
  for (const g of rules.quotaGates) for (const row of rows.values()) row.advances[g.stageId] = null;

  const facts = new Map<string, ApplicantFacts>(
    input.applicants.map((a) => [a.id, { id: a.id, gpa: a.gpa, birthDate: a.birthDate, status: 'active' }]),
  );
  const criterionIndex = new Map(stages.map((s) => [s.id, new Map((s.rubric?.criteria ?? []).map((c, i) => [c.id, i]))]));
  const lookups: TieLookups = {
    stageScore: (stageId, a) => rows.get(a)?.combined[stageIndex.get(stageId)!]?.score ?? null,
    criterionValue: (stageId, criterionId, a) => {
      const i = criterionIndex.get(stageId)?.get(criterionId);
      return i === undefined ? null : (rows.get(a)?.values[stageIndex.get(stageId)!]?.[i] ?? null);
    },
    facts: (a) => facts.get(a),
  };

  // Stage by stage: each applicant still in sits the stage; a quota gate then closes it per formation.
  for (const [si, stage] of stages.entries()) {
    const entering = [...rows.values()].filter((r) => r.path.state === 'in');
    for (const row of entering) row.path = sit(stage, si, row);
    const gate = rules.quotaGates.find((g) => g.stageId === stage.id);
    if (!gate) continue;
    for (const row of rows.values()) if (row.path.state === 'out') row.advances[gate.stageId] = false;
    const columns = finalTieColumns(gate.keys, lookups, names);
    for (const [formationId, members] of groupBy(entering, (r) => r.a.formationId)) {
      const f = formationById.get(formationId)!;
      if (members.some((r) => r.path.state === 'pending')) {
        // The cut needs every value of the formation: until then nobody there is decided.
        for (const r of members)
          if (r.path.state === 'in') r.path = { state: 'pending', pending: { code: 'quotaUndecided', stageId: stage.id } };
        continue;
      }
      const sat = members.filter((r) => r.path.state === 'in');
      const through = advancing(
        sat.map((x) => x.a.id),
        (id) => rows.get(id)!.combined[si]!.score!,
        columns,
        gate.perPlace * f.kebutuhan,
      );
      for (const x of sat) {
        const advances = through.has(x.a.id);
        x.advances[gate.stageId] = advances;
        if (!advances) x.path = { state: 'out', keterangan: 'TL', at: stage.id };
      }
    }
  }

  const results = new Map<string, FormationApplicantResult>();
  for (const row of rows.values()) {
    const scores: Record<string, number | null> = {};
    for (const [i, s] of stages.entries()) if (s.kind === 'scored') scores[s.id] = row.combined[i]?.score ?? null;
    const final =
      row.path.state === 'in'
        ? finalOf(stages.map((s, i) => ({ kind: s.kind, contribution: row.combined[i]?.contribution ?? null })))
        : null;
    const withdrew = row.a.withdrawal !== null;
    results.set(row.a.id, {
      applicantId: row.a.id,
      formationId: row.a.formationId,
      scores,
      final,
      formationRank: null,
      keterangan: withdrew ? 'APS' : row.path.state === 'out' ? row.path.keterangan : null,
      decidedAt: !withdrew && row.path.state === 'out' && row.path.keterangan !== 'TL' ? row.path.at : null,
      pending: !withdrew && row.path.state === 'pending' ? row.path.pending : null,
      placedIn: null,
      advances: row.advances,
    });
  }

  // Ranking within each formation: those who met every requirement and have a final, APS out.
  const finalColumns = finalTieColumns(rules.setup.tieBreak, lookups, names);
  const groupIndex = new Map(rules.priorityGroups.map((g, i) => [g, i]));
  const groupOf = (id: string) => {
    const g = rows.get(id)!.a.priorityGroup;
    return g === null ? rules.priorityGroups.length : (groupIndex.get(g) ?? rules.priorityGroups.length);
  };
  const finalOfId = (id: string) => results.get(id)!.final!;
  const rankable = [...results.values()].filter((r) => r.final !== null && r.keterangan === null);
  const empty = new Map<string, number>();
  const lulus = new Map<string, number>();
  const overfilled = new Set<string>();
  for (const [formationId, members] of groupBy(rankable, (r) => r.formationId)) {
    const f = formationById.get(formationId)!;
    const slots = f.kebutuhan * f.proposePerPlace;
    const ranked = rankInGroups(
      members.map((m) => m.applicantId),
      finalOfId,
      finalColumns,
      groupOf,
    );
    let l = 0;
    for (const id of ranked.order) {
      const res = results.get(id)!;
      res.formationRank = ranked.byId.get(id)!.rank;
      res.keterangan = res.formationRank <= slots ? 'L' : 'TL';
      if (res.keterangan === 'L') l++;
    }
    lulus.set(formationId, l);
    if (l > slots) overfilled.add(formationId);
  }
  for (const f of formations) empty.set(f.id, Math.max(0, f.kebutuhan * f.proposePerPlace - (lulus.get(f.id) ?? 0)));

  // Optimalisasi once every formation is decided: a pending one could still take or free a place.
  const filled = new Map<string, { l1: number; l2: number }>();
  const allDecided = [...results.values()].every((r) => r.keterangan !== null);
  if (rules.optimalisasi && allDecided) {
    const candidates = [...results.values()].filter((r) => r.keterangan === 'TL' && r.formationRank !== null).map((r) => r.applicantId);
    const ranked = rankInGroups(candidates, finalOfId, finalColumns, groupOf);
    const o = optimise(formations, empty, ranked, (id) => rows.get(id)!.a.formationId);
    for (const [id, p] of o.placements) Object.assign(results.get(id)!, { keterangan: p.step, placedIn: p.placedIn });
    for (const [id, counts] of o.filled) filled.set(id, counts);
    for (const id of o.overfilled) overfilled.add(id);
  }

  // By formation in list order (buckets: no comparison across formations), then rank, keterangan, id.
  const buckets = groupBy([...results.values()], (r) => r.formationId);
  const applicants = formations.flatMap((f) =>
    (buckets.get(f.id) ?? []).sort(
      (x, y) =>
        (x.formationRank ?? Infinity) - (y.formationRank ?? Infinity) ||
        keteranganOrder.indexOf(x.keterangan) - keteranganOrder.indexOf(y.keterangan) ||
        (x.applicantId < y.applicantId ? -1 : x.applicantId > y.applicantId ? 1 : 0),
    ),
  );

  const counts = new Map(formations.map((f) => [f.id, { applicants: 0, passers: 0 }]));
  for (const r of results.values()) {
    const c = counts.get(r.formationId)!;
    c.applicants++;
    if (r.formationRank !== null) c.passers++;
  }
  const overview: FormationOverview[] = formations.map((f) => ({
    formationId: f.id,
    kebutuhan: f.kebutuhan,
    slots: f.kebutuhan * f.proposePerPlace,
    applicants: counts.get(f.id)!.applicants,
    passers: counts.get(f.id)!.passers,
    lulus: lulus.get(f.id) ?? 0,
    emptyPlaces: empty.get(f.id)!,
    filledL1: filled.get(f.id)?.l1 ?? 0,
    filledL2: filled.get(f.id)?.l2 ?? 0,
    overfilled: overfilled.has(f.id),
  }));
  return { applicants, formations: overview };

  /** One applicant at one stage: still in, out (TMS, TH) or waiting for a result. */
  function sit(stage: Stage, si: number, row: Row): Path {
    if (!held.has(stage.id)) return { state: 'pending', pending: { code: 'stageNotHeld', stageId: stage.id } };
    if (stage.kind === 'gate') {
      const d = row.a.gates[stage.id];
      if (d === undefined) return { state: 'pending', pending: { code: 'gateUndecided', stageId: stage.id } };
      return d === 'TMS' ? { state: 'out', keterangan: 'TMS', at: stage.id } : { state: 'in' };
    }
    const rubric = rubrics.get(stage.id)!;
    const given = row.a.values[stage.id] ?? {};
    // Absent: 'TH' on any component, or no value at all. Some values but not all: an import gap.
    const raw = rubric.criteria.map((c) => given[c.id]);
    if (raw.some((v) => v === 'TH') || raw.every((v) => v === undefined)) return { state: 'out', keterangan: 'TH', at: stage.id };
    const values: number[] = [];
    for (const [i, c] of rubric.criteria.entries()) {
      const v = raw[i];
      if (typeof v !== 'number') return { state: 'pending', pending: { code: 'missingValue', stageId: stage.id, criterionId: c.id } };
      values.push(addAfirmasi(stage.id, c.id, row.a.attributes, v));
    }
    row.values[si] = values;
    const combined = combiners[si]!(values);
    row.combined[si] = combined;
    const grade = grades[si]!(row.a.formationId);
    const fails =
      rubric.criteria.some((c, i) => grade.components[c.id] !== undefined && below(values[i]!, grade.components[c.id]!)) ||
      (grade.total !== null && below(combined.score!, grade.total));
    return fails ? { state: 'out', keterangan: 'TMS', at: stage.id } : { state: 'in' };
  }
}

function groupBy<T>(items: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}
