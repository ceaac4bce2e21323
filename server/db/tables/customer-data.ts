// Tables of what the back office pushes about its customers: installed objects, work orders with their status
// timeline, quotes, invoices, documents and orders, and the files (PDFs, photos) that belong to them.
import type { Generated, Selectable } from 'kysely';
import type { RecordSource, Timestamp } from './foundation.js';

/** A date without a time, `YYYY-MM-DD`, as the back office sent it. */
export type DateText = string;

/**
 * File contents, apart from the records they belong to so that list queries never read blobs. Reusable by any
 * feature that stores uploads.
 */
export interface FilesTable {
  id: string;
  tenant_id: string;
  /** The customer the file belongs to, so that removing a customer removes its files; null for guest uploads. */
  customer_id: string | null;
  filename: string;
  /** Detected from the bytes when stored, never taken from the uploader. */
  content_type: string;
  size: number;
  /** sha256 of the contents, hex: an identical upload changes nothing. */
  sha256: string;
  data: Buffer;
  created_at: Timestamp;
}

interface CustomerRecord {
  id: string;
  tenant_id: string;
  customer_id: string;
  /** The back office's own id; unique per tenant. */
  external_id: string;
  /** `api` unless the console wrote it; see RecordSource. */
  source: Generated<RecordSource>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Installed equipment: a boiler, a heat pump, and its parts as child objects. */
export interface ObjectsTable extends CustomerRecord {
  location_id: string | null;
  parent_id: string | null;
  name: string;
  type: string | null;
  brand: string | null;
  model: string | null;
  serial_number: string | null;
  installed_at: DateText | null;
  warranty_until: DateText | null;
  last_service_at: DateText | null;
  next_service_at: DateText | null;
}

export type WorkOrderStatus = 'open' | 'planned' | 'in_progress' | 'completed' | 'cancelled';

export interface WorkOrdersTable extends CustomerRecord {
  location_id: string | null;
  object_id: string | null;
  /** The portal request this work order answers, by the portal's own id. */
  request_id: string | null;
  number: string;
  work_type: string | null;
  /** Only what the customer may read: the back office keeps internal notes to itself. */
  description: string;
  status: WorkOrderStatus;
  /** The business's own name for the stage, shown instead of the standard status name. */
  status_label: string | null;
  planned_start: Timestamp | null;
  planned_end: Timestamp | null;
  completed_at: Timestamp | null;
  total_cents: number | null;
  /** The first name of the technician who comes, as the customer sees it; nothing more of them is kept. */
  technician_name: string | null;
}

/** The status timeline of a work order: one row each time its status or status label changed. */
export interface WorkOrderEventsTable {
  id: string;
  tenant_id: string;
  work_order_id: string;
  status: WorkOrderStatus;
  status_label: string | null;
  at: Timestamp;
}

export type QuoteStatus = 'open' | 'accepted' | 'declined' | 'expired' | 'withdrawn';

export interface QuoteLine {
  description: string;
  quantity: number;
  unitPriceCents: number;
  /** Percent, such as 21 or 9. */
  vatRate: number;
}

export interface QuotesTable extends CustomerRecord {
  number: string;
  title: string;
  /** JSON text of QuoteLine[]. */
  lines: string;
  total_cents: number;
  currency: string;
  valid_until: DateText | null;
  status: QuoteStatus;
  pdf_file_id: string | null;
  /** The customer's answer in the portal, with who gave it, when and from where. */
  decision: 'accepted' | 'declined' | null;
  decided_at: Timestamp | null;
  decided_by_contact_id: string | null;
  decided_ip: string | null;
  /** The name the customer typed to accept. */
  signed_name: string | null;
  /** The signature the customer drew to accept, a PNG in `files`, when the portal asked for one. */
  signature_file_id: string | null;
  decline_reason: string | null;
}

export type InvoiceStatus = 'open' | 'paid' | 'overdue' | 'credited' | 'cancelled';

export interface InvoicesTable extends CustomerRecord {
  work_order_id: string | null;
  number: string;
  issue_date: DateText;
  due_date: DateText;
  total_cents: number;
  total_excl_vat_cents: number | null;
  currency: string;
  status: InvoiceStatus;
  payment_url: string | null;
  pdf_file_id: string | null;
  /** JSON text of QuoteLine[]; `[]` when the back office sent none. */
  lines: Generated<string>;
}

export interface DocumentsTable extends CustomerRecord {
  object_id: string | null;
  work_order_id: string | null;
  title: string;
  category: string | null;
  file_id: string | null;
}

export type OrderStatus = 'open' | 'confirmed' | 'shipped' | 'delivered' | 'cancelled';

export interface OrderLine {
  description: string;
  quantity: number;
  unitPriceCents: number;
}

export interface OrdersTable extends CustomerRecord {
  number: string;
  ordered_at: DateText;
  status: OrderStatus;
  /** JSON text of OrderLine[]. */
  lines: string;
  total_cents: number;
  currency: string;
}

export interface CustomerDataTables {
  files: FilesTable;
  objects: ObjectsTable;
  work_orders: WorkOrdersTable;
  work_order_events: WorkOrderEventsTable;
  quotes: QuotesTable;
  invoices: InvoicesTable;
  documents: DocumentsTable;
  orders: OrdersTable;
}

export type StoredFile = Selectable<FilesTable>;
export type ObjectRow = Selectable<ObjectsTable>;
export type WorkOrderRow = Selectable<WorkOrdersTable>;
export type WorkOrderEventRow = Selectable<WorkOrderEventsTable>;
export type QuoteRow = Selectable<QuotesTable>;
export type InvoiceRow = Selectable<InvoicesTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type OrderRow = Selectable<OrdersTable>;
