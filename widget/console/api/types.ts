// The shapes the console reads from and sends to the server, in one file: written after the server's schemas
// (server/requests/schemas.ts, server/admin/*.ts, design §8.1), to be replaced by the generated
// widget/api/schema.d.ts once it exists.

export type RequestStatus = 'submitted' | 'in_review' | 'accepted' | 'rejected' | 'cancelled';
export type PartOfDay = 'morning' | 'afternoon' | 'any';
export type Locale = 'nl' | 'en';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

// ── Staff sign-in (/api/v1/console/auth/…) ──────────────────────────────────────────────────────────────────────

export interface Staff {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'staff';
  status: 'invited' | 'active' | 'disabled';
  /** The language of their mail and of the console; null: Dutch. */
  locale: Locale | null;
  totpEnabled: boolean;
  lastLoginAt: string | null;
}

export interface Tenant {
  id: string;
  name: string;
  requireTotp: boolean;
}

/** A signed-in staff member and their business: what login, mfa, invite/accept and me answer. */
export interface StaffSession {
  staff: Staff;
  tenant: Tenant;
  /** The business requires two-step sign-in and it is not set up: until it is, only its set-up is reachable. */
  totpSetupRequired: boolean;
}

/** The password was right and two-step sign-in is on: a code must follow, with this challenge. */
export interface MfaRequired {
  mfaRequired: true;
  challenge: string;
}

/** The email is staff of several businesses: sign in again naming one. */
export interface TenantChoice {
  tenantChoiceRequired: true;
  tenants: { id: string; name: string }[];
}

export type LoginAnswer = StaffSession | MfaRequired | TenantChoice;

export interface TotpSetup {
  secret: string;
  otpauthUri: string;
}

// ── The back office (/api/v1/admin/…) ───────────────────────────────────────────────────────────────────────────

export interface Address {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  country: string;
}

export interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  createdAt: string;
}

export interface Message {
  id: string;
  requestId: string | null;
  workOrderId: string | null;
  author: 'contact' | 'business';
  authorName: string;
  body: string;
  createdAt: string;
}

export interface TimelineStep {
  status: RequestStatus;
  note: string | null;
  at: string;
}

/** One request of the inbox (GET /admin/requests). */
export interface AdminRequest {
  id: string;
  reference: string;
  status: RequestStatus;
  workType: string;
  description: string;
  locationId: string | null;
  objectId: string | null;
  preferredDate: string | null;
  preferredPartOfDay: PartOfDay | null;
  phone: string | null;
  checklist: string[];
  termsAcceptedAt: string | null;
  workOrderId: string | null;
  createdAt: string;
  updatedAt: string;
  portal: string;
  source: 'portal' | 'guest';
  customer: { id: string; externalId: string; name: string } | null;
  contact: { id: string; name: string; email: string } | null;
  guest: { name: string; email: string; phone: string | null; address: Address | null } | null;
  location: { id: string; externalId: string; street: string; houseNumber: string; postalCode: string; city: string } | null;
  locale: Locale;
  workOrderExternalId: string | null;
  /** The installation the customer chose, named; absent where the server answers only `objectId`. */
  object?: { externalId: string; name: string; brand: string | null; model: string | null } | null;
}

/** One request with everything about it (GET /admin/requests/{id}, and the answer of PATCH). */
export interface AdminRequestDetail extends AdminRequest {
  attachments: Attachment[];
  timeline: TimelineStep[];
  messages: Message[];
  workOrder: { id: string; externalId: string; number: string; status: string } | null;
}

/** A staff member's note on a request, never shown to the customer (GET|POST /admin/requests/{id}/notes). */
export interface InternalNote {
  id: string;
  body: string;
  authorName: string;
  createdAt: string;
}

export interface LocalizedLabel {
  nl: string;
  en: string;
}

/** The parts of a portal's settings the console reads (GET /admin/portals). */
export interface AdminPortal {
  slug: string;
  settings: {
    name: string;
    requestForm: {
      workTypes: { id: string; label: LocalizedLabel }[];
      checklist: { id: string; label: LocalizedLabel }[];
    };
  };
}

/** PUT /admin/work-orders/{externalId}, as the console creates one from a request. */
export interface WorkOrderBody {
  customerExternalId: string;
  locationExternalId?: string;
  requestId: string;
  number: string;
  workType?: string;
  description: string;
  status: 'open' | 'planned';
  plannedStart?: string;
  plannedEnd?: string;
}

/** PUT /admin/customers/{externalId}. */
export interface CustomerBody {
  name: string;
  email: string | null;
  phone: string | null;
  address: Address | null;
}

export interface Customer extends CustomerBody {
  externalId: string;
}

/** POST /admin/customers/{externalId}/contacts. */
export interface NewContact {
  email: string;
  name: string;
  phone: string | null;
  locale: Locale;
  sendInvite: boolean;
}
