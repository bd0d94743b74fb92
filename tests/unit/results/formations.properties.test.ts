import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFormations } from '../../../shared/results/formations/formations';
import { advancing } from '../../../shared/results/formations/quota';
import { rank } from '../../../shared/results/ranking';
import type { TieColumn } from '../../../shared/results/tie-break';
import type { Formation, FormationApplicant, FormationResults } from '../../../shared/results/formations/types';
import { cpns, cpnsInput, cpnsRules, formation, skb, skbC, skd, tkp, twk } from './formations.fixtures';

const RUNS = { numRuns: 150 };

interface Drawn {
  skd: [number, number, number] | 'TH';
  skb: number | 'TH' | null;
  gpa: number | null;
  born: string | null;
  aps: boolean;
}

// Scores drawn close to the passing grades and with few distinct values, so cuts, ties and
// empty places all happen.
const drawn: fc.Arbitrary<Drawn> = fc.record({
  skd: fc.oneof(
    {
      weight: 12,
      arbitrary: fc.tuple(fc.integer({ min: 55, max: 75 }), fc.integer({ min: 70, max: 90 }), fc.integer({ min: 160, max: 175 })),
    },
    { weight: 1, arbitrary: fc.constant('TH' as const) },
  ),
  skb: fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 300, max: 310 }) },
    { weight: 1, arbitrary: fc.constantFrom('TH' as const, null) },
  ),
  gpa: fc.constantFrom(null, 3.0, 3.5),
  born: fc.constantFrom(null, '1990-01-01', '1995-06-15'),
  aps: fc.constantFrom(false, false, false, false, false, false, false, true),
});

interface FormationDraw {
  jabatan: string;
  lokasi: string;
  jenis: string;
  kebutuhan: number;
  applicants: [Drawn, boolean][];
}

const formationDraw: fc.Arbitrary<FormationDraw> = fc.record({
  jabatan: fc.constantFrom('Analis', 'Pranata', 'Arsiparis'),
  lokasi: fc.constantFrom('Jakarta', 'Bandung'),
  jenis: fc.constantFrom('UMUM', 'CUMLAUDE', 'DISABILITAS'),
  kebutuhan: fc.integer({ min: 1, max: 3 }),
  /** With the flag, every fifth applicant is TMS at administration. */
  applicants: fc.array(fc.tuple(drawn, fc.boolean()), { maxLength: 12 }),
});

const selection = fc.array(formationDraw, { minLength: 1, maxLength: 6 });
type Selection = FormationDraw[];

function build(sel: Selection): { formations: Formation[]; applicants: FormationApplicant[] } {
  const formations = sel.map((f, i) =>
    formation(`F${i}`, { jabatan: f.jabatan, lokasi: f.lokasi, jenis: f.jenis, kebutuhan: f.kebutuhan }),
  );
  const applicants = sel.flatMap((f, i) =>
    f.applicants.map(([d, tms], j) =>
      cpns(`F${i}-${j}`, `F${i}`, d.skd, d.skb, {
        gpa: d.gpa,
        birthDate: d.born,
        tms: tms && j % 5 === 4,
        withdrawal: d.aps ? { reason: 'APS' } : null,
      }),
    ),
  );
  return { formations, applicants };
}

function standing(r: FormationResults, formationIds: ReadonlySet<string>) {
  return r.applicants
    .filter((a) => formationIds.has(a.formationId))
    .map((a) => [a.applicantId, a.formationRank, a.keterangan, a.placedIn, a.advances[skd.id] ?? null]);
}

