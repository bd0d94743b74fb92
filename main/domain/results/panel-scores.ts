import { sql, type Kysely } from 'kysely';
import type { ScoreTable } from '../../../shared/results/types';
import type { Rubric } from '../../../shared/selection/rubric';
import type { Database } from '../../vault/schema';

/** Between criterion ids in one group (ids are checked against it: see below). */
const SEP = '\u001f';

/**
 * The counted scores of one closed round, packed (`ScoreTable`): the scores of submitted
 * (signed) sheets only, with a value, on the frozen rubric's criteria (anything else is not
 * a score of this round).
 *
 * Fast at scale (issue 5: a million scores): SQLite hands over one row per member and
 * applicant, in primary-key order with no sort, its criteria and values concatenated; a row
 * per score would cost more in the driver (about a microsecond each) than the whole
 * computation. Both concatenations receive the group's rows in the same order, so the i-th
 * criterion goes with the i-th value. Values are written exactly: whole numbers as integers,
 * others as SQLite's round-trip (17 significant digits) text of the double.
 */
export async function loadPanelScores(db: Kysely<Database>, roundId: string, rubric: Rubric): Promise<ScoreTable> {
  const criteria = rubric.criteria.map((c) => c.id);
  if (criteria.some((id) => id.includes(SEP))) return loadRowByRow(db, roundId, criteria);
  const scorers = await db
    .selectFrom('round_scorers')
    .select('person_id')
    .where('round_id', '=', roundId)
    .where('status', '=', 'submitted')
    .orderBy('person_id')
    .execute();
  const criterionIndex = new Map(criteria.map((id, i) => [id, i]));
  const t = emptyTable(criteria, 16);
  const memberIndex = new Map<string, number>();
  const applicantIndex = new Map<string, number>();
  // Nearly every group lists the same criteria in the same order: split each distinct list once.
  const layouts = new Map<string, Int32Array>();
  // One member at a time: each member's groups are read, packed and dropped before the next
  // member's are asked for, so the garbage collector never carries a whole round of row
  // objects (it copies what survives; at a million scores that copying cost more than the rest).
  for (const { person_id: personId } of scorers) {
    const groups = await sql<{ a: string; c: string; v: string }>`
      select applicant_id as a, group_concat(criterion_id, char(31)) as c,
        group_concat(case when value = cast(value as integer) then cast(value as integer) else value end, ',') as v
      from scores
      where round_id = ${roundId} and person_id = ${personId} and value is not null
      group by applicant_id`.execute(db);
    if (groups.rows.length === 0) continue;
    const m = indexOf(memberIndex, t.members as string[], personId);
    let a = -1;
    for (const g of groups.rows) {
      let layout = layouts.get(g.c);
      if (!layout) {
        layout = Int32Array.from(g.c.split(SEP), (id) => criterionIndex.get(id) ?? -1);
        layouts.set(g.c, layout);
      }
      const values = parseNumbers(g.v, layout.length);
      // A criterion id holding the separator (not one of the rubric's): read this round row by row.
      if (values === null) return loadRowByRow(db, roundId, criteria);
      // Each member's groups come over the applicants in the same (key) order: the next
      // applicant is nearly always the one after the last, so compare before hashing.
      a = t.applicants[a + 1] === g.a ? a + 1 : indexOf(applicantIndex, t.applicants as string[], g.a);
      for (let i = 0; i < layout.length; i++) {
        const c = layout[i]!;
        if (c < 0) continue;
        push(t, m, a, c, values[i]!);
      }
    }
  }
  return t;
}

function indexOf(map: Map<string, number>, list: string[], id: string): number {
  let i = map.get(id);
  if (i === undefined) {
    i = list.length;
    list.push(id);
    map.set(id, i);
  }
  return i;
}

function emptyTable(criteria: string[], capacity: number): ScoreTable {
  const n = Math.max(16, capacity);
  return {
    members: [],
    applicants: [],
    criteria,
    member: new Int32Array(n),
    applicant: new Int32Array(n),
    criterion: new Int32Array(n),
    value: new Float64Array(n),
    length: 0,
  };
}

function push(t: ScoreTable, m: number, a: number, c: number, v: number): void {
  if (t.length === t.value.length) {
    const grow = <T extends Int32Array | Float64Array>(x: T): T => {
      const y = new (x.constructor as new (n: number) => T)(x.length * 2);
      y.set(x);
      return y;
    };
    t.member = grow(t.member);
    t.applicant = grow(t.applicant);
    t.criterion = grow(t.criterion);
    t.value = grow(t.value);
  }
  const i = t.length++;
  t.member[i] = m;
  t.applicant[i] = a;
  t.criterion[i] = c;
  t.value[i] = v;
}

const scratch: number[] = [];

/**
 * The comma-separated numbers of one group, or null when there are not `expected` of them.
 * Plain integers are read digit by digit; anything else (a fraction, an exponent) by `Number`.
 */
function parseNumbers(text: string, expected: number): number[] | null {
  scratch.length = 0;
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let i = start;
    let negative = false;
    if (text.charCodeAt(i) === 45) {
      negative = true;
      i++;
    }
    let x = 0;
    let digits = 0;
    let plain = true;
    for (; i < n; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 44) break;
      if (ch < 48 || ch > 57) plain = false;
      else x = x * 10 + (ch - 48);
      digits++;
    }
    // Integers beyond 2^53 or with other characters go through Number: exact either way.
    scratch.push(plain && digits > 0 && digits < 16 ? (negative ? -x : x) : Number(text.slice(start, i)));
    start = i + 1;
  }
  return scratch.length === expected ? scratch : null;
}

/** The plain query, one row per score: only when a rubric's criterion id holds the separator. */
async function loadRowByRow(db: Kysely<Database>, roundId: string, criteria: string[]): Promise<ScoreTable> {
  const rows = await db
    .selectFrom('scores as s')
    .innerJoin('round_scorers as r', (j) => j.onRef('r.round_id', '=', 's.round_id').onRef('r.person_id', '=', 's.person_id'))
    .select(['s.person_id', 's.applicant_id', 's.criterion_id', 's.value'])
    .where('s.round_id', '=', roundId)
    .where('r.status', '=', 'submitted')
    .where('s.value', 'is not', null)
    .execute();
  const criterionIndex = new Map(criteria.map((id, i) => [id, i]));
  const t = emptyTable(criteria, rows.length);
  const memberIndex = new Map<string, number>();
  const applicantIndex = new Map<string, number>();
  for (const r of rows) {
    const c = criterionIndex.get(r.criterion_id);
    if (r.value === null || c === undefined) continue;
    push(
      t,
      indexOf(memberIndex, t.members as string[], r.person_id),
      indexOf(applicantIndex, t.applicants as string[], r.applicant_id),
      c,
      r.value,
    );
  }
  return t;
}
