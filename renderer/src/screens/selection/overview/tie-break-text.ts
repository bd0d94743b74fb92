import type { TFunction } from 'i18next';
import type { SelectionSetup, TieBreak } from '../../../../../shared/selection/selection';

/** "Total nilai SKD", "Nilai TKP (SKD)", "IPK lebih tinggi", "Usia lebih tua". */
export function tieBreakText(rule: TieBreak, setup: SelectionSetup, t: TFunction): string {
  switch (rule.kind) {
    case 'stageTotal': {
      const stage = setup.stages.find((s) => s.id === rule.stageId);
      return t('setup.tieBreak.stageTotal', { stage: stage?.name ?? t('setup.issues.unnamedStage') });
    }
    case 'criterion': {
      const stage = setup.stages.find((s) => s.id === rule.stageId);
      const c = stage?.rubric?.criteria.find((x) => x.id === rule.criterionId);
      return t('setup.tieBreak.criterion', {
        criterion: c ? c.code || c.name : t('setup.issues.unnamedCriterion'),
        stage: stage?.name ?? t('setup.issues.unnamedStage'),
      });
    }
    case 'gpa':
      return t('setup.tieBreak.gpa');
    case 'olderFirst':
      return t('setup.tieBreak.olderFirst');
  }
}
