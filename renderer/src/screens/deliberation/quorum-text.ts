import type { TFunction } from 'i18next';
import type { QuorumRule } from '../../../../shared/contract';

/** The quorum rule in words. */
export function quorumRuleText(t: TFunction, rule: QuorumRule): string {
  return rule.kind === 'atLeast'
    ? t('deliberation.config.rule.atLeast', { count: rule.count })
    : t(`deliberation.config.rule.${rule.kind}`);
}
