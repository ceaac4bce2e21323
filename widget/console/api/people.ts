// The back-office routes of the staff and developer views: staff, the business's settings, API keys, webhooks with
// their deliveries, and the audit trail. Types are named from the generated API types.
import type { components } from '../../api/schema.js';
import type { Body } from '../../api/types.js';
import type { ConsoleClient } from './console-client.js';
import type { Page } from './types.js';

type Schemas = components['schemas'];

export type StaffMember = Schemas['Staff'];
export type InvitedStaff = Schemas['InvitedStaff'];
export type StaffInvite = Schemas['StaffInvite'];
export type NewStaffBody = Body<'postAdminStaff'>;
export type StaffChanges = Body<'patchAdminStaffId'>;
export type BusinessSettings = Schemas['Tenant'];
export type BusinessSettingsBody = Body<'putAdminTenant'>;
export type ApiKey = Schemas['ApiKey'];
export type NewApiKey = Schemas['NewApiKey'];
export type Webhook = Schemas['Webhook'];
export type CreatedWebhook = Schemas['CreatedWebhook'];
export type WebhookEventType = Schemas['WebhookEventType'];
export type WebhookBody = Body<'postAdminWebhooks'>;
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type AuditEvent = Schemas['AuditEvent'];
export type ActorKind = AuditEvent['actor']['type'];

const segment = encodeURIComponent;

// ── Staff and the business ───────────────────────────────────────────────────────────────────────────────────────

export const staffListPath = '/admin/staff?limit=100';

export function inviteStaff(client: ConsoleClient, body: NewStaffBody): Promise<InvitedStaff> {
  return client.request('POST', '/admin/staff', body);
}

export function changeStaff(client: ConsoleClient, id: string, changes: StaffChanges): Promise<StaffMember> {
  return client.request('PATCH', `/admin/staff/${segment(id)}`, changes);
}

export function resendStaffInvite(client: ConsoleClient, id: string): Promise<StaffInvite> {
  return client.request('POST', `/admin/staff/${segment(id)}/invite`);
}

export function getBusinessSettings(client: ConsoleClient, signal?: AbortSignal): Promise<BusinessSettings> {
  return client.request('GET', '/admin/tenant', undefined, { signal });
}

export function putBusinessSettings(client: ConsoleClient, body: BusinessSettingsBody): Promise<BusinessSettings> {
  return client.request('PUT', '/admin/tenant', body);
}

// ── API keys and webhooks ────────────────────────────────────────────────────────────────────────────────────────

export const apiKeysPath = '/admin/api-keys?limit=100';

export function createApiKey(client: ConsoleClient, name: string): Promise<NewApiKey> {
  return client.request('POST', '/admin/api-keys', { name });
}

export function revokeApiKey(client: ConsoleClient, id: string): Promise<void> {
  return client.request('DELETE', `/admin/api-keys/${segment(id)}`);
}

export const webhooksPath = '/admin/webhooks?limit=100';

/** Every event a webhook can subscribe to, in the order the form shows them. */
export const webhookEvents: readonly WebhookEventType[] = ['request.created', 'request.cancelled', 'message.created', 'quote.accepted', 'quote.declined', 'contact.activated', 'appointment.requested', 'appointment.confirmed', 'appointment.declined', 'appointment.cancelled'];

export function createWebhook(client: ConsoleClient, body: WebhookBody): Promise<CreatedWebhook> {
  return client.request('POST', '/admin/webhooks', body);
}

export function deleteWebhook(client: ConsoleClient, id: string): Promise<void> {
  return client.request('DELETE', `/admin/webhooks/${segment(id)}`);
}

export const deliveriesPath = (webhookId: string) => `/admin/webhooks/${segment(webhookId)}/deliveries?limit=25`;

export function retryDelivery(client: ConsoleClient, webhookId: string, deliveryId: string): Promise<WebhookDelivery> {
  return client.request('POST', `/admin/webhooks/${segment(webhookId)}/deliveries/${segment(deliveryId)}/retry`);
}

// ── The audit trail ──────────────────────────────────────────────────────────────────────────────────────────────

export interface AuditFilter {
  /** '' for everyone, a kind, or kind:id. */
  actor: string;
  action: string;
  /** Local days, YYYY-MM-DD, or ''. */
  from: string;
  to: string;
}

export const noAuditFilter: AuditFilter = { actor: '', action: '', from: '', to: '' };

/** The filter as query parameters; a day is the staff member's own day, from its first to its last moment. */
export function auditQuery(filter: AuditFilter): URLSearchParams {
  const query = new URLSearchParams();
  if (filter.actor) query.set('actor', filter.actor);
  if (filter.action.trim()) query.set('action', filter.action.trim());
  if (filter.from) query.set('from', new Date(`${filter.from}T00:00:00`).toISOString());
  if (filter.to) query.set('to', new Date(`${filter.to}T23:59:59.999`).toISOString());
  return query;
}

export const auditPath = (filter: AuditFilter) => `/admin/audit?${new URLSearchParams([['limit', '25'], ...auditQuery(filter)])}`;

/** The CSV export of the filtered trail: a plain link, which the staff cookie goes with. */
export const auditExportUrl = (client: ConsoleClient, filter: AuditFilter) => client.url(`/admin/audit/export.csv?${auditQuery(filter)}`);

export type { Page };
