import type { TFunction } from 'i18next';
import type { SetupIssue } from '../../../../../shared/contract';
import type { Language } from '../../../../../shared/errors';
import type { RubricIssue } from '../../../../../shared/selection/rubric';
import type { SelectionSetup, Stage } from '../../../../../shared/selection/selection';
import { formatPercent, formatPercentRange, formatValue } from '../format';

/** One issue as a sentence: what is wrong, and what to do about it. */
export interface IssueText {
  problem: string;
  fix: string;
}

function criterionName(stage: Stage | undefined, criterionId: string, t: TFunction): string {
  const c = stage?.rubric?.criteria.find((x) => x.id === criterionId);
  if (!c) return t('setup.issues.unnamedCriterion');
  return c.code ? `${c.code} ${c.name}` : c.name;
}

function aspectName(stage: Stage | undefined, aspectId: string | null, t: TFunction): string {
  return stage?.rubric?.aspects.find((a) => a.id === aspectId)?.name ?? t('setup.issues.unnamedAspect');
}

function rubricText(issue: RubricIssue, stage: Stage | undefined, stageName: string, t: TFunction, lang: Language): IssueText {
  switch (issue.kind) {
    case 'empty':
      return { problem: t('setup.issues.empty', { stage: stageName }), fix: t('setup.issues.emptyFix') };
    case 'aspectWeights':
      return {
        problem: t('setup.issues.aspectWeights', { stage: stageName, sum: formatPercent(issue.sum, lang) }),
        fix: t('setup.issues.aspectWeightsFix'),
      };
    case 'criterionWeights':
      return issue.aspectId === null
        ? {
            problem: t('setup.issues.criterionWeights', { stage: stageName, sum: formatPercent(issue.sum, lang) }),
            fix: t('setup.issues.criterionWeightsFix'),
          }
        : {
            problem: t('setup.issues.criterionWeightsInAspect', {
              stage: stageName,
              aspect: aspectName(stage, issue.aspectId, t),
              sum: formatPercent(issue.sum, lang),
            }),
            fix: t('setup.issues.criterionWeightsFix'),
          };
    case 'criterionWithoutAspect':
      return {
        problem: t('setup.issues.criterionWithoutAspect', { stage: stageName, criterion: criterionName(stage, issue.criterionId, t) }),
        fix: t('setup.issues.chooseAspectFix'),
      };
    case 'unknownAspect':
      return {
        problem: t('setup.issues.unknownAspect', { stage: stageName, criterion: criterionName(stage, issue.criterionId, t) }),
        fix: t('setup.issues.chooseAspectFix'),
      };
    case 'emptyAspect':
      return {
        problem: t('setup.issues.emptyAspect', { stage: stageName, aspect: aspectName(stage, issue.aspectId, t) }),
        fix: t('setup.issues.emptyAspectFix'),
      };
    case 'badScale':
      return {
        problem: t('setup.issues.badScale', { stage: stageName, criterion: criterionName(stage, issue.criterionId, t) }),
        fix: t('setup.issues.badScaleFix'),
      };
    case 'minimumOutOfScale':
      return {
        problem: t('setup.issues.minimumOutOfScale', { stage: stageName, criterion: criterionName(stage, issue.criterionId, t) }),
        fix: t('setup.issues.minimumOutOfScaleFix'),
      };
    case 'duplicateId':
      return { problem: t('setup.issues.duplicateId', { stage: stageName }), fix: t('setup.issues.duplicateIdFix') };
  }
}

export function issueText(issue: SetupIssue, setup: SelectionSetup, t: TFunction, lang: Language): IssueText {
  const stage = 'stageId' in issue ? setup.stages.find((s) => s.id === issue.stageId) : undefined;
  const stageName = stage?.name ?? t('setup.issues.unnamedStage');
  switch (issue.kind) {
    case 'noStages':
      return { problem: t('setup.issues.noStages'), fix: t('setup.issues.noStagesFix') };
    case 'noMembers':
      return { problem: t('setup.issues.noMembers'), fix: t('setup.issues.noMembersFix') };
    case 'stageWeights':
      return { problem: t('setup.issues.stageWeights', { sum: formatPercent(issue.sum, lang) }), fix: t('setup.issues.stageWeightsFix') };
    case 'weightOutsideGuide':
      return {
        problem: t('setup.issues.weightOutsideGuide', {
          stage: stageName,
          weight: formatPercent(issue.weight, lang),
          range: formatPercentRange(issue.min, issue.max, lang),
          source: issue.source,
        }),
        fix: t('setup.issues.weightOutsideGuideFix', { min: formatValue(issue.min, lang), max: formatValue(issue.max, lang) }),
      };
    case 'missingRubric':
      return { problem: t('setup.issues.missingRubric', { stage: stageName }), fix: t('setup.issues.emptyFix') };
    case 'rubric':
      return rubricText(issue.issue, stage, stageName, t, lang);
  }
}
