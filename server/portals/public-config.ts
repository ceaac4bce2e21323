// The part of a portal's settings that anyone may read: written out field by field, never the settings object itself.
import { z } from '@hono/zod-openapi';
import { featureNames, type FeatureName, type PortalSettings } from './settings.js';

const labelSchema = z.object({ nl: z.string(), en: z.string() });
const choiceSchema = z.object({ id: z.string(), label: labelSchema });

export const publicPortalConfigSchema = z
  .object({
    portal: z.object({ slug: z.string(), name: z.string(), locale: z.enum(['nl', 'en']), homeUrl: z.string().nullable() }),
    branding: z.object({ primaryColor: z.string(), logoUrl: z.string().nullable() }),
    features: z
      .object(Object.fromEntries(featureNames.map((name) => [name, z.boolean()])) as Record<FeatureName, z.ZodBoolean>)
      .openapi({ description: 'Which parts of the portal the business switched on.' }),
    requestForm: z.object({
      workTypes: z.array(choiceSchema),
      requireTerms: z.boolean(),
      requirePhoto: z.boolean().openapi({ description: 'The widget asks for at least one photo before sending; the server does not refuse a request without one, as photos follow it.' }),
      termsUrl: z.string().nullable(),
      checklist: z.array(choiceSchema),
    }),
    quotes: z.object({
      requireSignature: z.boolean().openapi({ description: 'Accepting a quote also takes a signature drawn with finger or mouse.' }),
    }),
    auth: z.object({ password: z.boolean(), magicLink: z.boolean(), sso: z.boolean() }).openapi({ description: 'The ways of signing in this portal offers.' }),
  })
  .openapi('PortalConfig');

export type PublicPortalConfig = z.output<typeof publicPortalConfigSchema>;

export function publicPortalConfig(slug: string, settings: PortalSettings): PublicPortalConfig {
  return {
    portal: { slug, name: settings.name, locale: settings.locale, homeUrl: settings.homeUrl },
    branding: { primaryColor: settings.branding.primaryColor, logoUrl: settings.branding.logoUrl },
    features: { ...settings.features },
    requestForm: {
      workTypes: settings.requestForm.workTypes.map((type) => ({ id: type.id, label: { ...type.label } })),
      requireTerms: settings.requestForm.requireTerms,
      // Settings stored before this field existed lack it.
      requirePhoto: settings.requestForm.requirePhoto === true,
      termsUrl: settings.requestForm.termsUrl,
      checklist: settings.requestForm.checklist.map((item) => ({ id: item.id, label: { ...item.label } })),
    },
    quotes: { requireSignature: settings.quotes.requireSignature },
    auth: { password: settings.auth.password, magicLink: settings.auth.magicLink, sso: settings.auth.sso.enabled },
  };
}
