import type { Kysely } from 'kysely';
import { PanelisError } from '../../../shared/errors';
import type { ResultsRow, ResultsView } from '../../../shared/contract/results-types';
import {
  SUMMARY_AGENDA_LIMIT,
  type ResultsCriterionInfo,
  type ResultsOutcomeFilter,
  type ResultsSortColumn,
  type ResultsSummary,
  type ResultsTablePage,
  type ResultsTableRow,
} from '../../../shared/contract/results';
import { scaleRange, type Rubric } from '../../../shared/selection/rubric';
import type { SelectionSetup } from '../../../shared/selection/selection';
import type { Database } from '../../vault/schema';
import { loadRound, roundRubric } from '../rounds/round-record';
import { loadSetup } from '../selections/selections';
import { membersBlind } from '../access/blindness';
import { resultsView, type ResultsViewer } from './results-view';
import { visibleFieldsColumn } from '../../vault/codecs/columns';

/**
 * The results screen reads the same `ResultsView` as `results.get`, computed once and kept
 * while nothing in the vault changes: every change goes through `mutate` and appends an audit
 * event, so the last audit sequence number is the vault's version. A view is kept per
 * selection, stage and kind of viewer (a member's view differs only by blindness, which
 * depends on the rounds, not on the person). Sorted and filtered orders are kept with it,
 * so scrolling 10,000 rows asks main for pages without sorting again.
 */

interface Entry {
  version: number;
  view: ResultsView;
  summary?: ResultsSummary;
  criteria: ResultsCriterionInfo[];
  orders: Map<string, ResultsRow[]>;
}

const MAX_ENTRIES = 12;
const MAX_ORDERS = 6;
const caches = new WeakMap<Kysely<Database>, Map<string, Entry>>();

/** Audit events that change nothing the results depend on (a sign-in, an export itself). */
const NOT_A_CHANGE = ['session.signIn', 'session.signOut', 'results.export'];

async function vaultVersion(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select('seq')
    .where('action', 'not in', NOT_A_CHANGE)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

const others = new WeakMap<Kysely<Database>, Map<string, { version: number; value: unknown }>>();

/**
 * Any other value computed from the vault (the charts' member scores), kept under the same
 * rule: recomputed once the vault's version moves. `key` must name everything `compute` reads.
 */
export async function cachedValue<T>(db: Kysely<Database>, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = others.get(db);
  if (!cache) {
    cache = new Map();
    others.set(db, cache);
  }
  const version = await vaultVersion(db);
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.value as T;
  const value = await compute();
  cache.delete(key);
  cache.set(key, { version, value });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}

async function criteriaOf(db: Kysely<Database>, selectionId: string, view: ResultsView): Promise<ResultsCriterionInfo[]> {
  const out: ResultsCriterionInfo[] = [];
  let setup: SelectionSetup | null = null;
  for (const s of view.stages) {
    if (s.status !== 'counted' || s.kind !== 'scored') continue;
    if (view.stageId !== null && s.stageId !== view.stageId) continue;
    let rubric: Rubric | null;
    if (s.roundId !== null) rubric = await roundRubric(db, await loadRound(db, s.roundId));
    else {
      // An imported (external) stage: its criteria as set up (column headers only; values come from the import).
      setup ??= await loadSetup(db, selectionId);
      rubric = setup.stages.find((x) => x.id === s.stageId)?.rubric ?? null;
    }
    for (const c of rubric?.criteria ?? []) {
      const range = scaleRange(c.scale);
      out.push({ stageId: s.stageId, criterionId: c.id, code: c.code, name: c.name, min: range.min, max: range.max });
    }
  }
  return out;
}

/**
 * A member's view is the staff view with identities withheld, by the rule of `results.get`
 * (results-view.ts): blind until every round of the selection is revealed and one counts;
 * the name stays when the secretary made it scorer-visible. No text of the results names an
 * applicant (reasons, ties and agenda items name stages and criteria only), so masking the
 * identity fields is all that differs; the integration test holds it equal to `results.get`.
 */
async function memberView(db: Kysely<Database>, selectionId: string, staff: ResultsView): Promise<ResultsView> {
  const rounds = await db.selectFrom('rounds').select('state').where('selection_id', '=', selectionId).execute();
  const counted = staff.stages.some((s) => s.status === 'counted' && s.roundId !== null);
  const blind = membersBlind(
    counted,
    rounds.map((r) => r.state),
  );
  if (!blind) return { ...staff, blind };
  const selection = await db.selectFrom('selections').select('visible_fields').where('id', '=', selectionId).executeTakeFirstOrThrow();
  const nameVisible = visibleFieldsColumn.decode(selection.visible_fields).includes('name');
  return { ...staff, blind, rows: staff.rows.map((r) => ({ ...r, registrationNumber: null, name: nameVisible ? r.name : null })) };
}

/** The staff view comes from one computation per selection and stage; a member's is derived from it. */
async function entry(db: Kysely<Database>, selectionId: string, viewer: ResultsViewer, stageId: string | null): Promise<Entry> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const kind = viewer.role === 'member' ? 'member' : 'staff';
  const key = (k: string) => `${selectionId}\u0000${stageId ?? ''}\u0000${k}`;
  const version = await vaultVersion(db);
  const remember = (k: string, e: Entry) => {
    cache.delete(key(k));
    cache.set(key(k), e);
    while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    return e;
  };
  const hit = cache.get(key(kind));
  // Most recently used last.
  if (hit && hit.version === version) return remember(kind, hit);
  let staff = cache.get(key('staff'));
  if (!staff || staff.version !== version) {
    // The staff view needs no committee check (the API made it for a member already).
    const view = await resultsView(db, selectionId, { personId: null, role: 'chair' }, stageId);
    computations.set(db, (computations.get(db) ?? 0) + 1);
    staff = remember('staff', { version, view, criteria: await criteriaOf(db, selectionId, view), orders: new Map() });
  }
  if (kind === 'staff') return staff;
  return remember('member', { version, view: await memberView(db, selectionId, staff.view), criteria: staff.criteria, orders: new Map() });
}