describe('formation rules: properties', () => {
  it('a change in one formation never changes another’s results unless optimalisasi links them (same jabatan)', () => {
    fc.assert(
      fc.property(
        selection,
        fc.nat(),
        fc.array(fc.tuple(drawn, fc.boolean()), { maxLength: 12 }),
        fc.boolean(),
        (sel, pick, replacement, optimalisasi) => {
          const k = pick % sel.length;
          const changed = sel.map((f, i) => (i === k ? { ...f, applicants: replacement } : f));
          const rules = { ...cpnsRules, optimalisasi };
          const before = build(sel);
          const after = build(changed);
          const r1 = computeFormations(cpnsInput(before.formations, before.applicants, { rules }));
          const r2 = computeFormations(cpnsInput(after.formations, after.applicants, { rules }));
          const linked = (f: Formation) => optimalisasi && f.jabatan === before.formations[k]!.jabatan;
          const others = new Set(before.formations.filter((f, i) => i !== k && !linked(f)).map((f) => f.id));
          expect(standing(r2, others)).toEqual(standing(r1, others));
        },
      ),
      RUNS,
    );
  });

  it('raising a score never lowers a formationRank', () => {
    fc.assert(
      fc.property(
        selection,
        fc.nat(),
        fc.constantFrom('twk', 'tkp', 'skb'),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (sel, pick, which, delta, optimalisasi) => {
          const { formations, applicants } = build(sel);
          const rules = { ...cpnsRules, optimalisasi };
          const before = computeFormations(cpnsInput(formations, applicants, { rules }));
          const ranked = before.applicants.filter((a) => a.formationRank !== null);
          if (ranked.length === 0) return;
          const target = ranked[pick % ranked.length]!;
          const raised = applicants.map((a) => {
            if (a.id !== target.applicantId) return a;
            const stageId = which === 'skb' ? skb.id : skd.id;
            const criterionId = which === 'skb' ? skbC.id : which === 'twk' ? twk.id : tkp.id;
            const old = a.values[stageId]![criterionId];
            if (typeof old !== 'number') throw new Error('a ranked applicant has every value');
            return { ...a, values: { ...a.values, [stageId]: { ...a.values[stageId], [criterionId]: old + delta } } };
          });
          const after = computeFormations(cpnsInput(formations, raised, { rules }));
          const now = after.applicants.find((a) => a.applicantId === target.applicantId)!;
          expect(now.formationRank).not.toBeNull();
          expect(now.formationRank!).toBeLessThanOrEqual(target.formationRank!);
        },
      ),
      RUNS,
    );
  });

  it('is the same whatever order the applicants arrive in', () => {
    fc.assert(
      fc.property(selection, (sel) => {
        const { formations, applicants } = build(sel);
        const r1 = computeFormations(cpnsInput(formations, applicants));
        const r2 = computeFormations(cpnsInput(formations, [...applicants].reverse()));
        expect(r2).toEqual(r1);
      }),
      RUNS,
    );
  });

  it('never places more than the empty places except for a stated tie, and one place per applicant', () => {
    fc.assert(
      fc.property(selection, (sel) => {
        const { formations, applicants } = build(sel);
        const r = computeFormations(cpnsInput(formations, applicants));
        for (const f of r.formations) {
          const placed = r.applicants.filter((a) => a.placedIn === f.formationId).length;
          expect(placed).toBe(f.filledL1 + f.filledL2);
          if (!f.overfilled) expect(f.lulus + placed).toBeLessThanOrEqual(f.slots);
          if (placed > 0) expect(f.lulus).toBeLessThan(f.slots);
        }
        for (const a of r.applicants) if (a.placedIn !== null) expect(['L-1', 'L-2']).toContain(a.keterangan);
      }),
      RUNS,
    );
  });

  it('a quota gate that ranks only the contenders decides exactly as ranking everyone', () => {
    // Scores on a coarse grid plus float noise (0.1 + 0.2 against 0.3), keys with ties and gaps.
    const entry = fc.record({
      score: fc.integer({ min: 0, max: 8 }),
      noise: fc.constantFrom(0, 1e-12, -1e-12, 0.1 + 0.2 - 0.3),
      key: fc.constantFrom(null, 1, 2),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (entries, cut) => {
        const ids = entries.map((_, i) => `a${i}`);
        const score = (id: string) => entries[Number(id.slice(1))]!.score / 2 + entries[Number(id.slice(1))]!.noise;
        const column: TieColumn = {
          step: { ruleIndex: 0, rule: { kind: 'gpa' }, label: { id: 'IPK', en: 'GPA' } },
          order: 'higherFirst',
          key: (id) => entries[Number(id.slice(1))]!.key,
        };
        const all = rank(ids, score, [column]);
        const expected = ids.filter((id) => all.byId.get(id)!.rank <= cut).sort();
        expect([...advancing(ids, score, [column], cut)].sort()).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
