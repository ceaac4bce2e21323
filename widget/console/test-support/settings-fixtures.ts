// Portals with their whole settings, as GET /admin/portals answers them, for the settings view's tests.
import type { EmbedCheck, Portal, PortalSettings } from '../api/settings.js';

export function settings(overrides: Partial<PortalSettings> = {}): PortalSettings {
  return {
    name: 'Van der Berg Installatietechniek',
    enabled: true,
    locale: 'nl',
    homeUrl: 'https://www.vanderberg.example/klanten',
    allowedOrigins: ['https://www.vanderberg.example'],
    branding: { primaryColor: '#0b5cad', logoUrl: null },
    features: { requests: true, workOrders: true, quotes: true, invoices: true, objects: true, documents: true, orders: false, messages: true, guestRequests: false, contacts: true },
    workOrders: { showPrices: false, visibleStatuses: ['open', 'planned', 'in_progress', 'completed', 'cancelled'] },
    requestForm: {
      workTypes: [
        { id: 'repair', label: { nl: 'Storing of reparatie', en: 'Fault or repair' } },
        { id: 'maintenance', label: { nl: 'Onderhoud', en: 'Maintenance' } },
      ],
      requireTerms: false,
      requirePhoto: false,
      termsUrl: null,
      checklist: [],
    },
    quotes: { requireSignature: false },
    notifications: { newRequestEmail: null, customerEmails: { statusChanged: true, newMessage: true, newInvoice: true, newQuote: true } },
    auth: { password: true, magicLink: true, sso: { enabled: false } },
    ...overrides,
  };
}

export function portal(slug = 'vanderberg', overrides: Partial<PortalSettings> = {}): Portal {
  return { slug, settings: settings(overrides), createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-20T08:00:00.000Z' };
}

export function embedCheck(overrides: Partial<EmbedCheck> = {}): EmbedCheck {
  return {
    slug: 'vanderberg',
    homeUrl: 'https://www.vanderberg.example/klanten',
    homeOrigin: 'https://www.vanderberg.example',
    originAllowed: false,
    allowedOrigins: [],
    reach: { outcome: 'refused', finalUrl: 'https://www.vanderberg.example/klanten', httpStatus: null, redirects: 0, widgetFound: null, detail: 'refused' },
    checkedAt: '2026-12-02T01:00:00.000Z',
    ...overrides,
  };
}