const computations = new WeakMap<Kysely<Database>, number>();

/** How many times results were computed on this connection (tests: was a view served from the cache?). */
export function resultsComputations(db: Kysely<Database>): number {
  return computations.get(db) ?? 0;
}

/**
 * Computes a selection's overall results and their summary ahead of being asked (after a
 * change that moves them: main/api/results-warmup.ts). A selection whose results cannot be
 * computed yet is left alone: asking will give the same refusal.
 */
export async function warmResults(db: Kysely<Database>, selectionId: string): Promise<void> {
  try {
    await resultsSummary(db, selectionId, { personId: null, role: 'chair' }, null);
  } catch (e) {
    if (!(e instanceof PanelisError)) throw e;
  }
}

export const isFlagged = (r: ResultsRow) => r.flags.tooFewScorers.length > 0 || r.flags.disagreement.length > 0;

function matches(outcome: ResultsOutcomeFilter): (r: ResultsRow) => boolean {
  if (outcome === 'passed') return (r) => r.passed;
  if (outcome === 'failed') return (r) => !r.passed;
  if (outcome === 'flagged') return isFlagged;
  return () => true;
}

const OUTCOME_ORDER = ['passed', 'failed', 'notEligible', 'incomplete', 'withdrawn'];
const collator = new Intl.Collator('id-ID', { sensitivity: 'base', numeric: true });

type Key = (r: ResultsRow) => number | string | null;

function keyOf(column: ResultsSortColumn): Key | null {
  if (column === 'rank') return null;
  if (column === 'code') return (r) => r.code;
  if (column === 'name') return (r) => r.name;
  if (column === 'final') return (r) => r.final;
  if (column === 'outcome') return (r) => OUTCOME_ORDER.indexOf(r.outcome);
  if (column === 'flags') return (r) => r.flags.disagreement.length + r.flags.tooFewScorers.length;
  const [kind, stageId, criterionId] = column.split(':');
  if (kind === 'stage') return (r) => r.stages.find((s) => s.stageId === stageId)?.score ?? null;
  return (r) => r.stages.find((s) => s.stageId === stageId)?.criteria.find((c) => c.criterionId === criterionId)?.aggregate ?? null;
}

/**
 * The rows in the asked order. `rank` is the results' own order (best first, then failed,
 * incomplete, withdrawn); other columns sort by their value, empty values always last, equal
 * values in the results' order. Numbers compare in full precision.
 */
