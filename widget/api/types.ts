// What the portal API takes and answers, named from the types generated from its OpenAPI document (schema.d.ts,
// `npm run api-types`): the widget writes no server shape by hand, so a change on the server is a type error here.
import type { components, operations } from './schema.js';

type Schemas = components['schemas'];
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON an operation answers with `status`. */
export type Answer<O extends keyof operations, S extends number = 200> = JsonOf<operations[O]['responses'][S & keyof operations[O]['responses']]>;

/** The JSON body an operation takes. */
export type Body<O extends keyof operations> = JsonOf<NonNullable<operations[O]['requestBody']>>;

// ── The portal, the contact and the session ─────────────────────────────────────────────────────────────────────

export type PortalConfig = Schemas['PortalConfig'];
/** The signed-in contact, as GET /me and every sign-in answer it. */
export type PortalUser = Schemas['PortalUser'];
/** What every successful sign-in answers; the refresh token travels separately, as an HttpOnly cookie. */
export type SignInAnswer = Schemas['SignIn'];
/** A colleague at the same customer, as GET /contacts answers it. */
export type Colleague = Schemas['Contact'];

/** Every error answer has this shape, whatever its status; each route documents the codes it answers. */
export type ApiErrorBody = { error: Omit<Answer<'postPortalSlugAuthLogin', 400>['error'], 'code'> & { code: string } };
/** One complaint about one field: `reason` is a stable code (`too_common`, `wrong_password`) the widget words itself. */
export type ApiErrorDetail = NonNullable<ApiErrorBody['error']['details']>[number];

/** One page of a list: every list answers its items with the cursor of the next page, as the invoices do. */
export type Page<T> = Omit<Answer<'getPortalSlugInvoices'>, 'items'> & { items: T[] };

// ── Records (money in integer cents, dates ISO-8601) ────────────────────────────────────────────────────────────

export type ServiceRequest = Schemas['PortalRequest'];
export type ServiceRequestDetail = Schemas['PortalRequestDetail'];
/** When the customer would like the visit; `any`: no preference. */
export type PartOfDay = Schemas['PartOfDay'];
export type Message = Schemas['Message'];

export type WorkOrder = Schemas['PortalWorkOrder'];
export type WorkOrderDetail = Schemas['PortalWorkOrderDetail'];

export type QuoteSummary = Schemas['PortalQuoteSummary'];
export type Quote = Schemas['PortalQuote'];
export type QuoteLine = Schemas['QuoteLine'];

export type Invoice = Schemas['PortalInvoice'];

export type OrderSummary = Schemas['PortalOrderSummary'];
export type Order = Schemas['PortalOrder'];
export type OrderLine = Schemas['OrderLine'];

export type Location = Schemas['PortalLocation'];
export type PortalObject = Schemas['PortalObject'];
/** Work orders and documents are null, not empty, when the portal does not show them at all. */
export type ObjectDetail = Omit<Schemas['PortalObjectDetail'], 'workOrders'> & { workOrders: WorkOrder[] | null };
export type PortalDocument = Schemas['PortalDocument'];

/** Each part is null when the portal does not show that feature, which is not the same as zero. */
export type Overview = Schemas['PortalOverview'];
