// The back-office routes of the portal settings view: the business's portals with their whole settings, a new
// portal, the logo, and the check of how a page embeds the portal. Types are named from the generated API types.
import type { components } from '../../api/schema.js';
import type { Body } from '../../api/types.js';
import type { PortalConfig } from '../../api/types.js';
import type { ConsoleClient } from './console-client.js';
import type { Page } from './types.js';

type Schemas = components['schemas'];

/** A portal with every setting of design §6, as GET /admin/portals answers it. */
export type Portal = Schemas['Portal'];
export type PortalSettings = Schemas['PortalSettings'];
/** The answer of a save: the SSO secret comes with it once, when it is made. */
export type SavedPortal = Schemas['SavedPortal'];
export type NewPortalBody = Body<'postAdminPortals'>;
export type EmbedCheck = Schemas['EmbedCheck'];
export type FeatureName = keyof PortalSettings['features'];
export type WorkOrderStatus = PortalSettings['workOrders']['visibleStatuses'][number];
export type WorkType = PortalSettings['requestForm']['workTypes'][number];
export type ChecklistItem = PortalSettings['requestForm']['checklist'][number];
export type PreviewToken = Schemas['PreviewToken'];

const segment = encodeURIComponent;

export function listPortalSettings(client: ConsoleClient, signal?: AbortSignal): Promise<Page<Portal>> {
  return client.request('GET', '/admin/portals', undefined, { signal });
}

export function savePortal(client: ConsoleClient, slug: string, settings: PortalSettings, rotateSsoSecret = false): Promise<SavedPortal> {
  return client.request('PUT', `/admin/portals/${segment(slug)}${rotateSsoSecret ? '?rotateSsoSecret=1' : ''}`, settings);
}

export function createPortal(client: ConsoleClient, body: NewPortalBody): Promise<Portal> {
  return client.request('POST', '/admin/portals', body);
}

export function uploadLogo(client: ConsoleClient, slug: string, image: Blob): Promise<Portal> {
  return client.send('PUT', `/admin/portals/${segment(slug)}/logo`, image);
}

export function removeLogo(client: ConsoleClient, slug: string): Promise<Portal> {
  return client.request('DELETE', `/admin/portals/${segment(slug)}/logo`);
}

export function checkEmbed(client: ConsoleClient, slug: string, signal?: AbortSignal): Promise<EmbedCheck> {
  return client.request('GET', `/admin/portals/${segment(slug)}/embed-check`, undefined, { signal });
}

/** What the widget reads of settings (GET /portal/{slug}/config), made from settings not saved yet for the preview. */
export function previewConfig(slug: string, settings: PortalSettings): PortalConfig {
  return {
    portal: { slug, name: settings.name, locale: settings.locale, homeUrl: settings.homeUrl },
    branding: { ...settings.branding },
    features: { ...settings.features },
    requestForm: {
      workTypes: settings.requestForm.workTypes.map((type) => ({ id: type.id, label: { ...type.label } })),
      requireTerms: settings.requestForm.requireTerms,
      requirePhoto: settings.requestForm.requirePhoto,
      termsUrl: settings.requestForm.termsUrl,
      checklist: settings.requestForm.checklist.map((item) => ({ id: item.id, label: { ...item.label } })),
    },
    quotes: { requireSignature: settings.quotes.requireSignature },
    auth: { password: settings.auth.password, magicLink: settings.auth.magicLink, sso: settings.auth.sso.enabled },
  };
}

/**
 * A read-only token to preview the portal `slug` as the active portal user with this email: found through the
 * customer search, which matches contacts' emails. Null when no active user has it. With `settings`, the preview
 * reads the portal as if they were saved (which parts show, prices, statuses).
 */
export async function previewAs(client: ConsoleClient, slug: string, email: string, settings?: PortalSettings): Promise<PreviewToken | null> {
  const wanted = email.trim().toLowerCase();
  const customers = await client.request<Page<Schemas['CustomerListItem']>>('GET', `/admin/customers?limit=5&q=${segment(wanted)}`);
  for (const customer of customers.items) {
    const contacts = await client.request<Page<Schemas['CustomerContact']>>('GET', `/admin/customers/${segment(customer.externalId)}/contacts?limit=100`);
    const contact = contacts.items.find((candidate) => candidate.email.toLowerCase() === wanted && candidate.status === 'active');
    if (contact) return client.request('POST', `/admin/preview-token?portal=${segment(slug)}`, settings ? { contactId: contact.id, settings } : { contactId: contact.id });
  }
  return null;
}
