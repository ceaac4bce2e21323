// The rules the views apply to the portal API's records (their types are in api/types.ts).
import type { Invoice, PortalObject } from '../api/types.js';

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