function ordered(rows: ResultsRow[], column: ResultsSortColumn, direction: 'asc' | 'desc'): ResultsRow[] {
  const key = keyOf(column);
  if (key === null) return direction === 'asc' ? rows : [...rows].reverse();
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = rows.map((r, i) => ({ r, i, k: key(r) }));
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
    const c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : collator.compare(String(a.k), String(b.k));
    return c !== 0 ? sign * c : a.i - b.i;
  });
  return keyed.map((x) => x.r);
}

export async function resultsSummary(
  db: Kysely<Database>,
  selectionId: string,
  viewer: ResultsViewer,
  stageId: string | null,
): Promise<ResultsSummary> {
  const e = await entry(db, selectionId, viewer, stageId);
  e.summary ??= summaryOf(e);
  return e.summary;
}

function summaryOf(e: Entry): ResultsSummary {
  const { rows, agreement, disagreements, ...rest } = e.view;
  let passed = 0;
  let flagged = 0;
  for (const r of rows) {
    if (r.passed) passed += 1;
    if (isFlagged(r)) flagged += 1;
  }
  const agenda = disagreements.slice(0, SUMMARY_AGENDA_LIMIT);
  const onAgenda = new Set(agenda.map((d) => d.applicantId));
  const agendaApplicants: ResultsSummary['agendaApplicants'] = {};
  for (const r of rows) if (onAgenda.has(r.applicantId)) agendaApplicants[r.applicantId] = { code: r.code, name: r.name };
  return {
    ...rest,
    agreement: agreement.map(({ members, applicants, leftOut, ...a }) => ({
      ...a,
      members: members.length,
      applicants: applicants.length,
      leftOut: leftOut.length,
    })),
    disagreements: agenda,
    disagreementTotal: disagreements.length,
    criteria: e.criteria,
    counts: { all: rows.length, passed, failed: rows.length - passed, flagged },
    agendaApplicants,
  };
}

export interface TableQuery {
  sort: { column: ResultsSortColumn; direction: 'asc' | 'desc' };
  filter: { outcome: ResultsOutcomeFilter; query: string };
  offset: number;
  limit: number;
}

export async function resultsTable(
  db: Kysely<Database>,
  selectionId: string,
  viewer: ResultsViewer,
  stageId: string | null,
  q: TableQuery,
): Promise<ResultsTablePage> {
  const e = await entry(db, selectionId, viewer, stageId);
  const text = q.filter.query.trim().toLocaleLowerCase('id-ID');
  const orderKey = `${q.sort.column}\u0000${q.sort.direction}\u0000${q.filter.outcome}\u0000${text}`;
  let rows = e.orders.get(orderKey);
  if (!rows) {
    const keep = matches(q.filter.outcome);
    // Only what this viewer receives is searched: a blind member's rows have no name to match.
    const hit = (r: ResultsRow) =>
      text === '' ||
      r.code.toLocaleLowerCase('id-ID').includes(text) ||
      (r.name?.toLocaleLowerCase('id-ID').includes(text) ?? false) ||
      (r.registrationNumber?.toLocaleLowerCase('id-ID').includes(text) ?? false);
    rows = ordered(e.view.rows, q.sort.column, q.sort.direction).filter((r) => keep(r) && hit(r));
    e.orders.set(orderKey, rows);
    while (e.orders.size > MAX_ORDERS) e.orders.delete(e.orders.keys().next().value!);
  }
  const withCriteria = stageId !== null;
  const lean = (r: ResultsRow): ResultsTableRow => ({
    applicantId: r.applicantId,
    code: r.code,
    registrationNumber: r.registrationNumber,
    name: r.name,
    status: r.status,
    final: r.final,
    rank: r.rank,
    passed: r.passed,
    outcome: r.outcome,
    reason: r.reason,
    flags: r.flags,
    stages: r.stages.map((x) => ({
      stageId: x.stageId,
      score: x.score,
      outcome: x.outcome,
      criteria: withCriteria ? x.criteria.map((c) => ({ criterionId: c.criterionId, aggregate: c.aggregate })) : [],
    })),
  });
  return { total: rows.length, offset: q.offset, rows: rows.slice(q.offset, q.offset + q.limit).map(lean) };
}

/** The whole view (for the export), from the same cache as the screen: the same figures. */
export async function cachedView(
  db: Kysely<Database>,
  selectionId: string,
  viewer: ResultsViewer,
  stageId: string | null,
): Promise<{ view: ResultsView; criteria: ResultsCriterionInfo[] }> {
  const e = await entry(db, selectionId, viewer, stageId);
  return { view: e.view, criteria: e.criteria };
}
