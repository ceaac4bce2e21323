// What the portal API answers (design §4.1), as the views read it. Money is integer cents; dates are ISO-8601.

export type RequestStatus = 'submitted' | 'in_review' | 'accepted' | 'rejected' | 'cancelled';
export type WorkOrderStatus = 'open' | 'planned' | 'in_progress' | 'completed' | 'cancelled';
export type QuoteStatus = 'open' | 'accepted' | 'declined' | 'expired' | 'withdrawn';
export type InvoiceStatus = 'open' | 'paid' | 'overdue' | 'credited' | 'cancelled';
export type PartOfDay = 'morning' | 'afternoon' | 'evening';

interface Timestamps {
  createdAt: string;
  updatedAt: string;
}

export interface Location extends Timestamps {
  id: string;
  name: string | null;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  country?: string | null;
}

export interface PortalObject extends Timestamps {
  id: string;
  locationId: string | null;
  parentId?: string | null;
  name: string;
  type: string | null;
  brand: string | null;
  model: string | null;
  serialNumber: string | null;
  installedAt: string | null;
  warrantyUntil: string | null;
  lastServiceAt: string | null;
  nextServiceAt: string | null;
}

/** Work orders and documents are null, not empty, when the portal does not show them at all. */
export interface ObjectDetail extends PortalObject {
  children: PortalObject[];
  workOrders: WorkOrder[] | null;
  documents: PortalDocument[] | null;
}

/** One step of a status timeline: when the record reached a status, with the business's own name or note for it. */
export interface TimelineEvent {
  status: string;
  statusLabel?: string | null;
  note?: string | null;
  at: string;
}

export interface WorkOrder extends Timestamps {
  id: string;
  locationId: string | null;
  objectId: string | null;
  requestId: string | null;
  number: string;
  workType: string | null;
  description: string;
  status: WorkOrderStatus;
  statusLabel: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  completedAt: string | null;
  /** Only when the portal shows prices. */
  totalCents?: number | null;
}

export interface WorkOrderDetail extends WorkOrder {
  timeline: TimelineEvent[];
  documents: PortalDocument[] | null;
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

export interface ServiceRequest extends Timestamps {
  id: string;
  reference: string;
  workType: string;
  description: string;
  locationId: string | null;
  objectId: string | null;
  preferredDate: string | null;
  preferredPartOfDay: PartOfDay | null;
  phone: string | null;
  /** Ids of the portal's checklist items the customer ticked. */
  checklist: string[];
  termsAcceptedAt: string | null;
  status: RequestStatus;
  workOrderId: string | null;
}

export interface ServiceRequestDetail extends ServiceRequest {
  attachments: Attachment[];
  timeline: TimelineEvent[];
  /** The latest messages, oldest first. */
  messages: Message[];
  workOrder: { id: string; number: string; status: string } | null;
}

export interface QuoteLine {
  description: string;
  quantity: number;
  unitPriceCents: number;
  vatRate: number;
}

/** A quote in a list: everything but its lines. */
export interface QuoteSummary extends Timestamps {
  id: string;
  number: string;
  title: string;
  totalCents: number;
  currency: string;
  validUntil: string | null;
  status: QuoteStatus;
  hasPdf: boolean;
  /** The customer's answer given in the portal. */
  decision: { outcome: 'accepted' | 'declined'; at: string; signedName: string | null; reason: string | null } | null;
}

export interface Quote extends QuoteSummary {
  lines: QuoteLine[];
}

export interface Invoice extends Timestamps {
  id: string;
  workOrderId: string | null;
  number: string;
  issueDate: string;
  dueDate: string;
  totalCents: number;
  totalExclVatCents: number | null;
  currency: string;
  status: InvoiceStatus;
  /** Only while the invoice is to be paid. */
  paymentUrl: string | null;
  hasPdf: boolean;
}

export interface PortalDocument extends Timestamps {
  id: string;
  objectId: string | null;
  workOrderId: string | null;
  title: string;
  category: string | null;
  filename: string;
  contentType: string;
  size: number;
}

export interface OrderLine {
  description: string;
  quantity: number;
  unitPriceCents: number;
}

/** An order in a list: everything but its lines. */
export interface OrderSummary extends Timestamps {
  id: string;
  number: string;
  orderedAt: string;
  status: 'open' | 'confirmed' | 'shipped' | 'delivered' | 'cancelled';
  totalCents: number;
  currency: string;
}

export interface Order extends OrderSummary {
  lines: OrderLine[];
}

/** Each part is null when the portal does not show that feature, which is not the same as zero. */
export interface Overview {
  openRequests: number | null;
  openWorkOrders: number | null;
  nextVisit: WorkOrder | null;
  /** Totals per currency: amounts in different currencies are never added up. */
  openInvoices: { count: number; overdueCount: number; totals: { currency: string; totalCents: number }[] } | null;
  openQuotes: number | null;
}

/** Past its due date and not paid: the server may not have marked it overdue yet. */
export function isOverdue(invoice: Invoice, today = localDate(new Date())): boolean {
  return invoice.status === 'overdue' || (invoice.status === 'open' && invoice.dueDate < today);
}

/** `YYYY-MM-DD` of the customer's own calendar day. */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** "Remeha Calenta Ace 28c": brand and model, whichever are known. */
export function makeAndModel(object: PortalObject): string {
  return [object.brand, object.model].filter(Boolean).join(' ');
}
