import type { Rubric } from '../selection/rubric';
import type { Stage } from '../selection/selection';
import { givenScores, type PanelCriteria } from './criteria';
import { formatScore } from './display';
import type { Names } from './names';
import type { ApplicantResult, Disagreement } from './types';

/**
 * The flagged spreads as proposed agenda items for the deliberation: applicants still in the
 * stage (not eliminated, not withdrawn), in stage order, the largest spread first, then by
 * applicant and the rubric's criterion order.
 */
export function disagreementsOf(
  stages: readonly Stage[],
  rubrics: ReadonlyMap<string, Rubric>,
  panels: ReadonlyMap<string, PanelCriteria>,
  applicants: readonly ApplicantResult[],
  names: Names,
): Disagreement[] {
  const out: Disagreement[] = [];
  for (const stage of stages) {
    const panel = panels.get(stage.id);
    const rubric = rubrics.get(stage.id);
    if (!panel || !rubric) continue;
    const items: { d: Disagreement; order: number }[] = [];
    for (const a of applicants) {
      const s = a.stages.find((x) => x.stageId === stage.id);
      if (!s || s.outcome === 'notEligible') continue;
      for (const c of s.criteria) {
        if (!c.flaggedSpread || c.spread === null || c.spreadLimit === null) continue;
        const given = givenScores(panel, a.applicantId, c.criterionId);
        const lowest = Math.min(...given);
        const highest = Math.max(...given);
        const cn = names.criterion(stage.id, c.criterionId);
        const sn = names.stage(stage.id);
        const f = (x: number, l: 'id' | 'en') => formatScore(x, l);
        items.push({
          order: rubric.criteria.findIndex((x) => x.id === c.criterionId),
          d: {
            stageId: stage.id,
            applicantId: a.applicantId,
            criterionId: c.criterionId,
            spread: c.spread,
            limit: c.spreadLimit,
            lowest,
            highest,
            scorers: given.length,
            text: {
              id: `Selisih nilai antaranggota pada ${cn} (tahap ${sn}) ${f(c.spread, 'id')}: terendah ${f(lowest, 'id')}, tertinggi ${f(highest, 'id')}, batas ${f(c.spreadLimit, 'id')}. Diusulkan untuk dibahas.`,
              en: `Members' scores on ${cn} (stage ${sn}) differ by ${f(c.spread, 'en')}: lowest ${f(lowest, 'en')}, highest ${f(highest, 'en')}, limit ${f(c.spreadLimit, 'en')}. Proposed for discussion.`,
            },
          },
        });
      }
    }
    items.sort(
      (x, y) =>
        y.d.spread - x.d.spread ||
        (x.d.applicantId < y.d.applicantId ? -1 : x.d.applicantId > y.d.applicantId ? 1 : 0) ||
        x.order - y.order,
    );
    out.push(...items.map((i) => i.d));
  }
  return out;
}
