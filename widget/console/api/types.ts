// What the console takes from and sends to the server, named from the types generated from the OpenAPI document
// (widget/api/schema.d.ts, `npm run api-types`): no server shape is written here by hand.
import type { components } from '../../api/schema.js';
import type { Body } from '../../api/types.js';

export type { Page } from '../../api/types.js';
export type { Locale } from '../../i18n/localization.js';

type Schemas = components['schemas'];

// ── Staff sign-in (/api/v1/console/auth/…) ──────────────────────────────────────────────────────────────────────

export type Staff = Schemas['Staff'];
export type Tenant = Schemas['StaffTenant'];
/** A signed-in staff member and their business: what login, mfa, invite/accept, me and PATCH me answer. */
export type StaffSession = Schemas['StaffSignedIn'];
/** The password was right and two-step sign-in is on: a code must follow, with this challenge. */
export type MfaRequired = Schemas['StaffMfaRequired'];
/** The email is staff of several businesses: sign in again naming one. */
export type TenantChoice = Schemas['StaffTenantChoice'];
export type LoginAnswer = StaffSession | MfaRequired | TenantChoice;
export type TotpSetup = Schemas['StaffTotpSetup'];

// ── The back office (/api/v1/admin/…) ───────────────────────────────────────────────────────────────────────────

export type RequestStatus = Schemas['RequestStatus'];
export type Attachment = Schemas['RequestAttachment'];
/** One request of the inbox (GET /admin/requests). */
export type AdminRequest = Schemas['AdminRequest'];
/** One request with everything about it (GET /admin/requests/{id}, and the answer of PATCH). */
export type AdminRequestDetail = Schemas['AdminRequestDetail'];
/** A note of the business on a request, which no customer ever sees (GET|POST /admin/requests/{id}/notes). */
export type InternalNote = Schemas['RequestNote'];
/** What the console reads of a portal (GET /admin/portals): its name and its request form. */
export type AdminPortal = Pick<Schemas['Portal'], 'slug'> & { settings: Pick<Schemas['PortalSettings'], 'name' | 'requestForm'> };
/** What the live stream sends (GET /admin/events). */
export type BusinessEvent = Schemas['BusinessEvent'];

/** PUT /admin/work-orders/{externalId}, as the console creates one from a request. */
export type WorkOrderBody = Body<'putAdminWorkOrdersExternalId'>;
export type WorkOrder = Schemas['WorkOrderRecord'];
/** PUT /admin/customers/{externalId}. */
/** POST /admin/customers/{externalId}/contacts. */
/** POST /admin/requests/{id}/customer: the guest of a guest request made a customer, with an invited contact. */
export type GuestCustomerBody = Body<'postAdminRequestsIdCustomer'>;
export type GuestCustomer = Schemas['GuestCustomer'];
