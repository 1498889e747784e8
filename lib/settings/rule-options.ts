import type { RuleOptions } from '../rules/types';
import type { Settings } from './types';

/** The part of the settings rules read through RuleContext.options. */
export function ruleOptionsFrom(settings: Pick<Settings, 'allowLocalTags'>): RuleOptions {
  return { allowLocalTags: settings.allowLocalTags };
}
