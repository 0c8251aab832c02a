import type { Rule } from 'eslint'

/** table → owning concern, from each concern's `interface Database` declarations. */
export function tableOwners(): Map<string, string>
declare const rule: Rule.RuleModule
export default rule
