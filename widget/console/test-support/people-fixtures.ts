// Sample answers of the staff and developer routes: a business with an admin (the signed-in one), a colleague with
// two-step sign-in, an invited person; an API key; a webhook with deliveries; a few audit events.
import type { ApiKey, AuditEvent, BusinessSettings, StaffMember, Webhook, WebhookDelivery } from '../api/people.js';

export const staffMember = (overrides: Partial<StaffMember> = {}): StaffMember => ({
  id: 'stf_1',
  email: 'planning@vanderberg.example',
  name: 'Sanne Planning',
  role: 'admin',
  status: 'active',
  locale: 'nl',
  totpEnabled: false,
  lastLoginAt: '2026-11-30T08:00:00.000Z',
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-30T08:00:00.000Z',
  ...overrides,
});

export const staffList = (): StaffMember[] => [
  staffMember({ id: 'stf_3', email: 'nieuw@vanderberg.example', name: 'Nina Nieuw', role: 'staff', status: 'invited', lastLoginAt: null, createdAt: '2026-11-29T08:00:00.000Z' }),
  staffMember({ id: 'stf_2', email: 'monteur@vanderberg.example', name: 'Mo Monteur', role: 'staff', totpEnabled: true, lastLoginAt: '2026-11-29T15:30:00.000Z', createdAt: '2026-11-10T08:00:00.000Z' }),
  staffMember(),
];

export const business = (overrides: Partial<BusinessSettings> = {}): BusinessSettings => ({
  id: 'ten_1',
  name: 'Van der Berg Installatietechniek',
  requireTotp: false,
  createdAt: '2026-11-01T08:00:00.000Z',
  ...overrides,
});

export const apiKey = (overrides: Partial<ApiKey> = {}): ApiKey => ({
  id: 'key_1',
  name: 'Planningssoftware',
  prefix: 'kp_live_AbCd',
  createdAt: '2026-11-20T09:00:00.000Z',
  lastUsedAt: '2026-11-30T07:59:00.000Z',
  ...overrides,
});

export const webhook = (overrides: Partial<Webhook> = {}): Webhook => ({
  id: 'whk_1',
  url: 'https://backoffice.vanderberg.example/klantportaal',
  events: ['request.created', 'message.created'],
  createdAt: '2026-11-20T09:00:00.000Z',
  ...overrides,
});

export const delivery = (overrides: Partial<WebhookDelivery> = {}): WebhookDelivery => ({
  id: 'whd_1',
  eventId: 'evt_1',
  event: 'request.created',
  status: 'delivered',
  attempts: 1,
  lastError: null,
  lastStatusCode: 200,
  nextAttemptAt: null,
  deliveredAt: '2026-11-30T08:00:01.000Z',
  createdAt: '2026-11-30T08:00:00.000Z',
  ...overrides,
});

export const deliveries = (): WebhookDelivery[] => [
  delivery({ id: 'whd_3', eventId: 'evt_3', event: 'message.created', status: 'failed', attempts: 9, lastError: 'HTTP 500', lastStatusCode: 500, deliveredAt: null, createdAt: '2026-11-30T09:00:00.000Z' }),
  delivery({ id: 'whd_2', eventId: 'evt_2', status: 'pending', attempts: 2, lastError: 'no answer within 5000 ms', lastStatusCode: null, nextAttemptAt: '2026-11-30T10:00:00.000Z', deliveredAt: null, createdAt: '2026-11-30T08:30:00.000Z' }),
  delivery(),
];

export const auditEvent = (overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  id: 'aud_1',
  action: 'staff.invited',
  actor: { type: 'staff', id: 'stf_1', name: 'Sanne Planning' },
  subject: { type: 'staff', id: 'stf_3' },
  portalId: null,
  ip: '198.51.100.7',
  details: { role: 'staff' },
  createdAt: '2026-11-29T08:00:00.000Z',
  ...overrides,
});

export const auditEvents = (): AuditEvent[] => [
  auditEvent({ id: 'aud_2', action: 'tenant.updated', actor: { type: 'api_key', id: 'key_1', name: 'Planningssoftware' }, subject: { type: 'tenant', id: 'ten_1' }, createdAt: '2026-11-30T08:00:00.000Z' }),
  auditEvent(),
];
