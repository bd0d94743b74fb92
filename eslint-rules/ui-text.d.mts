import type { Rule } from 'eslint';

export const TEXT_ATTRIBUTES: ReadonlySet<string>;
export const noLiteralUiText: Rule.RuleModule;
export const noGluedBilingual: Rule.RuleModule;
export function gluesTwoLanguages(text: string): boolean;
declare const plugin: { rules: Record<string, Rule.RuleModule> };
export default plugin;
