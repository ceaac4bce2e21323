// Runtime localization (@lit/localize): Dutch is the source language, English is loaded on demand.
import { configureLocalization, type LocaleModule } from '@lit/localize';

export type Locale = 'nl' | 'en';
export const sourceLocale: Locale = 'nl';

/** English texts of another bundle built from these sources (the console), loaded together with the widget's. */
const moreEnglish: (() => Promise<LocaleModule>)[] = [];

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales: ['en'],
  loadLocale: async () => {
    const modules = await Promise.all([import('./en.js'), ...moreEnglish.map((load) => load())]);
    return { templates: Object.assign({}, ...modules.map((module) => module.templates)) };
  },
});

/** Adds English texts to the ones the widget's components bring; call it before the first switch to English. */
export function addEnglishTexts(load: () => Promise<LocaleModule>): void {
  moreEnglish.push(load);
}

/** The attribute's locale, else the portal's, else the page's language, else Dutch. */
export function pickLocale(attribute: string | null | undefined, portalLocale: string | null | undefined, pageLanguage: string | null | undefined): Locale {
  for (const candidate of [attribute, portalLocale, pageLanguage?.slice(0, 2)]) {
    if (candidate === 'nl' || candidate === 'en') return candidate;
  }
  return sourceLocale;
}
