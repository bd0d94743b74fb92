import { z } from 'zod';

/**
 * A stage's rubric (instrumen penilaian): criteria, optionally grouped into aspects, each
 * with a weight and a scale. Stored as one JSON document per version, so a frozen version
 * never changes and scores can always be read against the rubric they were given under.
 */
const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max);

export const levelSchema = z.object({
  value: z.number().finite(),
  label: text(80).min(1),
  descriptor: text(2000),
});

export const scaleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('numeric'), min: z.number().finite(), max: z.number().finite(), step: z.number().positive() }),
  z.object({ type: z.literal('levels'), levels: z.array(levelSchema).min(2).max(11) }),
]);

export const criterionSchema = z.object({
  id,
  code: text(20),
  name: text(300).min(1),
  description: text(4000),
  /** Within its aspect (or the stage when there are no aspects), in percent. */
  weight: z.number().min(0).max(100),
  scale: scaleSchema,
  /** The lowest acceptable aggregated score (nilai minimal / passing grade), on the criterion's scale. */
  minimum: z.number().finite().nullable(),
  /** A note is required for scores at either extreme of the scale. */
  justificationRequired: z.boolean(),
  aspectId: id.nullable(),
});

export const aspectSchema = z.object({
  id,
  name: text(300).min(1),
  /** Within the stage, in percent. */
  weight: z.number().min(0).max(100),
});

export const rubricSchema = z.object({
  aspects: z.array(aspectSchema).max(50),
  criteria: z.array(criterionSchema).max(200),
  /** How criteria combine into the stage score: weighted percentages, or a plain sum (CAT scores). */
  combine: z.enum(['weighted', 'sum']),
  /** Stage threshold on the stage score (0-100 when weighted; raw points when summed). */
  threshold: z.number().finite().nullable(),
});

export type Level = z.output<typeof levelSchema>;
export type Scale = z.output<typeof scaleSchema>;
export type Criterion = z.output<typeof criterionSchema>;
export type Aspect = z.output<typeof aspectSchema>;
export type Rubric = z.output<typeof rubricSchema>;

export function scaleRange(scale: Scale): { min: number; max: number } {
  if (scale.type === 'numeric') return { min: scale.min, max: scale.max };
  const values = scale.levels.map((l) => l.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** Weights are percentages entered by people: compare sums with a tolerance, not exactly. */
export const WEIGHT_TOLERANCE = 1e-6;
export function sumsTo100(weights: number[]): boolean {
  return Math.abs(weights.reduce((a, b) => a + b, 0) - 100) < WEIGHT_TOLERANCE;
}

export type RubricIssue =
  | { kind: 'empty' }
  | { kind: 'aspectWeights'; sum: number }
  | { kind: 'criterionWeights'; aspectId: string | null; sum: number }
  | { kind: 'criterionWithoutAspect'; criterionId: string }
  | { kind: 'unknownAspect'; criterionId: string }
  | { kind: 'emptyAspect'; aspectId: string }
  | { kind: 'badScale'; criterionId: string }
  | { kind: 'minimumOutOfScale'; criterionId: string }
  | { kind: 'duplicateId'; id: string };

const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Everything that keeps a rubric from being used for scoring. An empty list means scoring
 * may open. With `combine: 'sum'` weights are not used and need not sum to 100.
 */
export function rubricIssues(rubric: Rubric): RubricIssue[] {
  const issues: RubricIssue[] = [];
  if (rubric.criteria.length === 0) return [{ kind: 'empty' }];
  const ids = [...rubric.aspects.map((a) => a.id), ...rubric.criteria.map((c) => c.id)];
  for (const dup of new Set(ids.filter((x, i) => ids.indexOf(x) !== i))) issues.push({ kind: 'duplicateId', id: dup });

  for (const c of rubric.criteria) {
    const s = c.scale;
    const bad =
      s.type === 'numeric' ? !(s.max > s.min) || s.step > s.max - s.min : new Set(s.levels.map((l) => l.value)).size !== s.levels.length;
    if (bad) issues.push({ kind: 'badScale', criterionId: c.id });
    if (c.minimum !== null) {
      const r = scaleRange(c.scale);
      if (c.minimum < r.min || c.minimum > r.max) issues.push({ kind: 'minimumOutOfScale', criterionId: c.id });
    }
  }
  if (rubric.combine === 'sum') return issues;

  if (rubric.aspects.length > 0) {
    const aspectIds = new Set(rubric.aspects.map((a) => a.id));
    const sum = total(rubric.aspects.map((a) => a.weight));
    if (!sumsTo100(rubric.aspects.map((a) => a.weight))) issues.push({ kind: 'aspectWeights', sum });
    for (const c of rubric.criteria) {
      if (c.aspectId === null) issues.push({ kind: 'criterionWithoutAspect', criterionId: c.id });
      else if (!aspectIds.has(c.aspectId)) issues.push({ kind: 'unknownAspect', criterionId: c.id });
    }
    for (const a of rubric.aspects) {
      const weights = rubric.criteria.filter((c) => c.aspectId === a.id).map((c) => c.weight);
      if (weights.length === 0) issues.push({ kind: 'emptyAspect', aspectId: a.id });
      else if (!sumsTo100(weights)) issues.push({ kind: 'criterionWeights', aspectId: a.id, sum: total(weights) });
    }
  } else {
    const weights = rubric.criteria.map((c) => c.weight);
    if (!sumsTo100(weights)) issues.push({ kind: 'criterionWeights', aspectId: null, sum: total(weights) });
  }
  return issues;
}
