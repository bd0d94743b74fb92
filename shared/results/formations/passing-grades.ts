import type { Stage } from '../../selection/selection';
import { ResultsInputError } from '../input-error';
import { textKey } from './text-key';
import type { JenisPassingGrades, PassingGrade, QuotaGate } from './types';

/** The grade for one jenis on one stage: its row, or `otherwise` for a jenis not listed. */
export function gradeFor(grades: JenisPassingGrades, jenis: string): PassingGrade {
  const key = textKey(jenis);
  return grades.byJenis.find((row) => row.jenis.some((j) => textKey(j) === key))?.grade ?? grades.otherwise;
}

/** CPNS 2024 SKD passing grades by criterion code (KepmenPANRB 321/2024): to be checked each year. */
export const cpns2024SkdGrades = {
  source: 'KepmenPANRB 321/2024',
  byJenis: [
    { jenis: ['CUMLAUDE', 'DIASPORA'], total: 311, components: { TIU: 85 } },
    { jenis: ['DISABILITAS', 'PUTRA/PUTRI PAPUA'], total: 286, components: { TIU: 60 } },
  ],
  /** UMUM and every jenis not listed. */
  otherwise: { total: null, components: { TWK: 65, TIU: 80, TKP: 166 } },
} as const;

/** CPNS SKD: 3 x kebutuhan advance to SKB, by SKD total, then TKP, TIU, TWK. */
export const cpnsSkdQuota = { perPlace: 3, keyCodes: ['TKP', 'TIU', 'TWK'] } as const;

function idOfCode(stage: Stage, code: string): string {
  const c = stage.rubric?.criteria.find((x) => x.code === code);
  if (!c) throw new ResultsInputError(`stage ${stage.id} has no criterion coded ${code}`);
  return c.id;
}

/** The CPNS 2024 grades bound to a set-up's SKD stage (its criteria found by code). */
export function cpnsSkdPassingGrades(skd: Stage): JenisPassingGrades {
  const bind = (g: { total: number | null; components: Readonly<Record<string, number>> }): PassingGrade => ({
    total: g.total,
    components: Object.fromEntries(Object.entries(g.components).map(([code, min]) => [idOfCode(skd, code), min])),
  });
  return {
    stageId: skd.id,
    source: cpns2024SkdGrades.source,
    byJenis: cpns2024SkdGrades.byJenis.map((row) => ({ jenis: row.jenis, grade: bind(row) })),
    otherwise: bind(cpns2024SkdGrades.otherwise),
  };
}

/** The CPNS quota gate bound to a set-up's SKD stage. */
export function cpnsSkdQuotaGate(skd: Stage): QuotaGate {
  return {
    stageId: skd.id,
    perPlace: cpnsSkdQuota.perPlace,
    keys: cpnsSkdQuota.keyCodes.map((code) => ({ kind: 'criterion' as const, stageId: skd.id, criterionId: idOfCode(skd, code) })),
  };
}
