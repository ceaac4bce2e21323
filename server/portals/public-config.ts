// The part of a portal's settings that anyone may read: written out field by field, never the settings object itself.
import type { PortalSettings } from './settings.js';

export interface PublicPortalConfig {
  portal: { slug: string; name: string; locale: 'nl' | 'en'; homeUrl: string | null };
  branding: { primaryColor: string; logoUrl: string | null };
  features: PortalSettings['features'];
  requestForm: {
    workTypes: { id: string; label: { nl: string; en: string } }[];
    requireTerms: boolean;
    termsUrl: string | null;
    checklist: { id: string; label: { nl: string; en: string } }[];
  };
  auth: { password: boolean; magicLink: boolean; sso: boolean };
}

export function publicPortalConfig(slug: string, settings: PortalSettings): PublicPortalConfig {
  return {
    portal: { slug, name: settings.name, locale: settings.locale, homeUrl: settings.homeUrl },
    branding: { primaryColor: settings.branding.primaryColor, logoUrl: settings.branding.logoUrl },
    features: { ...settings.features },
    requestForm: {
      workTypes: settings.requestForm.workTypes.map((type) => ({ id: type.id, label: { ...type.label } })),
      requireTerms: settings.requestForm.requireTerms,
      termsUrl: settings.requestForm.termsUrl,
      checklist: settings.requestForm.checklist.map((item) => ({ id: item.id, label: { ...item.label } })),
    },
    auth: { password: settings.auth.password, magicLink: settings.auth.magicLink, sso: settings.auth.sso.enabled },
  };
}
