// Runtime localization (@lit/localize): Dutch is the source language, English is loaded on demand.
import { configureLocalization } from '@lit/localize';

export type Locale = 'nl' | 'en';
export const sourceLocale: Locale = 'nl';

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales: ['en'],
  loadLocale: () => import('./en.js'),
});

/** The attribute's locale, else the portal's, else the page's language, else Dutch. */
export function pickLocale(attribute: string | null | undefined, portalLocale: string | null | undefined, pageLanguage: string | null | undefined): Locale {
  for (const candidate of [attribute, portalLocale, pageLanguage?.slice(0, 2)]) {
    if (candidate === 'nl' || candidate === 'en') return candidate;
  }
  return sourceLocale;
}
