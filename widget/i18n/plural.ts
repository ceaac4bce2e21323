// Counted texts: which form a number takes in the language shown. Dutch and English both have "one" and "other", so
// a text gives both forms as separate messages and this picks one: `isOne(n) ? msg(…one…) : msg(…other…)`.
import { getLocale } from './localization.js';

const rulesByLocale = new Map<string, Intl.PluralRules>();

export function isOne(count: number): boolean {
  const locale = getLocale();
  let rules = rulesByLocale.get(locale);
  if (!rules) rulesByLocale.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one';
}
