// What a business decides per portal (design §6): one strict schema, defaults filled in, stored as JSON.
import { z } from '@hono/zod-openapi';

const httpUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL, such as https://www.example.com/contact' })
  .max(2000)
  .refine((value) => !/^[a-z]+:\/\/[^/?#]*@/i.test(value), { message: 'must not carry a user name or password' });

/** Why `value` is not an origin as a browser sends it (`scheme://host[:port]`), or undefined when it is one. */
export function originProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an origin such as https://www.example.com';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must start with https:// or http://';
  if (url.username || url.password) return 'must not carry a user name or password';
  if (!/^[a-z]+:\/\/[^/?#]+\/?$/i.test(value)) return 'must be scheme, host and port only: no path, ? or #, such as https://www.example.com';
  return undefined;
}

// An origin as the browser sends it in the Origin header: lowercase host, no default port, no slash at the end.
const origin = z
  .string()
  .max(300)
  .superRefine((value, ctx) => {
    const problem = originProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .overwrite((value) => (originProblem(value) ? value : new URL(value).origin));

const origins = z
  .array(origin)
  .max(20)
  .superRefine((values, ctx) => {
    values.forEach((value, index) => {
      if (values.indexOf(value) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `is already in the list (${value})` });
    });
  });

const localizedLabel = z.strictObject({ nl: z.string().min(1).max(100), en: z.string().min(1).max(100) });

export const featureNames = [
  'requests',
  'workOrders',
  'quotes',
  'invoices',
  'objects',
  'documents',
  'orders',
  'messages',
  'guestRequests',
  'contacts',
] as const;
export type FeatureName = (typeof featureNames)[number];

export const workOrderStatuses = ['open', 'planned', 'in_progress', 'completed', 'cancelled'] as const;

export const portalSettingsSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  enabled: z.boolean().default(true),
  locale: z.enum(['nl', 'en']).default('nl'),
  homeUrl: httpUrl.nullable().default(null),
  allowedOrigins: origins.default([]),
  branding: z
    .strictObject({
      primaryColor: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour such as #0b5cad' })
        .default('#0b5cad'),
      logoUrl: httpUrl.nullable().default(null),
    })
    .prefault({}),
  features: z
    .strictObject({
      requests: z.boolean().default(true),
      workOrders: z.boolean().default(true),
      quotes: z.boolean().default(true),
      invoices: z.boolean().default(true),
      objects: z.boolean().default(true),
      documents: z.boolean().default(true),
      orders: z.boolean().default(false),
      messages: z.boolean().default(true),
      guestRequests: z.boolean().default(false),
      contacts: z.boolean().default(true),
    })
    .prefault({}),
  workOrders: z
    .strictObject({
      showPrices: z.boolean().default(false),
      visibleStatuses: z.array(z.enum(workOrderStatuses)).default([...workOrderStatuses]),
    })
    .prefault({}),
  requestForm: z
    .strictObject({
      workTypes: z
        .array(z.strictObject({ id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/), label: localizedLabel }))
        .min(1)
        .max(30)
        .refine((types) => new Set(types.map((type) => type.id)).size === types.length, {
          message: 'work type ids must be unique',
        })
        .default([
          { id: 'repair', label: { nl: 'Storing of reparatie', en: 'Fault or repair' } },
          { id: 'maintenance', label: { nl: 'Onderhoud', en: 'Maintenance' } },
          { id: 'installation', label: { nl: 'Installatie of vervanging', en: 'Installation or replacement' } },
          { id: 'other', label: { nl: 'Anders', en: 'Other' } },
        ]),
      requireTerms: z.boolean().default(false),
      requirePhoto: z
        .boolean()
        .default(false)
        .openapi({
          description:
            'The widget asks for at least one photo before sending. Photos are added after the request is made (POST /requests, then POST /requests/{id}/attachments), so the server does not refuse a request without one.',
        }),
      termsUrl: httpUrl.nullable().default(null),
      checklist: z
        .array(z.strictObject({ id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/), label: localizedLabel }))
        .max(10)
        .default([]),
    })
    .prefault({})
    .refine((form) => !form.requireTerms || form.termsUrl !== null, {
      message: 'termsUrl is required when requireTerms is on',
      path: ['termsUrl'],
    }),
  quotes: z
    .strictObject({
      requireSignature: z
        .boolean()
        .default(false)
        .openapi({ description: 'Accepting a quote also takes a signature drawn with finger or mouse, kept with the acceptance; the server refuses an acceptance without one.' }),
    })
    .prefault({}),
  notifications: z
    .strictObject({
      newRequestEmail: z
        .email()
        .max(254)
        .nullable()
        .default(null)
        .openapi({ description: 'The business’s address for notifications: each new request, and each quote a customer accepts.' }),
      customerEmails: z
        .strictObject({
          statusChanged: z.boolean().default(true),
          newMessage: z.boolean().default(true),
          newInvoice: z.boolean().default(true),
          newQuote: z.boolean().default(true),
        })
        .prefault({}),
    })
    .prefault({}),
  auth: z
    .strictObject({
      password: z.boolean().default(true),
      magicLink: z.boolean().default(true),
      sso: z.strictObject({ enabled: z.boolean().default(false) }).prefault({}),
    })
    .prefault({}),
});

export type PortalSettings = z.output<typeof portalSettingsSchema>;
export type PortalSettingsInput = z.input<typeof portalSettingsSchema>;

// The document generator describes a zod schema as it is sent, every default optional; answers carry every field.
// Their description is zod's own for the output of the same schema, so the two cannot part.
const { $schema: _dialect, ...storedSettingsJsonSchema } = z.toJSONSchema(portalSettingsSchema, { io: 'output' });

/** The settings as stored and answered: every default filled in. */
export const storedPortalSettingsSchema = z
  .custom<PortalSettings>((value) => typeof value === 'object' && value !== null)
  // zod's type of a JSON Schema allows boolean subschemas, which the generator's type does not: the same JSON here.
  .openapi('PortalSettings', storedSettingsJsonSchema as never);

export function defaultPortalSettings(name: string, overrides: Partial<PortalSettingsInput> = {}): PortalSettings {
  return portalSettingsSchema.parse({ name, ...overrides });
}

/**
 * Settings are only ever written through the schema, so reading them back needs no validation; a group added after
 * they were saved is read as its defaults.
 */
export function readPortalSettings(json: string): PortalSettings {
  const stored = JSON.parse(json) as Omit<PortalSettings, 'quotes'> & Partial<Pick<PortalSettings, 'quotes'>>;
  return { ...stored, quotes: { requireSignature: false, ...stored.quotes } };
}
