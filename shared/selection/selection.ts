import { z } from 'zod';
import { rubricSchema } from './rubric';

export const selectionKinds = ['cpns', 'pppk', 'jpt', 'promotion', 'other'] as const;
export type SelectionKind = (typeof selectionKinds)[number];

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max);
/** Calendar dates as ISO yyyy-mm-dd; shown to people in the locale's long form. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const positionSchema = z.object({
  id,
  name: text(300).min(1),
  places: z.number().int().min(1).max(100000),
  /** How many candidates the committee proposes per place (JPT: 3). */
  proposePerPlace: z.number().int().min(1).max(10),
});

export const stageSchema = z.object({
  id,
  name: text(200).min(1),
  /** gate: MS/TMS decision only (administrasi); scored: contributes to the result with its weight. */
  kind: z.enum(['gate', 'scored']),
  /** Percent of the final result; 0 for gates. */
  weight: z.number().min(0).max(100),
  /** Sistem gugur: only those who pass this stage go on to the next. */
  eliminates: z.boolean(),
  /** panel: scored by the committee; external: imported (CAT BKN, psychological test, assessment centre). */
  source: z.enum(['panel', 'external']),
  /** Present for scored stages. */
  rubric: rubricSchema.nullable(),
  /** For `combine: 'sum'` stages: the maximum raw total, to normalise (SKD 550, SKB set per selection). */
  maxTotal: z.number().positive().nullable(),
  /** The range a regulation allows for this stage's weight; the editor warns outside it. */
  weightGuide: z.object({ min: z.number(), max: z.number(), source: text(300) }).nullable(),
});

/** Ordered tie-break rules, applied after the final score; everything equal -> shared rank. */
export const tieBreakSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stageTotal'), stageId: id }),
  z.object({ kind: z.literal('criterion'), stageId: id, criterionId: id }),
  z.object({ kind: z.literal('gpa') }),
  z.object({ kind: z.literal('olderFirst') }),
]);

export const selectionSetupSchema = z.object({
  kind: z.enum(selectionKinds),
  title: text(300).min(3),
  agency: text(300),
  unit: text(300),
  address: text(500),
  decreeNumber: text(200),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  positions: z.array(positionSchema).max(200),
  stages: z.array(stageSchema).max(20),
  tieBreak: z.array(tieBreakSchema).max(10),
});

export type Position = z.output<typeof positionSchema>;
export type Stage = z.output<typeof stageSchema>;
export type TieBreak = z.output<typeof tieBreakSchema>;
export type SelectionSetup = z.output<typeof selectionSetupSchema>;

/** Stage weights across a selection's scored stages must sum to 100 %. */
export function stageWeightSum(stages: Stage[]): number {
  return stages.filter((s) => s.kind === 'scored').reduce((a, s) => a + s.weight, 0);
}
